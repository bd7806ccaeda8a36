// The management source's pure decisions: which obligations it answers (exactly the words of
// docs/compliance-contract.md), roles, records field by field, and dated duties at their edges.
#include <gtest/gtest.h>

#include <set>

#include "modules/compliance/sources/management_rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::compliance;

namespace {

profiles::Obligation obligation(const std::string& kind, const std::string& binds,
                                std::map<std::string, std::string> values, std::vector<std::string> fields = {}) {
  profiles::Obligation o;
  o.id = "test";
  o.binds = binds;
  o.rule.kind = kind;
  o.rule.values = std::move(values);
  if (!fields.empty()) o.rule.lists["fields"] = std::move(fields);
  return o;
}

Subject agency(int64_t id) {
  Subject s;
  s.kind = "agency";
  s.id = std::to_string(id);
  s.name = "PD";
  s.agency_id = id;
  return s;
}

}  // namespace

TEST(ComplianceManagement, AnswersExactlyTheListedObligationsOfTheFiveProfiles) {
  std::set<std::string> answered;
  for (const auto& p : profiles::builtin_profiles())
    for (const auto& o : p.obligations)
      if (management_answers(o)) answered.insert(p.name + ":" + o.id);
  // Per profile, the obligations docs/compliance-contract.md lists.
  const std::set<std::string> expected{
      "batam:information-security-policy-by-dinas", "batam:agencies-carry-out-spbe-management",
      "batam:risk-management-process", "batam:information-security-management-process",
      "batam:ict-asset-management-process", "batam:knowledge-management-process", "batam:change-management-process",
      "batam:service-desk-tier1-per-agency", "batam:service-desk-tier2-unit", "batam:tier1-escalates-to-tier2",
      "batam:tier2-resolves-escalations", "batam:spbe-development-needs-gcio-approval",
      "kendari:own-infrastructure-coordinated-with-diskominfo", "oki:ip-numbering-by-diskominfo"};
  std::set<std::string> want = expected;
  for (const char* id : {"incident-reported-to-diskominfo", "incident-notified-to-data-owner", "new-devices-compatible",
                         "asset-inventory-report-to-bkad", "agencies-carry-out-spbe-management", "risk-management-process",
                         "information-security-management-process", "ict-asset-management-process",
                         "spbe-competence-in-every-agency", "knowledge-management-process", "change-management-process",
                         "tier1-per-agency", "tier2-team-at-diskominfo", "tier1-resolves-at-agency",
                         "tier1-escalates-to-tier2", "tier2-resolves-escalations", "service-desk-supervision"})
    want.insert(std::string("kendari:") + id);
  for (const char* id : {"information-security-policy-by-dinas", "information-security-policy-contents",
                         "agencies-carry-out-spbe-management", "risk-management-process",
                         "information-security-management-process", "ict-asset-management-process",
                         "ict-competence-in-every-agency", "knowledge-management-process", "change-management-process",
                         "service-desk-tier1-per-agency", "service-desk-tier2-unit", "tier1-resolves-agency-issues",
                         "tier1-escalates-to-tier2", "tier2-resolves-escalations", "service-desk-supervised-by-dinas"})
    want.insert(std::string("madiun:") + id);
  for (const char* id : {"agency-information-security-policy", "government-csirt", "agencies-carry-out-spbe-management",
                         "risk-management-process", "information-security-management-process",
                         "ict-asset-management-process", "knowledge-management-process", "change-management-process",
                         "administrator-per-agency", "superadmin-unit", "administrator-escalates-to-superadmin"})
    want.insert(std::string("oki:") + id);
  for (const char* id : {"service-desk-per-agency", "service-desk-resolves-user-requests", "risk-management-process",
                         "information-security-management-process", "ict-asset-management-process",
                         "pranata-komputer-for-own-services", "ict-operating-staff-per-agency",
                         "knowledge-management-process", "change-management-process"})
    want.insert(std::string("probolinggo:") + id);
  EXPECT_EQ(answered, want);
}

TEST(ComplianceManagement, AWordItDoesNotKnowIsLeftToStatements) {
  EXPECT_FALSE(management_answers(obligation("required_role", "every_agency", {{"role", "internal_evaluator"}})));
  EXPECT_FALSE(management_answers(obligation("required_record", "every_agency", {{"record", "risk_register"}}, {"vibes"})));
  EXPECT_FALSE(management_answers(obligation("required_role", "region", {{"role", "tier1"}})));  // wrong binds
  EXPECT_TRUE(management_answers(obligation("required_record", "ict_office", {{"record", "information_security_policy"}})));
}

TEST(ComplianceManagement, AnAgencyWithoutTier1StaffDoesNotMeetTheDuty) {
  ManagementFacts f;
  f.agencies[7].name = "Dinas Kesehatan";
  auto o = obligation("required_role", "every_agency", {{"role", "tier1"}});
  o.rule.min = 1;
  EXPECT_EQ(management_check(o, agency(7), f).status, Status::not_met);
  f.agencies[7].tier1 = 1;
  EXPECT_EQ(management_check(o, agency(7), f).status, Status::met);
  EXPECT_EQ(role_check(1, 2, {"x", "x"}).status, Status::not_met);
  EXPECT_EQ(role_check(2, 2, {"x", "x"}).status, Status::met);
}

