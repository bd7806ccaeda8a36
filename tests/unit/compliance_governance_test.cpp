// The governance source's pure decisions: which obligations it answers (exactly the list of
// docs/compliance-contract.md "Source: governance and organisation"), plans in force, reviews at
// the edges of their due dates, budget lines without a roadmap link, bodies and the GCIO.
#include <gtest/gtest.h>

#include <set>

#include "modules/compliance/sources/governance_rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules;
using namespace simpul::modules::compliance;
using namespace simpul::modules::compliance::governance;

namespace {

simpul::profiles::Obligation obligation(const std::string& kind, const std::string& binds, std::map<std::string, std::string> values,
                                std::vector<std::string> fields = {}, const char* period = nullptr) {
  simpul::profiles::Obligation o;
  o.id = "test";
  o.binds = binds;
  o.rule.kind = kind;
  o.rule.values = std::move(values);
  if (!fields.empty()) o.rule.lists["fields"] = std::move(fields);
  if (period) o.rule.periods["period"] = *simpul::profiles::parse_period(period);
  return o;
}

Facts facts(const std::string& today = "2025-06-15") {
  Facts f;
  f.profile = simpul::profiles::find_builtin("madiun");
  f.today = today;
  f.this_year = std::stoi(today.substr(0, 4));
  return f;
}

master_plans::MasterPlan enacted_plan(const std::string& decree_date) {
  master_plans::MasterPlan p;
  p.id = 7;
  p.title = "Rencana Induk SPBE 2022-2026";
  p.start_year = 2022;
  p.end_year = 2026;
  p.status = "enacted";
  p.decree_number = "188.45/1/2022";
  p.decree_date = decree_date;
  p.vision = "SPBE terpadu";
  return p;
}

Subject agency(int64_t id) { return Subject{.kind = "agency", .id = std::to_string(id), .name = "PD", .agency_id = id}; }

}  // namespace

