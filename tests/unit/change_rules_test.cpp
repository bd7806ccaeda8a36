// Change management as pure rules: the stages of Madiun Pasal 38 ayat (2) with approval before
// development and implementation, the approval gate per regulation (Batam Pasal 46 ayat (3): the
// GCIO approves every SPBE development; Madiun Pasal 23 ayat (3): application development with
// the ICT office; otherwise the ICT office under the change-management article; Kendari Pasal 19
// ayat (9) only for an agency that runs its own services), the planned window and the calendar's
// conflicts.
#include <gtest/gtest.h>

#include "refused_fields.h"

#include "modules/changes/rules.h"
#include "modules/changes/window.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::changes;

namespace {

const profiles::Profile* profile(const char* name) {
  const auto* p = profiles::find_builtin(name);
  if (!p) throw std::runtime_error(std::string("no built-in profile ") + name);
  return p;
}

GateFacts facts(const std::string& kind, std::vector<std::string> categories = {}, bool self_sufficient = false) {
  GateFacts f;
  f.target_kind = kind;
  f.application_categories = std::move(categories);
  f.agency_self_sufficient = self_sufficient;
  return f;
}

Change change_in(const std::string& stage, const std::string& decision = "") {
  Change c;
  c.id = 3;
  c.number = "RFC-2026-0003";
  c.stage = stage;
  c.decision = decision;
  c.change_type = "normal";
  c.rollback_plan = "Pulihkan dari cadangan.";
  c.planned_start = "2026-12-05T15:00:00.000Z";
  c.planned_end = "2026-12-05T19:00:00.000Z";
  return c;
}

}  // namespace

// Stages ------------------------------------------------------------------------------------

TEST(ChangeRules, StepsFollowTheStagesOfPasal38) {
  Change c = change_in("planning");
  const std::vector<std::pair<std::string, std::string>> path{
      {"submit_analysis", "analysis"}, {"request_approval", "awaiting_approval"}, {"approve", "approved"},
      {"start_development", "development"}, {"implement", "implementation"}, {"monitor", "monitoring"},
      {"evaluate", "evaluated"}};
  for (const auto& [action, stage] : path) {
    ASSERT_FALSE(step_refusal(action, c)) << action << " from " << c.stage;
    StepInput s;
    s.action = action;
    take_step(s, c);
    EXPECT_EQ(c.stage, stage);
  }
  EXPECT_TRUE(stage_actions(c).empty());
  EXPECT_EQ(c.decision, "approved");
}

TEST(ChangeRules, OutOfOrderStepsAreRefusedNamingTheStage) {
  auto why = step_refusal("monitor", change_in("analysis"));
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("analisis"), std::string::npos) << why->id;
  EXPECT_NE(why->en.find("request approval"), std::string::npos) << why->en;
  EXPECT_TRUE(step_refusal("approve", change_in("analysis")));
  EXPECT_TRUE(step_refusal("roll_back", change_in("development", "approved")));
  EXPECT_FALSE(step_refusal("roll_back", change_in("monitoring", "approved")));
  EXPECT_TRUE(step_refusal("cancel", change_in("implementation", "approved")));
  EXPECT_NE(step_refusal("cancel", change_in("evaluated", "approved"))->en.find("final stage"), std::string::npos);
  // Only an emergency change asks for approval straight from planning.
  auto emergency = change_in("planning");
  EXPECT_TRUE(step_refusal("request_approval", emergency));
  emergency.change_type = "emergency";
  EXPECT_FALSE(step_refusal("request_approval", emergency));
}

TEST(ChangeRules, DevelopingOrImplementingWithoutApprovalCitesTheGate) {
  const auto* madiun = profile("madiun");
  auto rule = approval_rule(madiun, facts("application"));
  for (const char* stage : {"planning", "analysis", "awaiting_approval", "refused"}) {
    auto problem = unapproved_refusal("implement", change_in(stage), madiun, rule);
    ASSERT_TRUE(problem) << stage;
    EXPECT_EQ(problem->status, 409);
    EXPECT_NE(problem->detail.id.find("Pasal 23 ayat (3) Perwali Madiun 39/2021"), std::string::npos) << problem->detail.id;
    EXPECT_EQ(problem->extensions["citation"]["article"], "Pasal 23 ayat (3)");
  }
  EXPECT_TRUE(unapproved_refusal("start_development", change_in("analysis"), madiun, rule));
  EXPECT_FALSE(unapproved_refusal("implement", change_in("approved", "approved"), madiun, rule));
  EXPECT_FALSE(unapproved_refusal("monitor", change_in("analysis"), madiun, rule));
}

TEST(ChangeRules, ApprovalNeedsARollbackPlan) {
  auto c = change_in("awaiting_approval");
  StepInput approve;
  approve.action = "approve";
  EXPECT_TRUE(step_field_errors(approve, c).empty());
  c.rollback_plan.clear();
  auto errors = step_field_errors(approve, c);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "rollback_plan");
}

