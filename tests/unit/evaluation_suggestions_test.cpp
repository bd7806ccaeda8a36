// The suggestion rules as a specification: from what the records show to the level proposed,
// never more than the records clearly show, and the reasons saying what was found and what the
// next level needs, in both languages.
#include <gtest/gtest.h>

#include <algorithm>

#include "frameworks/loader.h"
#include "modules/evaluation/suggestion_rules.h"

using namespace simpul;
using namespace simpul::modules::evaluation;

namespace {

bool mentions(const Proposal& p, const std::string& words) {
  return std::any_of(p.reasons.begin(), p.reasons.end(),
                     [&](const Text& t) { return t.id.find(words) != std::string::npos || t.en.find(words) != std::string::npos; });
}

// Every reason is written in both languages.
void expect_bilingual(const Proposal& p) {
  ASSERT_FALSE(p.reasons.empty());
  for (const auto& r : p.reasons) {
    EXPECT_FALSE(r.id.empty());
    EXPECT_FALSE(r.en.empty());
  }
}

RiskFacts risks(int64_t registers, int64_t reviewed, int64_t improved, int64_t agencies) {
  return {{registers, agencies}, {reviewed, agencies}, {improved, agencies}};
}

}  // namespace

TEST(EvaluationSuggestions, RiskRegistersWithNoAgenciesStayAtLevelOne) {
  auto p = propose_risk_registers(risks(0, 0, 0, 0));
  EXPECT_EQ(p.level, 1);
  expect_bilingual(p);
  EXPECT_TRUE(mentions(p, "tingkat 2"));
}

TEST(EvaluationSuggestions, RiskRegistersInSomeAgenciesAreLevelTwoAndSayWhatIsMissing) {
  auto p = propose_risk_registers(risks(41, 41, 41, 60));
  EXPECT_EQ(p.level, 2);
  expect_bilingual(p);
  EXPECT_EQ(p.reasons.back().id, "Register risiko ada di 41 dari 60 perangkat daerah; tingkat 3 menuntut semua perangkat daerah.");
  EXPECT_EQ(p.reasons.back().en, "Risk registers exist in 41 of 60 agencies; level 3 needs every agency.");
}

TEST(EvaluationSuggestions, RiskRegistersInAllButOneAgencyAreStillLevelTwo) {
  EXPECT_EQ(propose_risk_registers(risks(59, 59, 59, 60)).level, 2);
}

TEST(EvaluationSuggestions, RiskRegistersClimbWithCoverageReviewAndImprovement) {
  EXPECT_EQ(propose_risk_registers(risks(60, 0, 0, 60)).level, 3);
  EXPECT_EQ(propose_risk_registers(risks(60, 59, 60, 60)).level, 3);
  EXPECT_EQ(propose_risk_registers(risks(60, 60, 0, 60)).level, 4);
  auto top = propose_risk_registers(risks(60, 60, 60, 60));
  EXPECT_EQ(top.level, 5);
  EXPECT_EQ(top.reasons.size(), 4u);  // one found per level climbed, nothing missing
}

TEST(EvaluationSuggestions, NoAuditObjectsAndNoAuditIsLevelOne) {
  auto p = propose_audits({}, {"infrastruktur", "infrastructure"});
  EXPECT_EQ(p.level, 1);
  expect_bilingual(p);
  EXPECT_TRUE(mentions(p, "infrastructure audit object"));
}

TEST(EvaluationSuggestions, NoAuditDueAndNoneDoneIsLevelOneSayingNoneIsDue) {
  AuditFacts f;
  f.objects = 4;
  auto p = propose_audits(f, {"aplikasi", "application"});
  EXPECT_EQ(p.level, 1);
  EXPECT_TRUE(mentions(p, "none is due yet"));
}

TEST(EvaluationSuggestions, OverdueAuditsKeepTheLevelAtTwo) {
  AuditFacts f;
  f.objects = 10;
  f.overdue = 3;
  f.done = 5;
  f.reported = 5;
  auto p = propose_audits(f, {"keamanan", "security"});
  EXPECT_EQ(p.level, 2);
  EXPECT_TRUE(mentions(p, "3 of 10 security audit objects are overdue"));
}

TEST(EvaluationSuggestions, AuditsOnScheduleReportedAndFollowedUpClimbToFive) {
  AuditFacts f;
  f.objects = 10;
  f.done = 6;
  f.reported = 5;
  EXPECT_EQ(propose_audits(f, {"infrastruktur", "infrastructure"}).level, 3);
  f.reported = 6;
  auto four = propose_audits(f, {"infrastruktur", "infrastructure"});
  EXPECT_EQ(four.level, 4);  // no findings: no improvement to show
  EXPECT_TRUE(mentions(four, "level 5"));
  f.findings = 4;
  f.findings_closed = 3;
  EXPECT_EQ(propose_audits(f, {"infrastruktur", "infrastructure"}).level, 4);
  f.findings_closed = 4;
  EXPECT_EQ(propose_audits(f, {"infrastruktur", "infrastructure"}).level, 5);
}