TEST(ComplianceManagement, ARiskRegisterNeedsEveryStepOfTheProcess) {
  ManagementFacts f;
  auto o = obligation("required_record", "every_agency", {{"record", "risk_register"}},
                      {"identification", "analysis", "control", "monitoring", "evaluation"});
  EXPECT_EQ(management_check(o, agency(3), f).status, Status::not_met);  // no such agency: nothing recorded
  f.agencies[3].risks = RiskRegisterFacts{.year = 2026, .risks = 2, .to_treat = 1, .treated = 0};
  auto c = management_check(o, agency(3), f);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_EQ(c.evidence.size(), 3u);  // control, monitoring, evaluation missing
  f.agencies[3].risks->treated = 1;
  f.agencies[3].risks->reports_submitted = 1;
  f.agencies[3].risks->annual_submitted = true;
  EXPECT_EQ(management_check(o, agency(3), f).status, Status::met);
}

TEST(ComplianceManagement, DatedDutiesAtTheirEdges) {
  Text what{"laporan", "reports"};
  std::vector<DatedDuty> duties{{{1, "INS-1", "2026-03-01"}, "2026-03-02T10:00:00Z", false, true}};
  // Exactly at the due instant: not yet late.
  EXPECT_EQ(dated_duties_check(duties, "2026-03-02T10:00:00Z", what, "k", "/x/").status, Status::due_soon);
  auto late = dated_duties_check(duties, "2026-03-02T10:00:01Z", what, "k", "/x/");
  EXPECT_EQ(late.status, Status::overdue);
  EXPECT_EQ(late.due_on, "2026-03-02");
  EXPECT_EQ(late.evidence.at(0).href, "/x/1");
  duties[0].done = true;
  EXPECT_EQ(dated_duties_check(duties, "2026-04-01T00:00:00Z", what, "k", "/x/").status, Status::met);
  EXPECT_EQ(dated_duties_check({}, "2026-04-01T00:00:00Z", what, "k", "/x/").status, Status::met);
}

TEST(ComplianceManagement, FieldsCheckNamesWhatIsMissing) {
  auto c = fields_check({{true, {"a", "a"}}, {false, {"b", "b"}}}, {"R", "R"}, "risk_register", "/risiko");
  EXPECT_EQ(c.status, Status::not_met);
  ASSERT_EQ(c.evidence.size(), 1u);
  EXPECT_EQ(c.evidence[0].label.en, "Missing: b");
  EXPECT_EQ(fields_check({{true, {"a", "a"}}}, {"R", "R"}, "risk_register", "/risiko").status, Status::met);
}

TEST(ComplianceManagement, SeriousIncidentNotReportedInTimeIsOverdue) {
  ManagementFacts f;
  f.now = "2026-05-10T00:00:00Z";
  f.agencies[4].incident_reports.push_back({{9, "INS-9", "2026-05-01"}, "2026-05-02T00:00:00Z", false, true});
  auto o = obligation("required_link", "every_agency", {{"from", "serious_system_incident"}, {"to", "incident_report_to_ict_office"}});
  auto c = management_check(o, agency(4), f);
  EXPECT_EQ(c.status, Status::overdue);
  EXPECT_EQ(c.evidence.at(0).href, "/keamanan/insiden/9");
  auto notice = obligation("required_link", "every_agency", {{"from", "serious_system_incident"}, {"to", "written_notice_to_data_owner"}});
  EXPECT_EQ(management_check(notice, agency(4), f).status, Status::met);
}

TEST(ComplianceManagement, AChangeThatWentAheadWithoutTheGatesApprovalIsNotMet) {
  ManagementFacts f;
  auto o = obligation("approval_gate", "every_agency", {{"action", "develop_spbe"}, {"approver", "gcio"}});
  o.id = "gate";
  EXPECT_TRUE(management_answers(o));
  EXPECT_EQ(management_check(o, agency(5), f).status, Status::met);  // nothing went ahead
  f.agencies[5].gated_changes.push_back({{11, "RFC-1", "2026-01-02"}, "gate", "ict_office", "approved", {}});
  auto c = management_check(o, agency(5), f);
  EXPECT_EQ(c.status, Status::not_met);  // approved, but not by the GCIO
  EXPECT_EQ(c.evidence.at(0).href, "/perubahan/11");
  f.agencies[5].gated_changes[0].approver = "gcio";
  EXPECT_EQ(management_check(o, agency(5), f).status, Status::met);
  f.agencies[5].gated_changes[0].gate_obligation_id = "another";
  EXPECT_TRUE(management_check(o, agency(5), f).evidence.empty());
  EXPECT_FALSE(management_answers(obligation("approval_gate", "every_agency", {{"action", "plan_spbe_procurement"}, {"approver", "ict_office"}})));
}