TEST(ComplianceGovernance, AnswersExactlyTheListedObligationsOfTheFiveProfiles) {
  std::set<std::string> answered;
  for (const auto& p : simpul::profiles::builtin_profiles())
    for (const auto& o : p.obligations)
      if (answers(o)) answered.insert(p.name + ":" + o.id);
  const std::set<std::string> expected{
      "batam:master-plan-contents",
      "batam:master-plan-adopted-by-mayor-decree",
      "batam:master-plan-coordinated-by-dinas",
      "batam:master-plan-review-annual",
      "batam:architecture-adopted-by-mayor-decree",
      "batam:architecture-domains-business-service-by-organisasi",
      "batam:architecture-domain-data-by-planning",
      "batam:architecture-domains-technical-by-dinas",
      "batam:architecture-midterm-and-final-review",
      "batam:architecture-review-by-mayor-decree",
      "batam:roadmap-follows-architecture",
      "batam:roadmap-five-years",
      "batam:roadmap-contents",
      "batam:roadmap-adopted-by-mayor-decree",
      "batam:roadmap-review-annual",
      "batam:roadmap-change-by-mayor-decree",
      "batam:spbe-plan-budget-annual",
      "batam:spbe-budget-follows-architecture-roadmap",
      "batam:agency-business-process-follows-architecture",
      "batam:integrated-business-processes-by-organisasi",
      "batam:coordination-team-by-mayor-decree",
      "batam:coordination-team-composition",
      "batam:kepala-dinas-is-gcio",
      "kendari:architecture-adopted-by-mayor-decree",
      "kendari:architecture-contents",
      "kendari:architecture-midterm-and-final-review",
      "kendari:architecture-review-by-mayor-decree",
      "kendari:roadmap-follows-architecture",
      "kendari:roadmap-five-years",
      "kendari:roadmap-adopted-by-mayor-decree",
      "kendari:roadmap-review-annual",
      "kendari:roadmap-change-by-mayor-decree",
      "kendari:agency-business-process",
      "kendari:integrated-business-processes-by-organisation-division",
      "kendari:master-plan",
      "kendari:master-plan-contents",
      "kendari:master-plan-five-years",
      "kendari:master-plan-review-biennial",
      "kendari:master-plan-by-mayor-regulation",
      "kendari:mayor-forms-coordination-team",
      "kendari:coordination-team-by-mayor-decree",
      "kendari:coordination-team-decree",
      "madiun:architecture-adopted-by-mayor-decree",
      "madiun:architecture-five-years",
      "madiun:architecture-contents",
      "madiun:architecture-domains",
      "madiun:architecture-coordinated-by-committee-chair",
      "madiun:business-process-and-service-domains-by-organisation-bureau",
      "madiun:data-domain-by-planning-office",
      "madiun:application-infrastructure-security-domains-by-dinas",
      "madiun:architecture-review-mid-term-and-final-year",
      "madiun:architecture-review-by-mayor-decree",
      "madiun:roadmap-follows-architecture",
      "madiun:roadmap-contents",
      "madiun:roadmap-five-years",
      "madiun:roadmap-review-annual",
      "madiun:roadmap-adopted-by-mayor-decree",
      "madiun:roadmap-change-by-mayor-decree",
      "madiun:spbe-plan-budget-annual",
      "madiun:spbe-budget-follows-architecture-roadmap",
      "madiun:spbe-plan-budget-coordinated-by-planning-office",
      "madiun:business-process-per-agency",
      "madiun:business-process-follows-architecture",
      "madiun:integrated-business-processes-by-organisation-bureau",
      "madiun:coordination-team-by-mayor-decree",
      "madiun:coordination-team-composition",
      "madiun:self-sufficiency-after-assessment",
      "madiun:self-sufficiency-assessed-by-dinas",
      "madiun:self-sufficiency-criteria",
      "madiun:self-sufficiency-proposed-to-committee-chair",
      "madiun:self-sufficiency-decided-by-committee-chair",
      "oki:architecture-five-years",
      "oki:architecture-change-by-regent-decree",
      "oki:architecture-review-annual",
      "oki:roadmap-follows-architecture",
      "oki:roadmap-five-years",
      "oki:roadmap-adopted-by-regent-decree",
      "oki:roadmap-change-by-regent-decree",
      "oki:roadmap-review-annual",
      "oki:spbe-plan-budget-annual",
      "oki:spbe-budget-follows-architecture-roadmap",
      "oki:spbe-plan-budget-coordinated-by-bappeda",
      "oki:coordination-team-chaired-by-sekda",
      "probolinggo:spbe-vision",
      "probolinggo:spbe-mission",
      "probolinggo:architecture-contents",
      "probolinggo:architecture-domains",
      "probolinggo:architecture-five-years",
      "probolinggo:architecture-review-annual",
      "probolinggo:roadmap-five-years",
      "probolinggo:roadmap-contents",
      "probolinggo:roadmap-follows-architecture",
      "probolinggo:roadmap-review-annual",
      "probolinggo:spbe-plan-budget-annual",
      "probolinggo:spbe-budget-follows-architecture-roadmap",
      "probolinggo:spbe-budget-considers-unit-proposals",
      "probolinggo:spbe-plan-budget-with-planning-office",
      "probolinggo:business-process-follows-architecture",
      "probolinggo:spbe-organisers",
      "probolinggo:organisers-membership-by-mayor",
      "probolinggo:steering-team-composition",
      "probolinggo:coordinating-team-composition"};
  EXPECT_EQ(answered, expected);
}

TEST(ComplianceGovernance, RecordsWithFieldsSimpulDoesNotHoldFallToStatements) {
  EXPECT_TRUE(answers(obligation("required_record", "region", {{"record", "spbe_architecture"}}, {"valid_from", "valid_until"})));
  EXPECT_FALSE(answers(obligation("required_record", "committee", {{"record", "spbe_architecture"}}, {"coordinator"})));
  EXPECT_FALSE(answers(obligation("required_record", "ict_office", {{"record", "roadmap_review"}}, {"reviewing_agency"})));
  EXPECT_FALSE(answers(obligation("periodic_event", "committee", {{"event", "spbe_monitoring_evaluation"}}, {}, "P6M")));
  EXPECT_FALSE(answers(obligation("required_link", "ict_office", {{"from", "roadmap_review"}, {"to", "steering_team_report"}})));
  EXPECT_FALSE(answers(obligation("required_record", "each_service", {{"record", "business_process"}}, {"owner_agency"})));
}

