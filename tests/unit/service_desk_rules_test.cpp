// The service desk's calendar and report rules as pure functions: business hours (HH:MM,
// start before end, no overlap, at least one business minute a week), holidays (a real date,
// a name), SLA targets (all 20 pairs, whole minutes, response no later than resolution) and
// the report arithmetic (percentages with one decimal, none when nothing was measured).
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <functional>

#include "core/problem.h"
#include "modules/service_desk/calendar_rules.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/coverage.h"
#include "modules/service_desk/national_holidays.h"
#include "modules/service_desk/periodic_workbook.h"
#include "modules/service_desk/report_rules.h"
#include "modules/tickets/model.h"
#include "profiles/loader.h"

using namespace simpul;
using namespace simpul::service_desk;
using nlohmann::json;

namespace {

json default_hours() {
  return json::parse(R"({"mon":[["07:30","16:00"]],"tue":[["07:30","16:00"]],"wed":[["07:30","16:00"]],
                         "thu":[["07:30","16:00"]],"fri":[["07:30","16:30"]],"sat":[],"sun":[]})");
}

std::vector<std::string> hour_errors(const json& hours) {
  std::vector<FieldError> errors;
  read_business_hours(hours, "business_hours", errors);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  return fields;
}

json all_targets() {
  json items = json::array();
  for (const auto& kind : {"complaint", "incident", "problem", "request", "change"})
    for (const auto& priority : {"critical", "high", "medium", "low"}) {
      auto t = default_sla_target(priority);
      items.push_back({{"kind", kind}, {"priority", priority}, {"response_minutes", t.response_minutes},
                       {"resolution_minutes", t.resolution_minutes}});
    }
  return {{"items", items}};
}

}  // namespace

TEST(ServiceDeskHours, ClockTextBothWays) {
  EXPECT_EQ(minutes_of_clock("07:30"), 450);
  EXPECT_EQ(minutes_of_clock("00:00"), 0);
  EXPECT_EQ(minutes_of_clock("24:00"), 1440);
  for (const char* bad : {"7:30", "07:60", "24:01", "25:00", "07-30", "07:3a", "", "007:30"})
    EXPECT_FALSE(minutes_of_clock(bad)) << bad;
  EXPECT_EQ(clock_of_minutes(450), "07:30");
  EXPECT_EQ(clock_of_minutes(1440), "24:00");
}

