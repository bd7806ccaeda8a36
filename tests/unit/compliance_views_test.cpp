// The pure views over an evaluation: counts, the share met, per agency and per obligation,
// and the calendar's range, at their edges.
#include <gtest/gtest.h>

#include "modules/compliance/views.h"

using namespace simpul;
using namespace simpul::modules::compliance;

namespace {
struct Fixture {
  profiles::Profile profile;
  Evaluation e;
  Fixture() {
    profile.obligations.resize(3);
    profile.obligations[0].id = "lan";
    profile.obligations[1].id = "audit";
    profile.obligations[2].id = "decree";
    e.today = "2025-06-01";
  }
  void add(int obligation, std::optional<int64_t> agency, std::string agency_name, std::string kind, Status s,
           std::string due_on, std::string basis = "data") {
    Finding f;
    f.obligation = &profile.obligations[obligation];
    f.subject.kind = std::move(kind);
    f.subject.name = std::move(agency_name);
    f.subject.agency_id = agency;
    f.check.status = s;
    f.check.due_on = std::move(due_on);
    f.basis = std::move(basis);
    e.findings.push_back(std::move(f));
  }
};
}  // namespace

TEST(ComplianceViews, ShareMetCountsMetAndDueSoonOverWhatApplies) {
  Tally t;
  EXPECT_FALSE(t.share_met().has_value());  // nothing applies: no share, not 0 %
  t.add(Status::not_applicable);
  EXPECT_FALSE(t.share_met().has_value());
  t.add(Status::met);
  t.add(Status::due_soon);
  t.add(Status::overdue);
  t.add(Status::not_met);
  EXPECT_EQ(t.applicable(), 4);
  EXPECT_DOUBLE_EQ(*t.share_met(), 0.5);
}

TEST(ComplianceViews, OpenMeansOverdueNotMetOrDueSoon) {
  Finding f;
  for (auto [s, open] : {std::pair{Status::overdue, true}, {Status::not_met, true}, {Status::due_soon, true},
                         {Status::met, false}, {Status::not_applicable, false}}) {
    f.check.status = s;
    EXPECT_EQ(is_open(f), open) << status_name(s);
  }
}

TEST(ComplianceViews, PerAgencyByNameWithTheSoonestOpenDueDate) {
  Fixture x;
  x.add(0, 2, "Dinas B", "agency", Status::overdue, "2025-05-01");
  x.add(1, 2, "", "application", Status::due_soon, "2025-06-20");  // owned by agency 2: counted there
  x.add(2, 2, "Dinas B", "agency", Status::met, "2025-01-01");      // met: not the next due
  x.add(0, 1, "Badan A", "agency", Status::met, "2026-01-01");
  x.add(1, std::nullopt, "Kota", "region", Status::not_met, "2025-06-01");  // the region's own: no agency row
  auto rows = by_agency(x.e);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].name, "Badan A");
  EXPECT_EQ(rows[0].next_due, "");  // nothing open
  EXPECT_EQ(rows[1].agency_id, 2);
  EXPECT_EQ(rows[1].tally.applicable(), 3);
  EXPECT_EQ(rows[1].next_due, "2025-05-01");
  EXPECT_EQ(tally_of(x.e.findings).applicable(), 5);
}

TEST(ComplianceViews, EveryObligationHasARowInProfileOrderEvenWithoutSubjects) {
  Fixture x;
  x.add(2, 1, "A", "agency", Status::met, "", "statement");
  x.add(0, 1, "A", "agency", Status::overdue, "2025-01-01");
  x.e.basis = {"data", "data", "statement"};
  auto rows = by_obligation(x.e, x.profile);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].obligation->id, "lan");
  EXPECT_EQ(rows[0].tally.overdue, 1);
  EXPECT_EQ(rows[1].tally.applicable(), 0);  // no subject: a row all the same …
  EXPECT_EQ(rows[1].basis, "data");          // … still decided from records once it has one
  EXPECT_EQ(rows[2].basis, "statement");
}

TEST(ComplianceViews, TheCalendarKeepsDatedDutiesInItsRangeInclusiveSoonestFirst) {
  Fixture x;
  x.add(0, 1, "A", "agency", Status::due_soon, "2025-06-30");
  x.add(1, 1, "A", "agency", Status::overdue, "2025-06-01");    // the first day: in
  x.add(2, 1, "A", "agency", Status::met, "2025-12-31");        // met, dated: in (the next time it falls due)
  x.add(0, 2, "B", "agency", Status::not_met, "");              // undated: never in a calendar
  x.add(1, 2, "B", "agency", Status::not_applicable, "2025-07-01");
  x.add(2, 2, "B", "agency", Status::overdue, "2025-05-31");    // before the range
  x.add(0, 3, "C", "agency", Status::met, "2026-01-01");        // after the range
  auto duties = calendar(x.e, "2025-06-01", "2025-12-31");
  ASSERT_EQ(duties.size(), 3u);
  EXPECT_EQ(duties[0]->check.due_on, "2025-06-01");
  EXPECT_EQ(duties[1]->check.due_on, "2025-06-30");
  EXPECT_EQ(duties[2]->check.due_on, "2025-12-31");
  EXPECT_TRUE(calendar(x.e, "2027-01-01", "2027-12-31").empty());
}