TEST(ChangeRules, StepBodiesAreCheckedPerAction) {
  const std::string now = "2026-12-10T00:00:00.000Z";
  EXPECT_EQ(fields_of([&] { parse_step({{"action", "refuse"}}, 420, now); }), std::vector<std::string>{"note"});
  EXPECT_EQ(fields_of([&] { parse_step({{"action", "implement"}, {"implemented_at", "2026-12-11T08:00"}}, 420, now); }),
            std::vector<std::string>{"implemented_at"});  // in the future
  EXPECT_EQ(fields_of([&] { parse_step({{"action", "monitor"}, {"result", "success"}}, 420, now); }),
            std::vector<std::string>{"result"});
  EXPECT_EQ(fields_of([&] { parse_step({{"action", "evaluate"}, {"result", "great"}}, 420, now); }),
            std::vector<std::string>{"result"});
  auto s = parse_step({{"action", "implement"}, {"implemented_at", "2026-12-09T22:30"}}, 420, now);
  EXPECT_EQ(s.implemented_at, "2026-12-09T15:30:00.000Z");
}

TEST(ChangeRules, AnApprovedChangeKeepsItsSubstanceAndReopensApprovalOnANewWindow) {
  auto c = change_in("approved", "approved");
  ChangeInput title;
  title.title = "Judul lain";
  EXPECT_TRUE(edit_refusal(title, c));
  ChangeInput implementer;
  implementer.implementer = "Bidang TIK";
  EXPECT_FALSE(edit_refusal(implementer, c));
  EXPECT_FALSE(apply(implementer, c));
  EXPECT_EQ(c.stage, "approved");
  ChangeInput window;
  window.planned_end = "2026-12-05T20:00:00.000Z";
  EXPECT_TRUE(apply(window, c));
  EXPECT_EQ(c.stage, "awaiting_approval");
  EXPECT_EQ(c.decision, "");
  EXPECT_TRUE(edit_refusal(implementer, change_in("implementation", "approved")));
  EXPECT_FALSE(edit_refusal(title, change_in("analysis")));
}

// Approval gate per profile ------------------------------------------------------------------

TEST(ChangeRules, BatamNeedsTheGcioForEveryChange) {
  for (const char* kind : {"application", "host", "network", "service_connector", "service_integration", "data_center",
                           "other"}) {
    auto rule = approval_rule(profile("batam"), facts(kind, {"agency_special"}));
    EXPECT_EQ(rule.approver, "gcio") << kind;
    EXPECT_EQ(rule.basis, "approval_gate") << kind;
    EXPECT_EQ(rule.gate_action, "develop_spbe") << kind;
    ASSERT_TRUE(rule.obligation);
    EXPECT_EQ(rule.obligation->article, "Pasal 46 ayat (3)");
    EXPECT_EQ(citation_of(profile("batam"), rule), "Pasal 46 ayat (3) Perwali Batam 40/2021");
  }
}

TEST(ChangeRules, MadiunApplicationChangesNeedTheIctOfficeUnderPasal23) {
  auto rule = approval_rule(profile("madiun"), facts("application", {"common"}));
  EXPECT_EQ(rule.approver, "ict_office");
  EXPECT_EQ(rule.basis, "approval_gate");
  EXPECT_EQ(rule.gate_action, "develop_application");
  EXPECT_EQ(rule.obligation->article, "Pasal 23 ayat (3)");
  // A service connector only when a PD Mandiri TIK builds it itself (Pasal 22 ayat (5)).
  EXPECT_EQ(approval_rule(profile("madiun"), facts("service_connector", {}, true)).obligation->article, "Pasal 22 ayat (5)");
  EXPECT_EQ(approval_rule(profile("madiun"), facts("service_connector", {}, false)).basis, "change_management");
}

TEST(ChangeRules, AMadiunNetworkChangeFallsBackToTheChangeProcess) {
  auto rule = approval_rule(profile("madiun"), facts("network"));
  EXPECT_EQ(rule.approver, "ict_office");
  EXPECT_EQ(rule.basis, "change_management");
  EXPECT_EQ(rule.gate_action, "");
  ASSERT_TRUE(rule.obligation);
  EXPECT_EQ(rule.obligation->article, "Pasal 38 ayat (2)");
  auto citation = citation_json(profile("madiun"), rule);
  EXPECT_EQ(citation["regulation"], "Perwali Madiun 39/2021");
  EXPECT_NE(citation["text"].get<std::string>().find("perencanaan, analisis"), std::string::npos);
}

TEST(ChangeRules, KendariOwnInfrastructureGateOnlyForAnAgencyRunningItsOwnServices) {
  auto own = approval_rule(profile("kendari"), facts("network", {}, true));
  EXPECT_EQ(own.gate_action, "manage_own_spbe_infrastructure");
  EXPECT_EQ(own.obligation->article, "Pasal 19 ayat (9)");
  auto not_own = approval_rule(profile("kendari"), facts("network", {}, false));
  EXPECT_EQ(not_own.basis, "change_management");
  EXPECT_EQ(not_own.obligation->article, "Pasal 32 ayat (2)");
  // Applications: the agency-special gate (Pasal 18 ayat (6)) before the general one (ayat (7)).
  EXPECT_EQ(approval_rule(profile("kendari"), facts("application", {"agency_special"})).obligation->article,
            "Pasal 18 ayat (6)");
  EXPECT_EQ(approval_rule(profile("kendari"), facts("application", {"common"})).obligation->article, "Pasal 18 ayat (7)");
}

