// The organisation's pure rules: the NIP, agencies' roles and parents, and the
// PD Mandiri TIK workflow (Perwali Madiun 39/2021 Pasal 45).
#include <gtest/gtest.h>

#include "core/dates.h"
#include "modules/agencies/rules.h"
#include "modules/people/nip.h"
#include "modules/people/rules.h"
#include "modules/self_sufficiency/rules.h"

using namespace simpul;
using namespace simpul::modules;

namespace {
const std::string kToday = "2026-11-28";

std::vector<std::string> fields_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const ProblemError& e) {
    std::vector<std::string> out;
    for (const auto& err : e.problem().errors) out.push_back(err.field);
    return out;
  }
  return {};
}
}  // namespace

TEST(Nip, AcceptsAWellFormedNip) {
  // Born 12 March 1985, appointed January 2010, male, serial 001.
  EXPECT_FALSE(people::nip_problem("198503122010011001", kToday));
  EXPECT_FALSE(people::nip_problem("197001012000122999", kToday));
}

TEST(Nip, SaysWhatIsWrong) {
  auto reason = [](const std::string& nip) {
    auto p = people::nip_problem(nip, kToday);
    return p ? p->en : std::string("valid");
  };
  EXPECT_NE(reason("19850312201001100").find("exactly 18 digits"), std::string::npos);      // 17 digits
  EXPECT_NE(reason("1985031220100110011").find("exactly 18 digits"), std::string::npos);    // 19 digits
  EXPECT_NE(reason("19850312201001100A").find("exactly 18 digits"), std::string::npos);     // a letter
  EXPECT_NE(reason("198513122010011001").find("not a real date"), std::string::npos);       // month 13
  EXPECT_NE(reason("198502302010011001").find("not a real date"), std::string::npos);       // 30 February
  EXPECT_NE(reason("198503122010131001").find("month 13 does not exist"), std::string::npos);
  EXPECT_NE(reason("198503122000011001").find("before the age of 18"), std::string::npos);  // appointed at 14
  EXPECT_NE(reason("198503122030011001").find("in the future"), std::string::npos);
  EXPECT_NE(reason("198503122010013001").find("the sex"), std::string::npos);
  EXPECT_NE(reason("198503122010011000").find("serial"), std::string::npos);
}

TEST(Nip, LeapDaysAreRealBirthDates) {
  EXPECT_FALSE(people::nip_problem("198802292010011001", kToday));
  EXPECT_TRUE(people::nip_problem("198702292010011001", kToday));
}

TEST(PersonRules, InvalidNipIsAFieldErrorOnNip) {
  EXPECT_EQ(fields_of([] { people::parse_person({{"name", "Sri Wahyuni"}, {"nip", "123"}}, true, kToday); }),
            std::vector<std::string>{"nip"});
  EXPECT_EQ(fields_of([] { people::parse_person({{"nip", "198503122010011001"}}, true, kToday); }),
            std::vector<std::string>{"name"});
  EXPECT_EQ(fields_of([] { people::parse_person({{"name", "A"}, {"spbe_roles", {"king"}}}, true, kToday); }),
            std::vector<std::string>{"spbe_roles"});
  EXPECT_EQ(fields_of([] { people::parse_person({{"name", "A"}, {"email", "not-an-address"}}, true, kToday); }),
            std::vector<std::string>{"email"});
  EXPECT_TRUE(fields_of([] { people::parse_person({{"name", "A"}, {"nip", nullptr}}, true, kToday); }).empty());
}

TEST(AgencyRules, RolesAreHeldOnceAndShortNamesAreUnique) {
  agencies::Agency kominfo{1, "r", "Dinas Komunikasi dan Informatika", "Diskominfo"};
  kominfo.ict_office = true;
  agencies::Agency other{2, "r", "Dinas Kesehatan", "Dinkes"};
  other.ict_office = true;
  auto errors = agencies::conflicts_with(other, {kominfo, other});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "roles");
  other.ict_office = false;
  other.short_name = "Diskominfo";
  errors = agencies::conflicts_with(other, {kominfo, other});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "short_name");
}

TEST(AgencyRules, AParentMustExistAndNotMakeACircle) {
  agencies::Agency setda{1, "r", "Sekretariat Daerah", "Setda"};
  agencies::Agency bagian{2, "r", "Bagian Organisasi", "Bag. Organisasi"};
  bagian.parent_agency_id = 1;
  EXPECT_TRUE(agencies::conflicts_with(bagian, {setda, bagian}).empty());
  setda.parent_agency_id = 2;  // Setda under its own Bagian
  auto errors = agencies::conflicts_with(setda, {setda, bagian});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "parent_agency_id");
  bagian.parent_agency_id = 99;
  EXPECT_EQ(agencies::conflicts_with(bagian, {setda, bagian}).at(0).field, "parent_agency_id");
}

namespace {
simpul::profiles::SelfSufficiency madiun_rule() {
  simpul::profiles::SelfSufficiency s;
  s.article = "Pasal 45";
  s.criteria = {{"ict_staff", "Pasal 45 ayat (4) huruf a", "memiliki SDM TIK"},
                {"build_experience", "Pasal 45 ayat (4) huruf b", "telah memiliki kemampuan dan pengalaman"}};
  return s;
}
nlohmann::json both(bool staff, bool experience) {
  return {{"ict_staff", {{"met", staff}}}, {"build_experience", {{"met", experience}, {"note", "SIMPEG dibangun sendiri"}}}};
}
}  // namespace

