// The evidence rules as the contract states them (docs/evaluation-contract.md, "Evidence,
// questions to agencies and external results"): the assessor team adds and removes evidence
// for any agency, an agency operator only for their own; a question is answered by the agency
// asked (or an assessor); web addresses are absolute http(s); evidence answering a question
// belongs to that question's campaign, indicator and agency; every record kind has its page.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "modules/evaluation/evidence_rules.h"
#include "modules/evaluation/record_kinds.h"

using namespace simpul::modules::evaluation;

namespace {
const EvidenceActor kAssessor{.assessor = true, .own_agency_id = std::nullopt};
const EvidenceActor kOperatorOf7{.assessor = false, .own_agency_id = 7};
const EvidenceActor kOperatorOf7OnTheTeam{.assessor = true, .own_agency_id = 7};
const EvidenceActor kNobody{.assessor = false, .own_agency_id = std::nullopt};
}  // namespace

TEST(EvaluationEvidence, AnAssessorAddsForAnyAgencyOrNone) {
  EXPECT_FALSE(add_evidence_refusal(kAssessor, 7));
  EXPECT_FALSE(add_evidence_refusal(kAssessor, 8));
  EXPECT_FALSE(add_evidence_refusal(kAssessor, std::nullopt));
  EXPECT_FALSE(add_evidence_refusal(kOperatorOf7OnTheTeam, 8));
}

TEST(EvaluationEvidence, AnOperatorAddsOnlyForTheirOwnAgency) {
  EXPECT_FALSE(add_evidence_refusal(kOperatorOf7, 7));
  auto other = add_evidence_refusal(kOperatorOf7, 8);
  ASSERT_TRUE(other);
  EXPECT_NE(other->en.find("own agency"), std::string::npos) << other->en;
  EXPECT_TRUE(add_evidence_refusal(kOperatorOf7, std::nullopt));  // the region's evidence is the team's
}

TEST(EvaluationEvidence, SomeoneNeitherOnTheTeamNorAnOperatorAddsNothing) {
  EXPECT_TRUE(add_evidence_refusal(kNobody, 7));
  EXPECT_TRUE(add_evidence_refusal(kNobody, std::nullopt));
  EXPECT_TRUE(remove_evidence_refusal(kNobody, 7));
}

TEST(EvaluationEvidence, AnOperatorRemovesOnlyTheirOwnAgencysEvidence) {
  EXPECT_FALSE(remove_evidence_refusal(kOperatorOf7, 7));
  EXPECT_TRUE(remove_evidence_refusal(kOperatorOf7, 8));
  EXPECT_TRUE(remove_evidence_refusal(kOperatorOf7, std::nullopt));
  EXPECT_FALSE(remove_evidence_refusal(kAssessor, 8));
  EXPECT_FALSE(remove_evidence_refusal(kAssessor, std::nullopt));
}

TEST(EvaluationEvidence, AQuestionIsAnsweredByTheAgencyAskedOrAnAssessor) {
  EXPECT_FALSE(answer_question_refusal(kOperatorOf7, 7));
  EXPECT_TRUE(answer_question_refusal(kOperatorOf7, 8));
  EXPECT_FALSE(answer_question_refusal(kAssessor, 8));
  EXPECT_TRUE(answer_question_refusal(kNobody, 8));
}

TEST(EvaluationEvidence, WebAddressesAreAbsoluteHttpOrHttps) {
  for (const char* good : {"https://jdih.madiunkota.go.id/perwali-39-2021", "http://intranet.pemkot/spbe?x=1#a",
                           "https://10.0.0.5:8443/laporan", "https://user@host.go.id/"})
    EXPECT_FALSE(url_refusal(good)) << good;
  for (const char* bad : {"", "jdih.madiunkota.go.id", "ftp://files.go.id/a", "javascript:alert(1)", "https://",
                          "https:///path", "https://host name.go.id", "https://host.go.id/a\tb", "HTTPS//x"})
    EXPECT_TRUE(url_refusal(bad)) << bad;
  EXPECT_TRUE(url_refusal("https://a.go.id/" + std::string(2000, 'x')));
}

TEST(EvaluationEvidence, EvidenceAnsweringAQuestionBelongsToItsCampaignIndicatorAndAgency) {
  Question q;
  q.campaign_id = 3;
  q.indicator_no = 21;
  q.agency_id = 7;
  q.agency_short_name = "Dinkes";
  EXPECT_FALSE(question_link_refusal(q, 3, 21, 7));
  EXPECT_TRUE(question_link_refusal(q, 4, 21, 7));
  EXPECT_TRUE(question_link_refusal(q, 3, 22, 7));
  auto other_agency = question_link_refusal(q, 3, 21, 8);
  ASSERT_TRUE(other_agency);
  EXPECT_NE(other_agency->id.find("Dinkes"), std::string::npos);
  EXPECT_TRUE(question_link_refusal(q, 3, 21, std::nullopt));
}

TEST(EvaluationEvidence, EveryRecordKindIsUniqueLabelledAndHasAPage) {
  std::set<std::string> seen;
  for (const auto& k : record_kinds()) {
    EXPECT_TRUE(seen.insert(std::string(k.kind)).second) << k.kind;
    EXPECT_FALSE(k.label_id.empty()) << k.kind;
    EXPECT_FALSE(k.label_en.empty()) << k.kind;
    EXPECT_EQ(record_href(k.kind, "12").front(), '/') << k.kind;
    EXPECT_EQ(find_record_kind(k.kind), &k);
  }
  for (const char* wanted : {"application", "dataset", "service", "host", "network", "data_center", "master_plan",
                             "architecture", "roadmap", "budget_plan", "business_process", "risk_register",
                             "risk_report", "security_policy", "security_incident", "ict_audit", "asset", "change",
                             "knowledge_article", "competency_plan", "ticket", "complaint"})
    EXPECT_TRUE(find_record_kind(wanted)) << wanted;
  EXPECT_EQ(find_record_kind("spreadsheet"), nullptr);
  EXPECT_EQ(record_href("application", "12"), "/elemen/aplikasi/12");
  EXPECT_EQ(record_href("risk_register", "7"), "/risiko?pd=7");
  EXPECT_EQ(record_href("spreadsheet", "1"), "");
}