TEST(ComplianceGovernance, MasterPlanReviewCountsFromTheDecreeThenFromTheLastReview) {
  auto o = obligation("periodic_event", "region", {{"event", "master_plan_review"}}, {}, "P1Y");
  Subject region{.kind = "region", .id = "r"};
  // No plan in force: not met.
  EXPECT_EQ(check(facts(), o, region).status, Status::not_met);

  auto f = facts("2025-03-01");
  f.master_plans.push_back(enacted_plan("2024-03-01"));
  auto on_due = check(f, o, region);
  EXPECT_EQ(on_due.status, Status::due_soon);  // exactly on the due date
  EXPECT_EQ(on_due.due_on, "2025-03-01");
  f.today = "2025-03-02";
  EXPECT_EQ(check(f, o, region).status, Status::overdue);  // the day after
  f.today = "2025-01-30";
  EXPECT_EQ(check(f, o, region).status, Status::due_soon);  // the first day of the 30 days' lead
  f.today = "2025-01-29";
  EXPECT_EQ(check(f, o, region).status, Status::met);  // before it

  master_plans::Review r;
  r.review_date = "2025-02-20";
  f.master_plans[0].reviews.push_back(r);
  f.today = "2025-03-02";
  auto reviewed = check(f, o, region);
  EXPECT_EQ(reviewed.status, Status::met);
  EXPECT_EQ(reviewed.due_on, "2026-02-20");
}

TEST(ComplianceGovernance, BudgetPlanNeverHandedInIsNotMetDueToday) {
  auto o = obligation("periodic_submission", "every_agency", {{"evidence", "spbe_plan_and_budget"}}, {}, "P1Y");
  auto f = facts();
  auto never = check(f, o, agency(3));
  EXPECT_EQ(never.status, Status::not_met);
  EXPECT_EQ(never.due_on, "2025-06-15");
  f.last_submission[3] = {11, 2025, "2024-06-15"};
  auto due = check(f, o, agency(3));
  EXPECT_EQ(due.status, Status::due_soon);
  EXPECT_EQ(due.evidence.at(0).href, "/tata-kelola/anggaran/11");
  f.last_submission[3] = {11, 2025, "2024-06-14"};
  EXPECT_EQ(check(f, o, agency(3)).status, Status::overdue);
}

TEST(ComplianceGovernance, BudgetLinesWithoutRoadmapActivityAreListed) {
  auto o = obligation("required_link", "every_agency", {{"from", "spbe_budget_line"}, {"to", "spbe_roadmap_activity"}});
  auto f = facts();
  EXPECT_EQ(check(f, o, agency(3)).status, Status::not_applicable);  // no lines yet
  f.lines_by_agency = {{3, 2}, {4, 1}};
  f.unlinked_lines = {{21, 4, 9, "Server (2025)"}};
  EXPECT_EQ(check(f, o, agency(3)).status, Status::met);
  auto other = check(f, o, agency(4));
  EXPECT_EQ(other.status, Status::not_met);
  ASSERT_EQ(other.evidence.size(), 1u);
  EXPECT_EQ(other.evidence[0].id, "21");
  // The ICT office drawing up the region's SPBE budget answers for every line.
  auto region_wide = obligation("required_link", "ict_office", {{"from", "spbe_budget_line"}, {"to", "spbe_roadmap_activity"}});
  EXPECT_EQ(check(f, region_wide, agency(3)).status, Status::not_met);
}

TEST(ComplianceGovernance, RoadmapNeedsAllSevenAreasAndFiveYears) {
  auto o = obligation("required_record", "region", {{"record", "spbe_roadmap"}},
                      {"valid_from", "valid_until", "governance", "ict_audit"});
  auto f = facts();
  RoadmapFacts r;
  r.roadmap.id = 5;
  r.roadmap.title = "Peta Rencana";
  r.roadmap.status = "enacted";
  r.roadmap.start_year = 2023;
  r.roadmap.end_year = 2027;
  r.roadmap.decree_number = "1";
  r.roadmap.decree_date = "2023-01-10";
  r.areas = {"governance"};
  f.roadmaps.push_back(r);
  auto c = check(f, o, {});
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_NE(c.reason.en.find("ict audit"), std::string::npos);
  f.roadmaps[0].areas.push_back("audit");
  EXPECT_EQ(check(f, o, {}).status, Status::met);
  f.roadmaps[0].roadmap.status = "draft";
  EXPECT_EQ(check(f, o, {}).status, Status::not_met);  // a draft is not in force
}