TEST(SelfSufficiency, EveryCriterionOfTheRegulationMustBeJudged) {
  auto rule = madiun_rule();
  auto j = self_sufficiency::parse_judgements(both(true, false), rule);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_FALSE(j[1].met);
  EXPECT_EQ(j[1].note, "SIMPEG dibangun sendiri");
  EXPECT_EQ(fields_of([&] { self_sufficiency::parse_judgements({{"ict_staff", {{"met", true}}}}, rule); }),
            std::vector<std::string>{"criteria.build_experience"});
  auto extra = both(true, true);
  extra["budget"] = {{"met", true}};
  EXPECT_EQ(fields_of([&] { self_sufficiency::parse_judgements(extra, rule); }), std::vector<std::string>{"criteria.budget"});
  EXPECT_EQ(fields_of([&] { self_sufficiency::parse_judgements({{"ict_staff", {{"met", "yes"}}}, {"build_experience", {{"met", true}}}}, rule); }),
            std::vector<std::string>{"criteria.ict_staff"});
}

TEST(SelfSufficiency, OnlyAQualifyingAssessmentIsProposed) {
  self_sufficiency::Assessment a;
  a.criteria = self_sufficiency::parse_judgements(both(true, false), madiun_rule());
  auto why = self_sufficiency::cannot_propose(a);
  ASSERT_TRUE(why);
  EXPECT_NE(why->en.find("Pasal 45 ayat (5)"), std::string::npos);
  a.criteria = self_sufficiency::parse_judgements(both(true, true), madiun_rule());
  EXPECT_FALSE(self_sufficiency::cannot_propose(a));
  a.status = "proposed";
  EXPECT_TRUE(self_sufficiency::cannot_propose(a));
}

TEST(SelfSufficiency, TheStateMachine) {
  self_sufficiency::Assessment a;
  EXPECT_TRUE(self_sufficiency::cannot_decide(a));  // assessed: not yet proposed
  EXPECT_FALSE(self_sufficiency::cannot_withdraw(a));
  a.status = "proposed";
  EXPECT_FALSE(self_sufficiency::cannot_decide(a));
  EXPECT_FALSE(self_sufficiency::cannot_withdraw(a));
  for (const char* closed : {"granted", "refused", "withdrawn"}) {
    a.status = closed;
    EXPECT_TRUE(self_sufficiency::cannot_decide(a)) << closed;
    EXPECT_TRUE(self_sufficiency::cannot_withdraw(a)) << closed;
    EXPECT_FALSE(self_sufficiency::is_open(closed));
  }
}

TEST(SelfSufficiency, AGrantNeedsItsDecreeAndARefusalItsReason) {
  using self_sufficiency::parse_decision;
  auto d = parse_decision({{"decision", "granted"}, {"decree_number", "188.45/123/401.012/2026"}, {"decree_date", "2026-11-20"}},
                          kToday, "2026-11-01");
  EXPECT_TRUE(d.granted);
  EXPECT_EQ(d.decree_date, "2026-11-20");
  EXPECT_EQ(fields_of([] { parse_decision({{"decision", "granted"}}, kToday, "2026-11-01"); }),
            (std::vector<std::string>{"decree_number", "decree_date"}));
  EXPECT_EQ(fields_of([] { parse_decision({{"decision", "granted"}, {"decree_number", "1"}, {"decree_date", "2026-12-01"}}, kToday, "2026-11-01"); }),
            std::vector<std::string>{"decree_date"});  // in the future
  EXPECT_EQ(fields_of([] { parse_decision({{"decision", "granted"}, {"decree_number", "1"}, {"decree_date", "2026-10-01"}}, kToday, "2026-11-01"); }),
            std::vector<std::string>{"decree_date"});  // before the proposal
  EXPECT_EQ(fields_of([] { parse_decision({{"decision", "granted"}, {"decree_number", "1"}, {"decree_date", "2026-02-30"}}, kToday, "2026-01-01"); }),
            std::vector<std::string>{"decree_date"});  // no such day
  EXPECT_EQ(fields_of([] { parse_decision({{"decision", "refused"}}, kToday, "2026-11-01"); }), std::vector<std::string>{"note"});
  EXPECT_EQ(fields_of([] { parse_decision({{"decision", "maybe"}}, kToday, "2026-11-01"); }), std::vector<std::string>{"decision"});
}

TEST(Dates, CalendarDatesAndZones) {
  EXPECT_TRUE(is_calendar_date("2024-02-29"));
  EXPECT_FALSE(is_calendar_date("2023-02-29"));
  EXPECT_FALSE(is_calendar_date("2023-2-28"));
  EXPECT_FALSE(is_calendar_date("2023-02-28x"));
  EXPECT_EQ(utc_offset_hours("Asia/Makassar"), 8);
  EXPECT_EQ(utc_offset_hours("Asia/Jayapura"), 9);
  EXPECT_TRUE(is_calendar_date(today_in_zone("Asia/Jakarta")));
}
