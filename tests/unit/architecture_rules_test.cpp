// The architecture's pure rules: the state machine, overlapping versions, the review
// schedule each regulation sets and the state of each due review (Perwali Madiun
// 39/2021 Pasal 6; Batam 40/2021 Pasal 7; Kendari 41/2021 Pasal 7; OKI 32/2022 Pasal 6;
// Probolinggo 54/2022 Pasal 10).
#include <gtest/gtest.h>

#include "modules/architectures/rules.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::modules::architectures;

namespace {

Architecture version(int64_t id, int start, const std::string& status = "draft") {
  Architecture a;
  a.id = id;
  a.title = "Arsitektur SPBE";
  a.start_year = start;
  a.end_year = start + 4;
  a.status = status;
  if (status == "enacted" || status == "superseded") a.decree_number = "188/2/2021", a.decree_date = "2021-02-01";
  return a;
}

Review review(const std::string& kind, const std::string& date, std::vector<std::string> reasons = {}) {
  Review r;
  r.id = 7;
  r.kind = kind;
  r.review_date = date;
  r.reasons = std::move(reasons);
  return r;
}

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

Regulation mid_term_and_final() { return regulation_of(profiles::find_builtin("madiun")); }

}  // namespace

TEST(ArchitectureRules, StateMachine) {
  EXPECT_EQ(next_statuses("draft"), std::vector<std::string>{"in_review"});
  EXPECT_EQ(next_statuses("in_review"), (std::vector<std::string>{"draft", "enacted"}));
  EXPECT_EQ(next_statuses("enacted"), std::vector<std::string>{"superseded"});
  EXPECT_TRUE(next_statuses("superseded").empty());

  EXPECT_FALSE(cannot_transition(version(1, 2021, "draft"), "in_review"));
  EXPECT_FALSE(cannot_transition(version(1, 2021, "in_review"), "enacted"));
  EXPECT_FALSE(cannot_transition(version(1, 2021, "in_review"), "draft"));
  EXPECT_FALSE(cannot_transition(version(1, 2021, "enacted"), "superseded"));

  EXPECT_TRUE(cannot_transition(version(1, 2021, "draft"), "enacted"));  // review first
  EXPECT_TRUE(cannot_transition(version(1, 2021, "draft"), "superseded"));
  EXPECT_TRUE(cannot_transition(version(1, 2021, "draft"), "draft"));
  EXPECT_TRUE(cannot_transition(version(1, 2021, "enacted"), "draft"));
  EXPECT_TRUE(cannot_transition(version(1, 2021, "enacted"), "in_review"));
  EXPECT_TRUE(cannot_transition(version(1, 2021, "superseded"), "enacted"));
  EXPECT_TRUE(cannot_transition(version(1, 2021, "superseded"), "draft"));
}

TEST(ArchitectureRules, EnactingNeedsTheDecree) {
  auto reg = mid_term_and_final();
  auto a = version(1, 2021, "in_review");
  auto errors = enact_errors(a, reg);
  EXPECT_EQ(fields(errors), (std::vector<std::string>{"decree_number", "decree_date"}));
  EXPECT_NE(errors[0].message.en.find("Pasal 6 ayat (3)"), std::string::npos);  // Madiun: "ditetapkan dengan Keputusan Walikota"
  a.decree_number = "188/3/2021", a.decree_date = "2021-03-01";
  EXPECT_TRUE(enact_errors(a, reg).empty());
}

TEST(ArchitectureRules, WhatMayChangeInEachStatus) {
  EXPECT_FALSE(cannot_edit_content(version(1, 2021, "draft")));
  EXPECT_FALSE(cannot_edit_content(version(1, 2021, "in_review")));
  EXPECT_TRUE(cannot_edit_content(version(1, 2021, "enacted")));
  EXPECT_TRUE(cannot_edit_content(version(1, 2021, "superseded")));
  EXPECT_FALSE(cannot_change_coordinator(version(1, 2021, "enacted")));
  EXPECT_TRUE(cannot_change_coordinator(version(1, 2021, "superseded")));
  EXPECT_FALSE(cannot_review(version(1, 2021, "enacted")));
  EXPECT_TRUE(cannot_review(version(1, 2021, "in_review")));
}

TEST(ArchitectureRules, PeriodIsFiveYears) {
  EXPECT_TRUE(version_errors(version(1, 2021)).empty());
  auto a = version(1, 2021);
  a.end_year = 2024;
  EXPECT_EQ(fields(version_errors(a)), std::vector<std::string>{"end_year"});
}

TEST(ArchitectureRules, VersionsNotSupersededMayNotOverlap) {
  auto candidate = version(10, 2024);  // 2024-2028
  EXPECT_EQ(overlapping_version(candidate, {version(1, 2021, "draft")})->id, 1);
  EXPECT_EQ(overlapping_version(candidate, {version(2, 2021, "in_review")})->id, 2);
  EXPECT_EQ(overlapping_version(candidate, {version(3, 2028, "enacted")})->id, 3);
  EXPECT_FALSE(overlapping_version(candidate, {version(4, 2021, "superseded")}));
  EXPECT_FALSE(overlapping_version(candidate, {version(5, 2029, "enacted"), version(6, 2019, "draft")}));
  EXPECT_FALSE(overlapping_version(candidate, {candidate}));  // itself, when its period changes
}

