// The pure rules of compliance at their edges: the day a periodic duty falls due, due soon
// and overdue; a statement that lapses; which subjects a `when` keeps; the order duties are
// read in; and how statements decide a duty no source answers.
#include <gtest/gtest.h>

#include "modules/compliance/rules.h"
#include "modules/compliance/statements.h"

using namespace simpul;
using namespace simpul::modules::compliance;

namespace {
const Text kWhat{"diagram LAN", "LAN diagram"};
profiles::Period years(int n) { return profiles::Period{.years = n, .text = "P" + std::to_string(n) + "Y"}; }
profiles::Period months(int n) { return profiles::Period{.months = n, .text = "P" + std::to_string(n) + "M"}; }

Statement statement(int64_t id, std::string done_on, std::optional<std::string> valid_until = std::nullopt) {
  Statement s;
  s.id = id;
  s.done_on = std::move(done_on);
  s.valid_until = std::move(valid_until);
  s.reference = "SK " + std::to_string(id);
  return s;
}

profiles::Obligation obligation(const std::string& kind) {
  profiles::Obligation o;
  o.id = "duty";
  o.rule.kind = kind;
  if (kind == "periodic_submission" || kind == "periodic_event") o.rule.periods["period"] = years(1);
  return o;
}

Finding finding(Status s, std::string due_on, int order) {
  static std::vector<profiles::Obligation> obligations(10);
  Finding f;
  f.obligation = &obligations[order];
  f.check.status = s;
  f.check.due_on = std::move(due_on);
  return f;
}
}  // namespace

TEST(ComplianceRules, NeverDoneIsNotMetAndDueToday) {
  auto c = periodic_check("", years(1), nullptr, "2025-06-01", kWhat);
  EXPECT_EQ(c.status, Status::not_met);
  EXPECT_EQ(c.due_on, "2025-06-01");
  EXPECT_NE(c.reason.id.find("diagram LAN"), std::string::npos);
}

TEST(ComplianceRules, APeriodicDutyIsDueOnePeriodAfterItWasDoneAndOverdueTheDayAfter) {
  EXPECT_EQ(periodic_check("2024-06-01", years(1), nullptr, "2025-06-01", kWhat).status, Status::due_soon);  // due today
  auto late = periodic_check("2024-06-01", years(1), nullptr, "2025-06-02", kWhat);
  EXPECT_EQ(late.status, Status::overdue);
  EXPECT_EQ(late.due_on, "2025-06-01");
}

TEST(ComplianceRules, DueSoonStartsThirtyDaysBeforeWithoutALead) {
  // Due 2025-06-01: due soon from 2025-05-02 (30 days before), met the day before that.
  EXPECT_EQ(periodic_check("2024-06-01", years(1), nullptr, "2025-05-01", kWhat).status, Status::met);
  EXPECT_EQ(periodic_check("2024-06-01", years(1), nullptr, "2025-05-02", kWhat).status, Status::due_soon);
}

TEST(ComplianceRules, ALeadMovesTheStartOfDueSoon) {
  auto lead = months(3);
  EXPECT_EQ(periodic_check("2024-06-01", years(1), &lead, "2025-02-28", kWhat).status, Status::met);
  EXPECT_EQ(periodic_check("2024-06-01", years(1), &lead, "2025-03-01", kWhat).status, Status::due_soon);
}

TEST(ComplianceRules, APeriodFromTheLastDayOfFebruaryInALeapYear) {
  auto c = periodic_check("2024-02-29", years(1), nullptr, "2024-03-01", kWhat);
  EXPECT_EQ(c.status, Status::met);
  EXPECT_EQ(c.due_on.substr(0, 7), "2025-02");  // the end of February, not March
}

TEST(ComplianceRules, AStandingDutyLapsesOnItsValidUntil) {
  EXPECT_EQ(lapsing_check("", "2025-06-01", kWhat).status, Status::met);
  EXPECT_EQ(lapsing_check("2025-12-31", "2025-06-01", kWhat).status, Status::met);
  EXPECT_EQ(lapsing_check("2025-07-01", "2025-06-01", kWhat).status, Status::due_soon);  // 30 days before
  EXPECT_EQ(lapsing_check("2025-07-02", "2025-06-01", kWhat).status, Status::met);       // 31 days before
  EXPECT_EQ(lapsing_check("2025-06-01", "2025-06-01", kWhat).status, Status::due_soon);  // its last day
  auto lapsed = lapsing_check("2025-05-31", "2025-06-01", kWhat);
  EXPECT_EQ(lapsed.status, Status::overdue);
  EXPECT_EQ(lapsed.due_on, "2025-05-31");
}

TEST(ComplianceRules, PresenceIsMetOrNotMetWithItsReason) {
  auto yes = presence_check(true, {"ada", "present"}, {"tidak ada", "absent"});
  EXPECT_EQ(yes.status, Status::met);
  EXPECT_EQ(yes.reason.en, "present");
  auto no = presence_check(false, {"ada", "present"}, {"tidak ada", "absent"});
  EXPECT_EQ(no.status, Status::not_met);
  EXPECT_EQ(no.reason.en, "absent");
}