TEST(ServiceDeskHours, TheDefaultWeekReadsBackAsTheDefaultCalendar) {
  std::vector<FieldError> errors;
  auto hours = read_business_hours(default_hours(), "business_hours", errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(hours, default_calendar(420).hours);
  EXPECT_EQ(business_hours_json(hours), default_hours());
}

TEST(ServiceDeskHours, RangesAreSortedAndMayTouch) {
  auto value = default_hours();
  value["mon"] = json::parse(R"([["13:00","16:00"],["07:30","13:00"]])");
  std::vector<FieldError> errors;
  auto hours = read_business_hours(value, "business_hours", errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(hours[0], (std::vector<std::pair<int, int>>{{450, 780}, {780, 960}}));
}

TEST(ServiceDeskHours, WrongHoursNameTheirField) {
  auto with = [](const char* day, const char* ranges) {
    auto v = default_hours();
    v[day] = json::parse(ranges);
    return v;
  };
  EXPECT_EQ(hour_errors(with("mon", R"([["7:30","16:00"]])")), std::vector<std::string>{"business_hours.mon.0"});
  EXPECT_EQ(hour_errors(with("tue", R"([["16:00","16:00"]])")), std::vector<std::string>{"business_hours.tue.0"});
  EXPECT_EQ(hour_errors(with("wed", R"([["07:30","12:00"],["11:59","16:00"]])")),
            std::vector<std::string>{"business_hours.wed"});
  EXPECT_EQ(hour_errors(with("thu", R"([["07:30"]])")), std::vector<std::string>{"business_hours.thu.0"});
  EXPECT_EQ(hour_errors(with("fri", R"("07:30-16:00")")), std::vector<std::string>{"business_hours.fri"});
  auto missing = default_hours();
  missing.erase("sun");
  EXPECT_EQ(hour_errors(missing), std::vector<std::string>{"business_hours.sun"});
  auto unknown = default_hours();
  unknown["minggu"] = json::array();
  EXPECT_EQ(hour_errors(unknown), std::vector<std::string>{"business_hours.minggu"});
  EXPECT_EQ(hour_errors(json::array()), std::vector<std::string>{"business_hours"});
}

TEST(ServiceDeskHours, AWeekNeedsAtLeastOneBusinessMinute) {
  json none = json::object();
  for (const auto& day : kWeekdayKeys) none[day] = json::array();
  EXPECT_EQ(hour_errors(none), std::vector<std::string>{"business_hours"});
  none["sat"] = json::parse(R"([["08:00","08:01"]])");
  EXPECT_TRUE(hour_errors(none).empty());
}

TEST(ServiceDeskHolidays, ADateAndAName) {
  auto h = read_holiday({{"day", "2026-12-25"}, {"name", "  Hari Raya Natal "}});
  EXPECT_EQ(h.day, "2026-12-25");
  EXPECT_EQ(h.name, "Hari Raya Natal");
  EXPECT_EQ(fields_of([] { read_holiday({{"day", "2026-02-29"}, {"name", "x"}}); }), std::vector<std::string>{"day"});
  EXPECT_EQ(fields_of([] { read_holiday({{"day", nullptr}, {"name", "x"}}); }), std::vector<std::string>{"day"});
  EXPECT_EQ(fields_of([] { read_holiday({{"name", ""}}); }), (std::vector<std::string>{"day", "name"}));
  EXPECT_EQ(fields_of([] { read_holiday({{"day", "2026-12-25"}, {"name", std::string(101, 'x')}}); }),
            std::vector<std::string>{"name"});
}

TEST(ServiceDeskHolidays, TheNationalListIsOrderedUniqueAndReal) {
  const auto& days = national_holidays();
  ASSERT_GE(days.size(), 25u);  // 2026: 17 libur nasional + 8 cuti bersama
  for (size_t i = 1; i < days.size(); ++i) EXPECT_LT(days[i - 1].first, days[i].first);
  int in_2026 = 0;
  for (const auto& [day, name] : days) {
    EXPECT_TRUE(read_holiday({{"day", day}, {"name", name}}).day == day);
    in_2026 += day.starts_with("2026-");
  }
  EXPECT_EQ(in_2026, 25);
}

TEST(ServiceDeskTargets, DefaultsFollowTheContract) {
  EXPECT_EQ(default_sla_target("critical").response_minutes, 30);
  EXPECT_EQ(default_sla_target("critical").resolution_minutes, 240);
  EXPECT_EQ(default_sla_target("high").resolution_minutes, 480);
  EXPECT_EQ(default_sla_target("medium").response_minutes, 240);
  EXPECT_EQ(default_sla_target("medium").resolution_minutes, 1440);
  EXPECT_EQ(default_sla_target("low").resolution_minutes, 2400);
}

TEST(ServiceDeskTargets, TheOrderedWordsAreTheTicketsWords) {
  EXPECT_EQ(std::set<std::string>(kTicketKinds.begin(), kTicketKinds.end()), modules::tickets::kKinds);
  EXPECT_EQ(std::set<std::string>(kTicketPriorities.begin(), kTicketPriorities.end()), modules::tickets::kPriorities);
}

TEST(ServiceDeskTargets, AllTwentyPairsAreRead) {
  auto rows = read_sla_targets(all_targets());
  ASSERT_EQ(rows.size(), 20u);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& r : rows) pairs.insert({r.kind, r.priority});
  EXPECT_EQ(pairs.size(), 20u);
  EXPECT_EQ(sla_targets_json(rows).size(), 20u);
}

TEST(ServiceDeskTargets, EachWrongItemIsNamed) {
  auto body = all_targets();
  body["items"][0]["response_minutes"] = 0;
  body["items"][1]["resolution_minutes"] = 525601;
  body["items"][2]["priority"] = "urgent";
  body["items"][3]["response_minutes"] = 2000;  // a response later than the resolution
  body["items"][3]["resolution_minutes"] = 1000;
  body["items"][4]["response_minutes"] = 1.5;
  EXPECT_EQ(fields_of([&] { read_sla_targets(body); }),
            (std::vector<std::string>{"items.0.response_minutes", "items.1.resolution_minutes", "items.2.priority",
                                      "items.3.response_minutes", "items.4.response_minutes"}));
}

TEST(ServiceDeskTargets, MissingOrRepeatedPairsAreRefused) {
  auto body = all_targets();
  body["items"].erase(body["items"].begin() + 7);
  EXPECT_EQ(fields_of([&] { read_sla_targets(body); }), std::vector<std::string>{"items"});
  auto twice = all_targets();
  twice["items"][5] = twice["items"][4];
  auto fields = fields_of([&] { read_sla_targets(twice); });
  EXPECT_EQ(fields, std::vector<std::string>{"items.5"});
  EXPECT_EQ(fields_of([] { read_sla_targets(json::object()); }), std::vector<std::string>{"items"});
  EXPECT_EQ(fields_of([] { read_sla_targets({{"items", json::array()}, {"version", 3}}); }),
            (std::vector<std::string>{"version", "items"}));
}

TEST(ServiceDeskReports, PercentagesHaveOneDecimalAndNoneWithoutMeasure) {
  EXPECT_EQ(percentage(2, 3), 66.7);
  EXPECT_EQ(percentage(1, 3), 33.3);
  EXPECT_EQ(percentage(1, 8), 12.5);
  EXPECT_EQ(percentage(0, 5), 0.0);
  EXPECT_EQ(percentage(5, 5), 100.0);
  EXPECT_FALSE(percentage(0, 0));
  EXPECT_EQ(percentage_text(percentage(2, 3)), "66.7");
  EXPECT_EQ(percentage_text(percentage(1, 1)), "100.0");
  EXPECT_EQ(percentage_text(std::nullopt), "");
}

TEST(ServiceDeskReports, ARowShowsCountsAndRates) {
  ReportCounts c{.opened = 3, .resolved = 1, .backlog = 2, .response_measured = 2, .response_met = 1,
                 .resolution_measured = 0, .resolution_met = 0, .escalated = 1};
  auto row = report_row("7", "Dinas Kesehatan", c);
  EXPECT_EQ(row["opened"], 3);
  EXPECT_EQ(row["resolved"], 1);
  EXPECT_EQ(row["backlog"], 2);
  EXPECT_EQ(row["response_met_pct"], 50.0);
  EXPECT_TRUE(row["resolution_met_pct"].is_null());
  EXPECT_EQ(row["escalation_rate_pct"], 33.3);
  EXPECT_TRUE(report_row("total", "Jumlah", {})["escalation_rate_pct"].is_null());
  ReportCounts sum = c;
  sum += ReportCounts{.opened = 1, .resolved = 1, .response_measured = 1, .response_met = 1, .resolution_measured = 1,
                      .resolution_met = 1};
  auto total = report_row("total", "Jumlah", sum);
  EXPECT_EQ(total["opened"], 4);
  EXPECT_EQ(total["backlog"], 2);
  EXPECT_EQ(total["response_met_pct"], 66.7);
  EXPECT_EQ(total["resolution_met_pct"], 100.0);
  EXPECT_EQ(total["escalation_rate_pct"], 25.0);
}

TEST(ServiceDeskReports, MonthsAreLocal) {
  EXPECT_FALSE(parse_month("2026-13"));
  EXPECT_FALSE(parse_month("2026-1"));
  EXPECT_FALSE(parse_month("26-11"));
  ASSERT_TRUE(parse_month("2026-11"));
  Month nov = *parse_month("2026-11");
  EXPECT_EQ(month_text(next_month(*parse_month("2026-12"))), "2027-01");
  EXPECT_EQ(months_from_to(nov, *parse_month("2027-02")).size(), 4u);
  EXPECT_TRUE(months_from_to(nov, *parse_month("2026-10")).empty());
  // 1 November 00:00 WIB is 31 October 17:00 UTC; WIT is two hours earlier still.
  EXPECT_EQ(month_start_utc(nov, 420), "2026-10-31T17:00:00.000Z");
  EXPECT_EQ(month_start_utc(nov, 540), "2026-10-31T15:00:00.000Z");
}

TEST(ServiceDeskReports, ThePeriodicWorkbookHasItsFourSheets) {
  PeriodicReport r;
  r.region_name = "Kota Madiun";
  r.month = "2026-11";
  r.citation = "Perwali Madiun 39/2021 Pasal 39 ayat (7) huruf a";
  r.totals = {.opened = 2, .resolved = 1, .backlog = 1, .escalated = 1};
  r.by_agency = {{"Dinas Kesehatan", r.totals}};
  r.tickets = {{"LYN-2026-000001", "Gangguan", "Printer", "Dinas Kesehatan", "", "medium", "Baru", "Tier 1",
                "2026-11-02T01:00:00.000Z", "running", "running"}};
  auto sheets = periodic_sheets(r);
  ASSERT_EQ(sheets.size(), 4u);
  EXPECT_EQ(sheets[0].name, "Ringkasan");
  EXPECT_EQ(std::get<std::string>(sheets[0].rows[3][1]), r.citation);
  EXPECT_EQ(std::get<std::string>(sheets[0].rows[0][1]), "Kota Madiun");
  EXPECT_EQ(std::get<int64_t>(sheets[1].rows[0][1]), 2);
  EXPECT_EQ(std::get<std::string>(sheets[1].rows[0][6]), "50.0");
  EXPECT_TRUE(sheets[2].rows.empty());
  EXPECT_EQ(std::get<std::string>(sheets[3].rows[0][0]), "LYN-2026-000001");
}

TEST(ServiceDeskCoverage, EveryProfileCitesItsTier1Article) {
  ASSERT_GE(profiles::builtin_profiles().size(), 5u);
  for (const auto& profile : profiles::builtin_profiles()) {
    auto o = tier1_obligation(&profile);
    ASSERT_TRUE(o) << profile.name;
    EXPECT_EQ(o->citation, profile.citation.short_name + " " + o->article);
    EXPECT_TRUE(report_obligation(&profile)) << profile.name;
  }
  auto probolinggo = report_obligation(profiles::find_builtin("probolinggo"));
  ASSERT_TRUE(probolinggo);
  EXPECT_NE(probolinggo->article.find("Pasal 27"), std::string::npos);
  EXPECT_FALSE(tier1_obligation(nullptr));
}