TEST(ArchitectureRules, ScheduleAndReasonsFollowEachRegulation) {
  auto madiun = mid_term_and_final();
  EXPECT_EQ(madiun.schedule, "mid_term_and_final_year");
  EXPECT_EQ(madiun.schedule_article, "Pasal 6 ayat (10)");
  EXPECT_EQ(reason_codes(madiun), (std::set<std::string>{"national_architecture_change", "evaluation_results", "element_change", "rpjmd_change"}));

  auto kendari = regulation_of(profiles::find_builtin("kendari"));
  EXPECT_EQ(kendari.schedule, "mid_term_and_final_year");
  EXPECT_EQ(kendari.schedule_article, "Pasal 7 ayat (6)");
  // Kendari Pasal 7 ayat (7) lists three grounds: no change of SPBE elements.
  EXPECT_EQ(reason_codes(kendari), (std::set<std::string>{"national_architecture_change", "evaluation_results", "rpjmd_change"}));
  EXPECT_EQ(kendari.reasons.back().article, "Pasal 7 ayat (7) huruf c");

  auto batam = regulation_of(profiles::find_builtin("batam"));
  EXPECT_EQ(batam.schedule, "mid_term_and_final_year");
  EXPECT_EQ(batam.schedule_article, "Pasal 7 ayat (8)");

  auto oki = regulation_of(profiles::find_builtin("oki"));
  EXPECT_EQ(oki.schedule, "annual");  // Pasal 6 ayat (7): "setiap Tahun"
  EXPECT_EQ(review_kinds(oki), (std::set<std::string>{"annual", "on_demand"}));
  EXPECT_TRUE(reason_codes(oki).count("regional_needs"));

  auto probolinggo = regulation_of(profiles::find_builtin("probolinggo"));
  EXPECT_EQ(probolinggo.schedule, "annual");
  EXPECT_EQ(probolinggo.schedule_article, "Pasal 10 ayat (1)");
  EXPECT_EQ(reason_codes(probolinggo).size(), 5u);  // Pasal 10 ayat (2) huruf a-e
}

TEST(ArchitectureRules, MidTermAndFinalYearDueDatesAndStates) {
  auto reg = mid_term_and_final();
  auto a = version(1, 2021, "enacted");  // mid-term 2023, final 2025
  auto due = due_reviews(a, reg, "2022-06-01");
  ASSERT_EQ(due.size(), 2u);
  EXPECT_EQ(due[0].kind, "mid_term");
  EXPECT_EQ(due[0].year, 2023);
  EXPECT_EQ(due[0].due_date, "2023-12-31");
  EXPECT_EQ(due[0].state, "on_track");
  EXPECT_EQ(due[1].kind, "final_year");
  EXPECT_EQ(due[1].due_date, "2025-12-31");

  EXPECT_EQ(due_reviews(a, reg, "2023-01-01")[0].state, "due_soon");
  EXPECT_EQ(due_reviews(a, reg, "2023-12-31")[0].state, "due_soon");
  EXPECT_EQ(due_reviews(a, reg, "2024-01-01")[0].state, "overdue");

  a.reviews = {review("mid_term", "2023-05-02")};
  due = due_reviews(a, reg, "2024-01-01");
  EXPECT_EQ(due[0].state, "done");
  EXPECT_EQ(due[0].review_id, 7);
  EXPECT_EQ(due[1].state, "on_track");

  auto draft = version(2, 2021, "draft");
  EXPECT_EQ(due_reviews(draft, reg, "2030-01-01")[0].state, "not_in_force");
}

TEST(ArchitectureRules, AnnualReviewsOnePerYear) {
  auto reg = regulation_of(profiles::find_builtin("probolinggo"));
  auto a = version(1, 2021, "enacted");
  a.reviews = {review("annual", "2021-11-01"), review("on_demand", "2022-04-01", {"domain_change"})};
  auto due = due_reviews(a, reg, "2023-02-01");
  ASSERT_EQ(due.size(), 5u);
  EXPECT_EQ(due[0].state, "done");     // 2021
  EXPECT_EQ(due[1].state, "done");     // 2022: a review on demand is a review too
  EXPECT_EQ(due[2].state, "due_soon");  // 2023
  EXPECT_EQ(due[3].state, "on_track");
}

TEST(ArchitectureRules, ReviewErrors) {
  auto reg = mid_term_and_final();
  auto a = version(1, 2016, "enacted");  // 2016-2020, mid-term 2018, decree 2021-02-01 in version()
  a.decree_date = "2016-02-01";
  const std::string today = "2026-01-10";
  EXPECT_TRUE(review_errors(a, reg, review("mid_term", "2018-06-01"), today).empty());
  EXPECT_EQ(fields(review_errors(a, reg, review("annual", "2018-06-01"), today)), std::vector<std::string>{"kind"});
  EXPECT_EQ(fields(review_errors(a, reg, review("mid_term", "2017-06-01"), today)), std::vector<std::string>{"review_date"});
  EXPECT_EQ(fields(review_errors(a, reg, review("final_year", "2019-06-01"), today)), std::vector<std::string>{"review_date"});
  EXPECT_EQ(fields(review_errors(a, reg, review("on_demand", "2027-01-01", {"rpjmd_change"}), today)),
            std::vector<std::string>{"review_date"});
  EXPECT_EQ(fields(review_errors(a, reg, review("on_demand", "2015-01-01", {"rpjmd_change"}), today)),
            std::vector<std::string>{"review_date"});  // before the decree
  EXPECT_EQ(fields(review_errors(a, reg, review("on_demand", "2017-01-01"), today)), std::vector<std::string>{"reasons"});
  a.reviews = {review("mid_term", "2018-06-01")};
  EXPECT_EQ(fields(review_errors(a, reg, review("mid_term", "2019-06-01"), today)), std::vector<std::string>{"kind"});
}

TEST(ArchitectureRules, SixDomainsInTheRegulationsOrder) {
  EXPECT_EQ(domain_names(), (std::vector<std::string>{"business_process", "data_information", "infrastructure", "application",
                                                      "security", "service"}));
  EXPECT_EQ(domain_label("data_information").id, "Data dan Informasi");
}
