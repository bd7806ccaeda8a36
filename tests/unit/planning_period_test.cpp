// The five-year period of SPBE plans and the arithmetic of their review dates.
#include <gtest/gtest.h>

#include "modules/planning/period.h"

using namespace simpul::planning;

TEST(PlanningPeriod, FiveYearsInclusive) {
  YearPeriod p{2021, 2025};
  EXPECT_EQ(p.years(), 5);
  EXPECT_TRUE(p.contains(2021));
  EXPECT_TRUE(p.contains(2025));
  EXPECT_FALSE(p.contains(2026));
  EXPECT_EQ(p.mid_term_year(), 2023);
  EXPECT_EQ(p.final_year(), 2025);
  EXPECT_EQ(p.each_year(), (std::vector<int>{2021, 2022, 2023, 2024, 2025}));
  EXPECT_EQ(p.label(), "2021-2025");
}

TEST(PlanningPeriod, OverlapIsAnySharedYear) {
  YearPeriod a{2021, 2025};
  EXPECT_TRUE(a.overlaps({2025, 2029}));
  EXPECT_TRUE(a.overlaps({2017, 2021}));
  EXPECT_TRUE(a.overlaps({2022, 2026}));
  EXPECT_FALSE(a.overlaps({2026, 2030}));
  EXPECT_FALSE(a.overlaps({2016, 2020}));
}

TEST(PlanningPeriod, ErrorsNameTheFieldAndTheRightPeriod) {
  EXPECT_TRUE(period_errors(2021, 2025).empty());
  auto short_period = period_errors(2021, 2024);
  ASSERT_EQ(short_period.size(), 1u);
  EXPECT_EQ(short_period[0].field, "end_year");
  EXPECT_NE(short_period[0].message.id.find("2021 sampai 2025"), std::string::npos) << short_period[0].message.id;
  auto backwards = period_errors(2025, 2021);
  ASSERT_EQ(backwards.size(), 1u);
  EXPECT_EQ(backwards[0].field, "end_year");
  auto far = period_errors(1999, 2003);
  ASSERT_EQ(far.size(), 1u);
  EXPECT_EQ(far[0].field, "start_year");
  EXPECT_EQ(period_errors(2021, 2023, 3).size(), 0u);
  EXPECT_EQ(period_errors(2021, 2025, 5, "from", "to").size(), 0u);
  EXPECT_EQ(period_errors(2021, 2022, 5, "from", "to").at(0).field, "to");
}

TEST(PlanningPeriod, MonthsAreAddedOnTheCalendar) {
  EXPECT_EQ(add_months("2022-03-15", 12), "2023-03-15");
  EXPECT_EQ(add_months("2024-02-29", 12), "2025-02-28");
  EXPECT_EQ(add_months("2023-01-31", 1), "2023-02-28");
  EXPECT_EQ(add_months("2023-11-30", 3), "2024-02-29");
  EXPECT_EQ(add_months("2021-06-01", 30), "2023-12-01");
  EXPECT_EQ(next_due("2022-03-15", 24), "2024-03-15");
  EXPECT_EQ(end_of_year(2023), "2023-12-31");
  EXPECT_THROW(add_months("2023-02-30", 1), std::invalid_argument);
}

TEST(PlanningPeriod, DueStateCountsDaysToTheDueDate) {
  EXPECT_EQ(due_state("2023-01-01", "2023-03-15"), "on_track");
  EXPECT_EQ(due_state("2023-02-14", "2023-03-15"), "due_soon");  // 29 days left
  EXPECT_EQ(due_state("2023-03-15", "2023-03-15"), "due_soon");
  EXPECT_EQ(due_state("2023-03-16", "2023-03-15"), "overdue");
  EXPECT_EQ(due_state("2023-02-01", "2023-03-15", 60), "due_soon");
}
