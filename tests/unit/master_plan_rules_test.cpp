// The master plan's pure rules: five-year periods, contents needed to enact, the
// draft → enacted → superseded life cycle, overlapping enacted plans, and the review
// cycle from the region's profile (Perwali Batam 40/2021 Pasal 6; Perwali Kendari
// 41/2021 Pasal 10).
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/master_plans/rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::master_plans;

namespace {

MasterPlan complete_draft(int start = 2021) {
  MasterPlan p;
  p.id = 1;
  p.title = "Rencana Induk SPBE";
  p.start_year = start;
  p.end_year = start + 4;
  p.vision = "SPBE terpadu";
  p.missions = {"m"};
  p.goals = {"g"};
  p.targets = {"t"};
  p.policy_directions = {"p"};
  p.strategies = {"s"};
  return p;
}

MasterPlan enacted(int64_t id, int start, const std::string& decree_date = "2021-02-01") {
  auto p = complete_draft(start);
  p.id = id;
  p.status = "enacted";
  p.decree_number = "188/1/2021";
  p.decree_date = decree_date;
  return p;
}

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST(MasterPlanRules, PeriodIsFiveYears) {
  EXPECT_TRUE(plan_errors(complete_draft()).empty());
  auto p = complete_draft();
  p.end_year = 2024;  // 2021-2024 is four years
  EXPECT_EQ(fields(plan_errors(p)), std::vector<std::string>{"end_year"});
  p.end_year = 2019;  // backwards
  EXPECT_EQ(fields(plan_errors(p)), std::vector<std::string>{"end_year"});
  p.start_year = 1990, p.end_year = 1994;
  EXPECT_EQ(fields(plan_errors(p)), (std::vector<std::string>{"start_year", "end_year"}));
  p = complete_draft();
  p.title = "";
  EXPECT_EQ(fields(plan_errors(p)), std::vector<std::string>{"title"});
}

TEST(MasterPlanRules, EnactedPlanKeepsItsDecree) {
  auto p = enacted(1, 2021);
  EXPECT_TRUE(plan_errors(p).empty());
  p.decree_number.clear();
  EXPECT_TRUE(has(fields(plan_errors(p)), "decree_number"));
}

TEST(MasterPlanRules, EnactingNeedsDecreeAndEveryPartOfTheContents) {
  Regulation batam;
  batam.contents_article = "Pasal 6 ayat (2)";
  batam.decree_article = "Pasal 6 ayat (3)";
  auto p = complete_draft();
  auto errors = enact_errors(p, batam);
  EXPECT_EQ(fields(errors), (std::vector<std::string>{"decree_number", "decree_date"}));
  EXPECT_NE(errors[0].message.id.find("Pasal 6 ayat (3)"), std::string::npos);

  p.decree_number = "188/1/2021", p.decree_date = "2021-02-01";
  EXPECT_TRUE(enact_errors(p, batam).empty());
  p.vision.clear();
  p.strategies.clear();
  errors = enact_errors(p, batam);
  EXPECT_EQ(fields(errors), (std::vector<std::string>{"vision", "strategies"}));
  EXPECT_NE(errors[0].message.en.find("Pasal 6 ayat (2)"), std::string::npos);
}

TEST(MasterPlanRules, LifeCycle) {
  auto draft = complete_draft();
  EXPECT_FALSE(cannot_enact(draft));
  EXPECT_TRUE(cannot_supersede(draft));
  EXPECT_TRUE(cannot_review(draft));
  EXPECT_FALSE(cannot_edit(draft, true));
  EXPECT_EQ(allowed_actions(draft), (std::vector<std::string>{"edit", "enact"}));

  auto in_force = enacted(2, 2021);
  EXPECT_TRUE(cannot_enact(in_force));
  EXPECT_FALSE(cannot_supersede(in_force));
  EXPECT_FALSE(cannot_review(in_force));
  EXPECT_FALSE(cannot_edit(in_force, false));  // contents may be revised after a review
  EXPECT_TRUE(cannot_edit(in_force, true));    // the period may not

  auto old = in_force;
  old.status = "superseded";
  EXPECT_TRUE(cannot_enact(old));
  EXPECT_TRUE(cannot_supersede(old));
  EXPECT_TRUE(cannot_review(old));
  EXPECT_TRUE(cannot_edit(old, false));
  EXPECT_TRUE(allowed_actions(old).empty());
}

TEST(MasterPlanRules, OnlyEnactedPlansOfOverlappingPeriodsCount) {
  auto candidate = complete_draft(2024);  // 2024-2028
  candidate.id = 10;
  auto a = enacted(1, 2021);  // 2021-2025: overlaps
  auto b = enacted(2, 2029);  // 2029-2033: does not
  auto c = complete_draft(2024);  // a draft: does not count
  c.id = 3;
  auto d = enacted(4, 2016);
  d.status = "superseded";  // superseded: does not count
  auto found = overlapping_enacted(candidate, {a, b, c, d, candidate});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, 1);
}

