// The leadership dashboard's pure parts: which agencies it names as complying least, the
// twelve months of SLA attainment, and the links from a number to the records it counts.
#include <gtest/gtest.h>

#include "modules/dashboard/rules.h"

using namespace simpul;
using namespace simpul::modules::dashboard;
using simpul::modules::compliance::AgencySummary;
using simpul::modules::compliance::Tally;

namespace {

AgencySummary agency(int64_t id, const std::string& name, int met, int not_met, int overdue = 0) {
  AgencySummary a;
  a.agency_id = id;
  a.name = name;
  a.tally.met = met;
  a.tally.not_met = not_met;
  a.tally.overdue = overdue;
  return a;
}

std::vector<int64_t> ids(const std::vector<AgencySummary>& agencies) {
  std::vector<int64_t> out;
  for (const auto& a : agencies) out.push_back(a.agency_id);
  return out;
}

}  // namespace

TEST(DashboardRules, TheLowestShareComesFirstAndOnlyTheFirstFewAreNamed) {
  std::vector<AgencySummary> all{agency(1, "Dinas A", 9, 1), agency(2, "Dinas B", 1, 9), agency(3, "Dinas C", 5, 5),
                                 agency(4, "Dinas D", 10, 0), agency(5, "Dinas E", 2, 8), agency(6, "Dinas F", 7, 3)};
  EXPECT_EQ(ids(lowest_share(all, 5)), (std::vector<int64_t>{2, 5, 3, 6, 1}));
  EXPECT_EQ(ids(lowest_share(all, 2)), (std::vector<int64_t>{2, 5}));
}

TEST(DashboardRules, EqualSharesAreOrderedByOverdueThenNotMetThenName) {
  // Each 50 % met: the one with more overdue duties is the worse, then more not met, then by name.
  std::vector<AgencySummary> all{agency(1, "Dinas Z", 2, 2), agency(2, "Dinas Y", 2, 0, 2), agency(3, "Dinas X", 2, 1, 1),
                                 agency(4, "Dinas W", 2, 2)};
  EXPECT_EQ(ids(lowest_share(all, 5)), (std::vector<int64_t>{2, 3, 4, 1}));
}

TEST(DashboardRules, AnAgencyWithNothingApplicableHasNoShareAndIsNotNamed) {
  AgencySummary none = agency(7, "Kecamatan A", 0, 0);
  none.tally.not_applicable = 4;
  auto lowest = lowest_share({none, agency(8, "Dinas B", 1, 1)}, 5);
  EXPECT_EQ(ids(lowest), (std::vector<int64_t>{8}));
  EXPECT_TRUE(lowest_share({}, 5).empty());
}

TEST(DashboardRules, TwelveMonthsEndWithTheCurrentOneAcrossTheYearsEnd) {
  auto months = months_ending({2026, 3}, kSlaMonths);
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(service_desk::month_text(months.front()), "2025-04");
  EXPECT_EQ(service_desk::month_text(months[8]), "2025-12");
  EXPECT_EQ(service_desk::month_text(months[9]), "2026-01");
  EXPECT_EQ(service_desk::month_text(months.back()), "2026-03");
  EXPECT_EQ(service_desk::month_text(months_ending({2026, 12}, 12).front()), "2026-01");
  EXPECT_EQ(months_ending({2026, 1}, 1).size(), 1u);
  EXPECT_TRUE(months_ending({2026, 1}, 0).empty());
}

TEST(DashboardRules, EveryNumberLinksToTheListOfItsRecords) {
  EXPECT_EQ(risk_list_href(2026), "/risiko?tahun=2026");
  EXPECT_EQ(risk_list_href(2026, 4), "/risiko?tahun=2026&level=4");
  EXPECT_EQ(compliance_agency_href(12), "/kepatuhan/pd/12");
  EXPECT_EQ(counted(3, "/audit-tik"), (nlohmann::json{{"count", 3}, {"href", "/audit-tik"}}));
}