TEST(EvaluationSuggestions, ServiceDeskNeedsEveryAgencyTargetsAndTimelyResolution) {
  ServiceDeskFacts f;
  f.agencies = {0, 12};
  EXPECT_EQ(propose_service_desk(f).level, 1);
  f.agencies = {11, 12};
  f.tickets = 100;
  f.sla_targets = 20;
  EXPECT_EQ(propose_service_desk(f).level, 2);
  f.agencies = {12, 12};
  f.sla_targets = 0;
  EXPECT_EQ(propose_service_desk(f).level, 2);
  f.sla_targets = 20;
  f.resolved = 100;
  f.resolved_on_time = 89;
  EXPECT_EQ(propose_service_desk(f).level, 3);
  f.resolved_on_time = 90;
  auto p = propose_service_desk(f);
  EXPECT_EQ(p.level, 4);  // level 5 is the assessors' judgement
  EXPECT_TRUE(mentions(p, "Level 5"));
}

TEST(EvaluationSuggestions, ArchitectureNeedsSixDomainsThenReviewsThenARevision) {
  ArchitectureFacts f;
  EXPECT_EQ(propose_architecture(f).level, 1);
  f.enacted = true;
  f.domains_described = 6;
  f.domains_coordinated = 5;
  EXPECT_EQ(propose_architecture(f).level, 2);
  f.domains_coordinated = 6;
  EXPECT_EQ(propose_architecture(f).level, 3);
  f.reviews = 2;
  EXPECT_EQ(propose_architecture(f).level, 4);
  f.revisions_by_decree = 1;
  EXPECT_EQ(propose_architecture(f).level, 5);
}

TEST(EvaluationSuggestions, RoadmapNeedsAllAreasThenMonitoringThenChanges) {
  RoadmapFacts f{true, 6, 1, 1};
  EXPECT_EQ(propose_roadmap(f).level, 2);  // one area without an activity stops the climb
  f.areas_planned = 7;
  EXPECT_EQ(propose_roadmap(f).level, 5);
  f.changes_after_monitoring = 0;
  EXPECT_EQ(propose_roadmap(f).level, 4);
}

TEST(EvaluationSuggestions, ApplicationRegistryNeedsDocumentsThenAuditsOnSchedule) {
  ApplicationFacts f;
  EXPECT_EQ(propose_application_registry(f).level, 1);
  f.registered = 8;
  f.owner_agencies = 3;
  f.in_production = 5;
  f.production_with_documents = 4;
  EXPECT_EQ(propose_application_registry(f).level, 2);
  f.production_with_documents = 5;
  EXPECT_EQ(propose_application_registry(f).level, 3);
  f.audits.done = 2;
  EXPECT_EQ(propose_application_registry(f).level, 4);
  f.audits.overdue = 1;
  EXPECT_EQ(propose_application_registry(f).level, 3);
}

TEST(EvaluationSuggestions, DataCentersNetworksAndLinks) {
  EXPECT_EQ(propose_data_centers({}).level, 1);
  EXPECT_EQ(propose_data_centers({1, 0, 10, 9, 0}).level, 2);
  EXPECT_EQ(propose_data_centers({1, 0, 10, 10, 0}).level, 3);
  EXPECT_EQ(propose_data_centers({1, 1, 10, 10, 3}).level, 4);

  NetworkFacts n;
  EXPECT_EQ(propose_intra_network(n).level, 1);
  n.wan = 1;
  n.lan = {3, 10};
  n.diagrams = {9, 10};
  EXPECT_EQ(propose_intra_network(n).level, 2);
  n.diagrams = {10, 10};
  n.diagrams_in_year = {9, 10};
  EXPECT_EQ(propose_intra_network(n).level, 3);
  n.diagrams_in_year = {10, 10};
  EXPECT_EQ(propose_intra_network(n).level, 4);

  EXPECT_EQ(propose_service_links({0, {0, 4}}).level, 1);
  EXPECT_EQ(propose_service_links({5, {3, 4}}).level, 2);
  EXPECT_EQ(propose_service_links({5, {4, 4}}).level, 3);
  EXPECT_EQ(propose_service_links({5, {0, 0}}).level, 2);  // no owning agency: not "all"
}

TEST(EvaluationSuggestions, ComplaintChannelClimbsTheServiceScale) {
  ComplaintFacts f;
  EXPECT_EQ(propose_complaint_channel(f).level, 1);
  f = {10, 10, 1, 10, 10, 0, 0};
  EXPECT_EQ(propose_complaint_channel(f).level, 2);  // filed and tracked, none resolved yet
  f.resolved = 8;
  f.resolved_on_time = 8;
  EXPECT_EQ(propose_complaint_channel(f).level, 3);  // one agency only: no collaboration
  f.agencies = 3;
  EXPECT_EQ(propose_complaint_channel(f).level, 4);
  f.answered_on_time = 8;
  EXPECT_EQ(propose_complaint_channel(f).level, 3);  // 80 % answered in time
}

TEST(EvaluationSuggestions, TheShippedFrameworkNamesOnlyKnownRules) {
  const auto& known = frameworks::known_suggestion_rules();
  for (const auto& f : frameworks::builtin_frameworks())
    for (const auto& placed : f.indicators())
      if (!placed.indicator->suggestion.empty())
        EXPECT_NE(std::find(known.begin(), known.end(), placed.indicator->suggestion), known.end()) << placed.indicator->number;
  EXPECT_EQ(known.size(), 12u);
}