TEST(MasterPlanRules, NextReviewFromTheDecreeThenFromTheLastReview) {
  auto p = enacted(1, 2021, "2021-03-15");
  EXPECT_EQ(next_review_due(p, 12), "2022-03-15");
  EXPECT_EQ(next_review_due(p, 24), "2023-03-15");  // Kendari: "paling lambat 2 (dua) tahun sekali"
  Review r;
  r.review_date = "2022-02-01";
  p.reviews = {r};
  EXPECT_EQ(next_review_due(p, 12), "2023-02-01");
  EXPECT_FALSE(next_review_due(complete_draft(), 12));
}

TEST(MasterPlanRules, ReviewStateAgainstToday) {
  auto p = enacted(1, 2021, "2021-03-15");  // due 2022-03-15
  EXPECT_EQ(review_state(p, 12, "2021-12-01"), "on_track");
  EXPECT_EQ(review_state(p, 12, "2022-03-01"), "due_soon");
  EXPECT_EQ(review_state(p, 12, "2022-03-15"), "due_soon");
  EXPECT_EQ(review_state(p, 12, "2022-03-16"), "overdue");
  EXPECT_FALSE(review_state(complete_draft(), 12, "2022-03-16"));
}

TEST(MasterPlanRules, ReviewCycleComesFromTheProfile) {
  auto kendari = regulation_of(profiles::find_builtin("kendari"));
  EXPECT_EQ(kendari.review_months, 24);
  EXPECT_EQ(kendari.review_article, "Pasal 10 ayat (3) huruf e");
  EXPECT_EQ(kendari.decree_article, "Pasal 10 ayat (3) huruf f");
  auto batam = regulation_of(profiles::find_builtin("batam"));
  EXPECT_EQ(batam.review_months, 12);
  EXPECT_EQ(batam.review_article, "Pasal 6 ayat (5)");
  EXPECT_EQ(batam.contents_article, "Pasal 6 ayat (2)");
  // Madiun has no master plan article: yearly, as the issue says, with nothing to cite.
  auto madiun = regulation_of(profiles::find_builtin("madiun"));
  EXPECT_EQ(madiun.review_months, 12);
  EXPECT_EQ(madiun.review_article, "");
  EXPECT_EQ(regulation_of(nullptr).review_months, 12);
}

TEST(MasterPlanRules, ReviewReasonsCiteTheRegionsArticles) {
  auto batam = review_reasons("batam");
  ASSERT_EQ(batam.size(), review_reason_codes().size());
  for (const auto& r : batam) {
    if (r.code == "evaluation_results") EXPECT_EQ(r.article, "Pasal 6 ayat (5) huruf a");
  }
  for (const auto& r : review_reasons("madiun")) EXPECT_EQ(r.article, "") << r.code;
  EXPECT_TRUE(review_reason_codes().count("rpjmd_change"));
}