TEST(ComplianceGovernance, ArchitectureReviewFollowsTheArchitectureSchedule) {
  auto o = obligation("periodic_event", "region", {{"event", "architecture_review"}}, {}, "P2Y6M");
  auto f = facts("2024-01-02");
  architectures::Architecture a;
  a.id = 2;
  a.title = "Arsitektur SPBE";
  a.status = "enacted";
  a.start_year = 2021;
  a.end_year = 2025;
  a.decree_number = "1";
  a.decree_date = "2021-02-01";
  f.architectures.push_back(a);
  auto late = check(f, o, {});  // madiun: mid-term review by the end of 2023
  EXPECT_EQ(late.status, Status::overdue);
  EXPECT_EQ(late.due_on, "2023-12-31");
  architectures::Review r;
  r.id = 9;
  r.kind = "mid_term";
  r.review_date = "2023-11-01";
  f.architectures[0].reviews.push_back(r);
  auto next = check(f, o, {});
  EXPECT_EQ(next.status, Status::met);
  EXPECT_EQ(next.due_on, "2025-12-31");
}

TEST(ComplianceGovernance, CoordinationTeamCompositionAndDecree) {
  auto o = obligation("required_record", "committee", {{"record", "spbe_coordination_team"}},
                      {"chair", "secretary_1", "secretary_2", "members"});
  auto f = facts();
  EXPECT_EQ(check(f, o, {}).status, Status::not_met);  // no committee
  committees::Committee c;
  c.id = 1;
  c.kind = "committee";
  c.name = "Tim Koordinasi SPBE";
  for (const char* role : {"chair", "secretary", "member"}) {
    committees::Member m;
    m.role = role;
    c.members.push_back(m);
  }
  f.committees.push_back(c);
  auto one_secretary = check(f, o, {});
  EXPECT_EQ(one_secretary.status, Status::not_met);
  EXPECT_NE(one_secretary.reason.en.find("secretary 2"), std::string::npos);
  committees::Member second;
  second.role = "secretary";
  f.committees[0].members.push_back(second);
  EXPECT_EQ(check(f, o, {}).status, Status::met);

  auto gate = obligation("approval_gate", "region_head", {{"action", "form_spbe_coordination_team"}, {"approver", "region_head"}});
  EXPECT_EQ(check(f, gate, {}).status, Status::not_met);
  f.committees[0].decree_number = "188/2025";
  f.committees[0].decree_date = "2025-01-02";
  EXPECT_EQ(check(f, gate, {}).status, Status::met);
}

TEST(ComplianceGovernance, GcioDesignatedAndHeld) {
  auto o = obligation("required_role", "ict_office", {{"role", "gcio"}});
  auto f = facts();
  EXPECT_EQ(check(f, o, agency(1)).status, Status::not_met);
  f.gcio = Gcio{4, "Kepala Dinas Kominfo", 1, ""};
  EXPECT_EQ(check(f, o, agency(1)).status, Status::not_met);  // vacant
  f.gcio->holder_name = "Budi";
  EXPECT_EQ(check(f, o, agency(1)).status, Status::met);
}

TEST(ComplianceGovernance, SelfSufficiencyRestsOnAGrantedAssessment) {
  auto link = obligation("required_link", "every_agency", {{"from", "ict_self_sufficiency_designation"}, {"to", "feasibility_assessment"}});
  auto f = facts();
  EXPECT_EQ(check(f, link, agency(3)).status, Status::not_met);
  Assessment a;
  a.id = 8;
  a.agency_id = 3;
  a.status = "granted";
  a.all_met = true;
  f.assessments.push_back(a);
  EXPECT_EQ(check(f, link, agency(3)).status, Status::met);
  auto proposal = obligation("required_link", "ict_office", {{"from", "feasibility_assessment"}, {"to", "self_sufficiency_proposal"}});
  EXPECT_EQ(check(f, proposal, agency(1)).status, Status::met);
  f.assessments[0].status = "assessed";
  EXPECT_EQ(check(f, proposal, agency(1)).status, Status::not_met);
}