TEST(ComplianceRules, AConditionKeepsOnlyTheSubjectsItNames) {
  auto subject = [](std::string kind, std::string category = "", bool own_ict = false) {
    Subject s;
    s.kind = std::move(kind);
    s.category = std::move(category);
    s.ict_self_sufficient = s.runs_own_services = own_ict;
    return s;
  };
  Subject app = subject("application", "common");
  Subject agency = subject("agency");
  Subject own = subject("agency", "", true);
  Subject service = subject("service", "public");
  EXPECT_TRUE(condition_holds("", agency));
  EXPECT_TRUE(condition_holds("application_common", app));
  EXPECT_FALSE(condition_holds("application_agency_special", app));
  EXPECT_FALSE(condition_holds("application_common", agency));  // not an application at all
  EXPECT_TRUE(condition_holds("not_ict_self_sufficient", agency));
  EXPECT_FALSE(condition_holds("ict_self_sufficient", agency));
  EXPECT_TRUE(condition_holds("ict_self_sufficient", own));
  EXPECT_TRUE(condition_holds("runs_own_services", own));
  EXPECT_TRUE(condition_holds("public_service", service));
  EXPECT_FALSE(condition_holds("a_word_the_loader_refuses", own));
  // A record an agency owns carries its owner's standing (Madiun Pasal 18 ayat (6) huruf b: the
  // LAN of a PD Mandiri TIK); a record of no agency has none.
  Subject lan{.kind = "network", .id = "7", .name = "LAN", .agency_id = 3};
  lan.ict_self_sufficient = true;
  EXPECT_TRUE(condition_holds("ict_self_sufficient", lan));
  EXPECT_FALSE(condition_holds("not_ict_self_sufficient", lan));
  Subject wan{.kind = "network", .id = "8", .name = "WAN"};
  EXPECT_FALSE(condition_holds("ict_self_sufficient", wan));
  EXPECT_FALSE(condition_holds("not_ict_self_sufficient", wan));
}

TEST(ComplianceRules, EveryBindsWordMakesAStatementSubjectKind) {
  EXPECT_EQ(subject_kind_of("region"), "region");
  EXPECT_EQ(subject_kind_of("region_head"), "position");
  EXPECT_EQ(subject_kind_of("gcio"), "position");
  EXPECT_EQ(subject_kind_of("committee"), "committee");
  for (const char* binds : {"every_agency", "ict_office", "planning_office", "organization_bureau"})
    EXPECT_EQ(subject_kind_of(binds), "agency") << binds;
  EXPECT_EQ(subject_kind_of("each_application"), "application");
  EXPECT_EQ(subject_kind_of("each_employee"), "employee");
}

TEST(ComplianceRules, WorstFirstThenSoonestThenUndatedThenProfileOrder) {
  std::vector<Finding> f{finding(Status::met, "2025-01-01", 0),      finding(Status::not_met, "", 1),
                         finding(Status::overdue, "2025-03-01", 2),  finding(Status::not_met, "2025-02-01", 3),
                         finding(Status::overdue, "2025-01-15", 4),  finding(Status::not_met, "", 5)};
  auto order = [&] {
    std::vector<const profiles::Obligation*> out;
    for (const auto& x : f) out.push_back(x.obligation);
    return out;
  };
  auto before = order();
  sort_soonest_first(f);
  auto after = order();
  std::vector<const profiles::Obligation*> expected{before[4], before[2], before[3], before[1], before[5], before[0]};
  EXPECT_EQ(after, expected);
}

TEST(ComplianceStatements, NoStatementIsNotMet) {
  EXPECT_EQ(statement_check(obligation("required_record"), {}, "2025-06-01").status, Status::not_met);
  auto periodic = statement_check(obligation("periodic_submission"), {}, "2025-06-01");
  EXPECT_EQ(periodic.status, Status::not_met);
  EXPECT_EQ(periodic.due_on, "2025-06-01");
  EXPECT_TRUE(periodic.evidence.empty());
}

TEST(ComplianceStatements, APeriodicDutyCountsFromTheNewestStatement) {
  // The book hands statements newest first.
  auto c = statement_check(obligation("periodic_event"), {statement(2, "2025-03-01"), statement(1, "2023-01-01")}, "2025-06-01");
  EXPECT_EQ(c.status, Status::met);
  EXPECT_EQ(c.due_on, "2026-03-01");
  ASSERT_EQ(c.evidence.size(), 1u);
  EXPECT_EQ(c.evidence[0].kind, "statement");
  EXPECT_EQ(c.evidence[0].href, "/kepatuhan/pernyataan/2");
  EXPECT_EQ(c.evidence[0].date, "2025-03-01");
}

TEST(ComplianceStatements, AStandingDutyHoldsWhileItsStatementDoes) {
  auto o = obligation("required_record");
  EXPECT_EQ(statement_check(o, {statement(1, "2025-01-01")}, "2030-01-01").status, Status::met);  // no end
  EXPECT_EQ(statement_check(o, {statement(1, "2025-01-01", "2025-05-31")}, "2025-06-01").status, Status::overdue);
  // The one that holds longest decides, whichever was done last.
  auto c = statement_check(o, {statement(2, "2025-05-01", "2025-06-10"), statement(1, "2025-01-01", "2026-01-01")},
                           "2025-06-01");
  EXPECT_EQ(c.status, Status::met);
  EXPECT_EQ(c.due_on, "2026-01-01");
  EXPECT_EQ(c.evidence.at(0).id, "1");
  // A statement without an end outlasts every dated one.
  auto open = statement_check(o, {statement(3, "2025-05-01", "2025-06-10"), statement(4, "2024-01-01")}, "2025-06-01");
  EXPECT_EQ(open.evidence.at(0).id, "4");
  EXPECT_TRUE(open.due_on.empty());
}
