// The budget plan's rules: whole-rupiah amounts, the workflow, roadmap links,
// the consolidation of a year with its exact sums and rounded shares, and who may act.
#include <gtest/gtest.h>

#include <numeric>

#include "modules/budget_plans/access.h"
#include "modules/budget_plans/rules.h"

using namespace simpul;
using namespace simpul::modules::budget_plans;

namespace {
BudgetPlan plan(const std::string& status) {
  BudgetPlan p;
  p.status = status;
  return p;
}

PlanAreaSum row(int64_t plan_id, int64_t agency, const std::string& status, const std::string& area, int64_t lines, int64_t amount,
                int64_t unlinked_lines = 0, int64_t unlinked_amount = 0) {
  return {plan_id, agency, "PD " + std::to_string(agency), "P" + std::to_string(agency), status, area, lines, amount, unlinked_lines,
          unlinked_amount, 0};
}

auth::Principal operator_of(int64_t agency) {
  auth::Principal p;
  p.role = auth::Role::agency_operator;
  p.agency_id = agency;
  return p;
}
}  // namespace

TEST(BudgetRules, AmountsAreWholeRupiahUpToTenToTheFifteenth) {
  EXPECT_EQ(amount_of(nlohmann::json(0)), 0);
  EXPECT_EQ(amount_of(nlohmann::json(1'000'000'000'000'000LL)), kMaxAmount);
  EXPECT_FALSE(amount_of(nlohmann::json(1'000'000'000'000'001LL)));
  EXPECT_FALSE(amount_of(nlohmann::json(-1)));
  EXPECT_FALSE(amount_of(nlohmann::json(1500.5)));
  EXPECT_FALSE(amount_of(nlohmann::json(1500.0)));
  EXPECT_FALSE(amount_of(nlohmann::json("1500")));
  EXPECT_FALSE(amount_of(nlohmann::json::parse("18446744073709551615")));
  EXPECT_FALSE(amount_of(nlohmann::json(nullptr)));
}

TEST(BudgetRules, ALinesFieldsAreChecked) {
  try {
    parse_line(nlohmann::json{{"description", ""}, {"amount", 1.5}}, true);
    ADD_FAILURE() << "expected a 422";
  } catch (const ProblemError& e) {
    std::vector<std::string> fields;
    for (const auto& f : e.problem().errors) fields.push_back(f.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"description", "amount", "area"}));
  }
  // Linked lines may leave the area to the activity.
  auto in = parse_line(nlohmann::json{{"description", "Server"}, {"amount", 5}, {"roadmap_activity_id", 9}}, true);
  EXPECT_FALSE(in.area);
  EXPECT_EQ(**in.roadmap_activity_id, 9);
}

TEST(BudgetRules, TheWorkflowRunsDraftSubmittedCoordinatedVerified) {
  EXPECT_TRUE(cannot(Step::submit, plan("draft"), 0));  // nothing to submit
  EXPECT_FALSE(cannot(Step::submit, plan("draft"), 1));
  EXPECT_TRUE(cannot(Step::coordinate, plan("draft"), 1));
  EXPECT_FALSE(cannot(Step::coordinate, plan("submitted"), 1));
  EXPECT_TRUE(cannot(Step::verify, plan("submitted"), 1));
  EXPECT_FALSE(cannot(Step::verify, plan("coordinated"), 1));
  EXPECT_TRUE(cannot(Step::submit, plan("verified"), 1));
  EXPECT_EQ(status_after(Step::submit), "submitted");
  EXPECT_EQ(status_after(Step::coordinate), "coordinated");
  EXPECT_EQ(status_after(Step::verify), "verified");
  EXPECT_EQ(status_after(Step::return_to_draft), "draft");
  auto why = cannot(Step::verify, plan("submitted"), 1);
  EXPECT_NE(why->en.find("Kendari Pasal 10"), std::string::npos);
}

TEST(BudgetRules, OnlyPlansUnderReviewAreReturned) {
  EXPECT_TRUE(cannot(Step::return_to_draft, plan("draft"), 1));
  EXPECT_FALSE(cannot(Step::return_to_draft, plan("submitted"), 1));
  EXPECT_FALSE(cannot(Step::return_to_draft, plan("coordinated"), 1));
  EXPECT_TRUE(cannot(Step::return_to_draft, plan("verified"), 1));
}

TEST(BudgetRules, LinesChangeOnlyInADraft) {
  EXPECT_FALSE(cannot_edit(plan("draft")));
  for (const char* s : {"submitted", "coordinated", "verified"}) EXPECT_TRUE(cannot_edit(plan(s))) << s;
}

TEST(BudgetRules, ALinkNeedsARoadmapOfTheRegionCoveringTheYear) {
  EXPECT_EQ(link_error(std::nullopt, 2026)->field, "roadmap_activity_id");
  LinkTarget t{2025, 2029, "enacted", "security"};
  EXPECT_FALSE(link_error(t, 2025));
  EXPECT_FALSE(link_error(t, 2029));
  EXPECT_TRUE(link_error(t, 2024));
  EXPECT_TRUE(link_error(t, 2030));
  t.roadmap_status = "draft";
  EXPECT_FALSE(link_error(t, 2027));
  t.roadmap_status = "superseded";
  EXPECT_TRUE(link_error(t, 2027));
}

TEST(BudgetRules, UnlinkedLinesAreFlaggedNotRefused) {
  BudgetLine l;
  l.amount = 10;
  EXPECT_EQ(line_flags(l, "draft"), std::vector<std::string>{"no_roadmap_link"});
  l.roadmap_activity_id = 4;
  l.procurement = true;
  EXPECT_EQ(line_flags(l, "coordinated"), std::vector<std::string>{"procurement_unverified"});
  EXPECT_TRUE(line_flags(l, "verified").empty());
}

TEST(BudgetRules, APlanTotalStaysWithinTenToTheFifteenth) {
  EXPECT_FALSE(total_error(kMaxAmount - 5, 5));
  EXPECT_EQ(total_error(kMaxAmount - 5, 6)->field, "amount");
}

TEST(BudgetRules, SharesAddUpToExactlyOneHundred) {
  auto thirds = shares_in_tenths({1, 1, 1});
  EXPECT_EQ(thirds, (std::vector<int>{334, 333, 333}));  // ties: the earlier item
  auto skewed = shares_in_tenths({2, 3, 5, 990});
  EXPECT_EQ(std::accumulate(skewed.begin(), skewed.end(), 0), 1000);
  EXPECT_EQ(skewed, (std::vector<int>{2, 3, 5, 990}));
  auto uneven = shares_in_tenths({1'000'000, 2'000'000, 3'000'001});
  EXPECT_EQ(std::accumulate(uneven.begin(), uneven.end(), 0), 1000);
  EXPECT_EQ(uneven, (std::vector<int>{167, 333, 500}));
  EXPECT_EQ(shares_in_tenths({0, 0}), (std::vector<int>{0, 0}));
  EXPECT_TRUE(shares_in_tenths({}).empty());
  // Large amounts do not overflow.
  auto big = shares_in_tenths({kMaxAmount, kMaxAmount, kMaxAmount, 7});
  EXPECT_EQ(std::accumulate(big.begin(), big.end(), 0), 1000);
  EXPECT_DOUBLE_EQ(tenths_to_percent(334), 33.4);
}

TEST(BudgetRules, PlanTotalsAreExactPerArea) {
  std::vector<BudgetLine> lines(3);
  lines[0].area = "security", lines[0].amount = 1'500'000'000, lines[0].roadmap_activity_id = 1;
  lines[1].area = "security", lines[1].amount = 7, lines[1].procurement = true;
  lines[2].area = "audit", lines[2].amount = 999'999'999'999;
  auto t = totals_of(lines);
  EXPECT_EQ(t.lines, 3);
  EXPECT_EQ(t.amount, 1'500'000'007 + 999'999'999'999);
  EXPECT_EQ(t.unlinked_lines, 2);
  EXPECT_EQ(t.unlinked_amount, 7 + 999'999'999'999);
  EXPECT_EQ(t.procurement_lines, 1);
  ASSERT_EQ(t.by_area.size(), 7u);
  EXPECT_EQ(t.by_area[5].area, "security");
  EXPECT_EQ(t.by_area[5].amount, 1'500'000'007);
  EXPECT_EQ(t.by_area[0].amount, 0);
}

TEST(BudgetRules, ConsolidationSumsPerAreaAgencyAndStatus) {
  std::vector<PlanAreaSum> rows = {
      row(10, 1, "verified", "security", 2, 300, 1, 100),
      row(10, 1, "verified", "applications", 1, 700),
      row(11, 2, "draft", "security", 3, 1000, 3, 1000),
      row(12, 3, "submitted", "", 0, 0),  // a plan without lines
  };
  auto view = consolidate(2026, rows, {{4, "PD 4"}});
  EXPECT_EQ(view["year"], 2026);
  EXPECT_EQ(view["total"]["amount"], 2000);
  EXPECT_EQ(view["total"]["lines"], 6);
  EXPECT_EQ(view["total"]["plans"], 3);
  EXPECT_EQ(view["unlinked"]["lines"], 4);
  EXPECT_EQ(view["unlinked"]["amount"], 1100);
  EXPECT_EQ(view["by_status"]["verified"]["plans"], 1);
  EXPECT_EQ(view["by_status"]["verified"]["amount"], 1000);
  EXPECT_EQ(view["by_status"]["draft"]["amount"], 1000);
  EXPECT_EQ(view["by_status"]["submitted"]["plans"], 1);
  EXPECT_EQ(view["by_status"]["coordinated"]["plans"], 0);
  ASSERT_EQ(view["by_agency"].size(), 3u);
  EXPECT_EQ(view["by_agency"][0]["amount"], 1000);
  EXPECT_DOUBLE_EQ(view["by_agency"][0]["share_percent"].get<double>(), 50.0);
  EXPECT_EQ(view["by_agency"][2]["lines"], 0);
  ASSERT_EQ(view["by_area"].size(), 7u);
  EXPECT_EQ(view["by_area"][5]["area"], "security");
  EXPECT_EQ(view["by_area"][5]["amount"], 1300);
  EXPECT_EQ(view["by_area"][5]["unlinked_amount"], 1100);
  EXPECT_DOUBLE_EQ(view["by_area"][5]["share_percent"].get<double>(), 65.0);
  EXPECT_DOUBLE_EQ(view["by_area"][4]["share_percent"].get<double>(), 35.0);
  EXPECT_EQ(view["agencies_without_plan"][0]["agency_id"], 4);
  int tenths = 0;
  for (const auto& a : view["by_area"]) tenths += static_cast<int>(a["share_percent"].get<double>() * 10 + 0.5);
  EXPECT_EQ(tenths, 1000);
}

TEST(BudgetRules, OperatorsReadOnlyTheirOwnPlansUnlessTheyReview) {
  auto own = operator_of(5);
  EXPECT_TRUE(may_read(own, {}, 5));
  EXPECT_FALSE(may_read(own, {}, 6));
  EXPECT_FALSE(reads_every_plan(own, {}));
  EXPECT_TRUE(may_read(own, {true, false}, 6));  // the planning office coordinates every plan
  EXPECT_TRUE(may_edit(own, 5));
  EXPECT_FALSE(may_edit(own, 6));
  EXPECT_FALSE(may_edit(own, 6));
  auth::Principal leader;
  leader.role = auth::Role::leadership;
  EXPECT_TRUE(may_read(leader, {}, 6));
  EXPECT_FALSE(may_edit(leader, 6));
}

TEST(BudgetRules, ReviewStepsBelongToTheirOffices) {
  auto planning = operator_of(7);
  EXPECT_TRUE(may_coordinate(planning, {true, false}));
  EXPECT_FALSE(may_verify(planning, {true, false}));
  EXPECT_TRUE(may_return(planning, {true, false}));
  EXPECT_TRUE(may_verify(planning, {false, true}));
  EXPECT_FALSE(may_return(operator_of(8), {}));
  auth::Principal admin;
  admin.role = auth::Role::superadmin;
  EXPECT_TRUE(may_coordinate(admin, {}));
  EXPECT_TRUE(may_verify(admin, {}));
}