TEST(ChangeRules, OkiAndProbolinggoGates) {
  EXPECT_EQ(approval_rule(profile("oki"), facts("host")).gate_action, "assign_ip_address");
  EXPECT_EQ(approval_rule(profile("oki"), facts("service_connector")).gate_action, "connect_service_connector");
  EXPECT_EQ(approval_rule(profile("oki"), facts("application", {"common"})).basis, "change_management");
  EXPECT_EQ(approval_rule(profile("probolinggo"), facts("application")).gate_action, "develop_application");
  EXPECT_EQ(approval_rule(profile("probolinggo"), facts("service_integration")).gate_action, "integrate_services");
  EXPECT_EQ(approval_rule(profile("probolinggo"), facts("other")).obligation->article, "Pasal 35");
  EXPECT_EQ(approval_rule(nullptr, facts("other")).approver, "ict_office");
}

// Window and calendar ------------------------------------------------------------------------

TEST(ChangeRules, WindowTimesAreReadInTheRegionsZone) {
  EXPECT_EQ(parse_date_time("2026-12-05T22:00", 420), "2026-12-05T15:00:00.000Z");
  EXPECT_EQ(parse_date_time("2026-12-05T22:00", 540), "2026-12-05T13:00:00.000Z");
  EXPECT_EQ(parse_date_time("2026-12-05T22:00:30+08:00", 420), "2026-12-05T14:00:30.000Z");
  EXPECT_EQ(parse_date_time("2026-12-05T15:00:00.000Z", 420), "2026-12-05T15:00:00.000Z");
  for (const char* bad : {"2026-02-30T10:00", "2026-12-05", "2026-12-05T24:00", "besok", "2026-12-05T10:00+7"})
    EXPECT_FALSE(parse_date_time(bad, 420)) << bad;
  EXPECT_EQ(local_date_time("2026-12-31T18:30:00.000Z", 420), "2027-01-01T01:30");
  auto year = calendar_period(2027, 0, 420);
  EXPECT_EQ(year.start, "2026-12-31T17:00:00.000Z");
  EXPECT_EQ(year.end, "2027-12-31T17:00:00.000Z");
  EXPECT_EQ(calendar_period(2027, 12, 420).end, "2027-12-31T17:00:00.000Z");
  EXPECT_EQ(calendar_period(2027, 2, 420).start, "2027-01-31T17:00:00.000Z");
}

TEST(ChangeRules, TheWindowEndsAfterItStartsAndLastsAtMost90Days) {
  auto c = change_in("planning");
  EXPECT_TRUE(fields_of([&] { check_change(c); }).empty());
  c.planned_end = c.planned_start;
  EXPECT_EQ(fields_of([&] { check_change(c); }), std::vector<std::string>{"planned_end"});
  c.planned_end = "2027-03-06T15:00:00.000Z";
  EXPECT_EQ(fields_of([&] { check_change(c); }), std::vector<std::string>{"planned_end"});
  // Once implemented, the calendar shows the actual window: the planned length ending then.
  auto w = calendar_window("2026-12-05T15:00:00.000Z", "2026-12-05T19:00:00.000Z", "2026-12-07T03:00:00.000Z");
  EXPECT_EQ(w.start, "2026-12-06T23:00:00.000Z");
  EXPECT_EQ(w.end, "2026-12-07T03:00:00.000Z");
}

TEST(ChangeRules, ConflictsAreApprovedChangesOnTheSameTargetWithOverlappingWindows) {
  auto keys = target_keys("network", "Switch Inti", " application:4 ticket:9 host:2 ");
  EXPECT_EQ(keys, (std::vector<std::string>{"application:4", "host:2", "network#switch inti"}));
  std::vector<CalendarEntry> entries{
      {1, true, {"host:2"}, "2026-12-05T15:00:00.000Z", "2026-12-05T19:00:00.000Z"},
      {2, true, {"host:2", "application:4"}, "2026-12-05T18:00:00.000Z", "2026-12-05T20:00:00.000Z"},
      {3, true, {"host:2"}, "2026-12-05T20:00:00.000Z", "2026-12-05T21:00:00.000Z"},  // touches, no overlap
      {4, false, {"host:2"}, "2026-12-05T15:00:00.000Z", "2026-12-05T21:00:00.000Z"},  // not approved
      {5, true, {"application:4"}, "2026-12-05T10:00:00.000Z", "2026-12-06T10:00:00.000Z"},
      {6, true, {"host:3"}, "2026-12-05T15:00:00.000Z", "2026-12-05T19:00:00.000Z"}};
  auto found = conflicts(entries);
  EXPECT_EQ(found[1], (std::vector<int64_t>{2}));
  EXPECT_EQ(found[2], (std::vector<int64_t>{1, 5}));
  EXPECT_EQ(found[5], (std::vector<int64_t>{2}));
  EXPECT_FALSE(found.count(3));
  EXPECT_FALSE(found.count(4));
  EXPECT_FALSE(found.count(6));
}
