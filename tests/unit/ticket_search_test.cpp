// How the ticket list narrows to the tickets a search matches (modules/tickets/search.h): a few
// matches are collected as a set, a common word is checked per row while the list walks the index
// of its order. Both give the same rows; tests/api/test_tickets.py checks that through the API.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/tickets/search.h"

using namespace simpul;
using namespace simpul::modules::tickets;

TEST(TicketSearchPlan, FewMatchesAreCollectedAsASetManyAreCheckedPerRow) {
  EXPECT_EQ(search_plan(0), SearchPlan::match_set);
  EXPECT_EQ(search_plan(1), SearchPlan::match_set);
  EXPECT_EQ(search_plan(kMatchSetCap - 1), SearchPlan::match_set);
  // The count stops at the cap: reaching it means "at least that many".
  EXPECT_EQ(search_plan(kMatchSetCap), SearchPlan::check_each_row);
  EXPECT_EQ(search_plan(2, 3), SearchPlan::match_set);
  EXPECT_EQ(search_plan(3, 3), SearchPlan::check_each_row);
}

TEST(TicketSearchPlan, EachPlanHasItsConditionInBothDialects) {
  using db::Dialect;
  // PostgreSQL: the set, or the ticket's own document per row.
  EXPECT_EQ(search_condition(Dialect::postgresql, SearchPlan::match_set).rfind("t.ticket_id IN (", 0), 0u);
  auto per_row = search_condition(Dialect::postgresql, SearchPlan::check_each_row);
  EXPECT_EQ(per_row.rfind("EXISTS (", 0), 0u) << per_row;
  EXPECT_NE(per_row.find("s.ticket_id = t.ticket_id"), std::string::npos) << per_row;
  // SQLite: the set read once either way; for few matches the region index is not walked.
  for (auto plan : {SearchPlan::match_set, SearchPlan::check_each_row})
    EXPECT_EQ(search_condition(Dialect::sqlite, plan).rfind("t.ticket_id IN (", 0), 0u);
  EXPECT_EQ(region_condition(Dialect::sqlite, SearchPlan::match_set), "+t.region_id = ?");
  EXPECT_EQ(region_condition(Dialect::sqlite, SearchPlan::check_each_row), "t.region_id = ?");
  EXPECT_EQ(region_condition(Dialect::postgresql, SearchPlan::match_set), "t.region_id = ?");
  for (auto dialect : {Dialect::sqlite, Dialect::postgresql})
    for (auto plan : {SearchPlan::match_set, SearchPlan::check_each_row}) {
      auto sql = search_condition(dialect, plan);
      EXPECT_EQ(std::count(sql.begin(), sql.end(), '?'), 1) << sql;
    }
}
