// Risk contexts and monitoring reports as pure rules (PermenPANRB 5/2020, Formulir 2.0 and 5.0):
// the periods and their due dates, when a report may be drafted and submitted in the region's
// zone (WIB, WITA, WIT), the annual report's recommendations, the snapshot of the register and
// the "missing reports" list the committee sees; refusals cite the region's article.
#include <gtest/gtest.h>

#include <chrono>

#include "core/dates.h"
#include "modules/risk_reports/rules.h"
#include "modules/risks/rules.h"
#include "modules/risk_reports/workbook.h"
#include "modules/risks/criteria.h"
#include "profile_expectations.h"
#include "refused_fields.h"

using namespace simpul;
using namespace simpul::modules::risk_reports;
using simpul::profiles::expectations::builtin_profile;

namespace {

// An instant given as "2026-03-31T17:00:00Z".
std::chrono::system_clock::time_point at(const std::string& utc) {
  using namespace std::chrono;
  auto n = [&](size_t from, size_t len) { return std::stoi(utc.substr(from, len)); };
  sys_days day{year{n(0, 4)} / month{static_cast<unsigned>(n(5, 2))} / std::chrono::day{static_cast<unsigned>(n(8, 2))}};
  return day + hours{n(11, 2)} + minutes{n(14, 2)} + seconds{n(17, 2)};
}

RiskReport report(const std::string& period, int64_t year = 2026) {
  RiskReport r;
  r.id = 4;
  r.agency_id = 3;
  r.year = year;
  r.period = period;
  return r;
}

}  // namespace

TEST(RiskReportRules, PeriodsAreQuartersAndTheYearWithDueDatesTenDaysAfter) {
  auto q1 = period_dates(2026, "q1");
  EXPECT_EQ(q1.starts_on, "2026-01-01");
  EXPECT_EQ(q1.ends_on, "2026-03-31");
  EXPECT_EQ(q1.due_on, "2026-04-10");
  auto q2 = period_dates(2026, "q2");
  EXPECT_EQ(q2.starts_on, "2026-04-01");
  EXPECT_EQ(q2.ends_on, "2026-06-30");
  EXPECT_EQ(q2.due_on, "2026-07-10");
  auto q3 = period_dates(2026, "q3");
  EXPECT_EQ(q3.starts_on, "2026-07-01");
  EXPECT_EQ(q3.ends_on, "2026-09-30");
  EXPECT_EQ(q3.due_on, "2026-10-10");
  auto year = period_dates(2026, "annual");
  EXPECT_EQ(year.starts_on, "2026-01-01");
  EXPECT_EQ(year.ends_on, "2026-12-31");
  EXPECT_EQ(year.due_on, "2027-01-10");  // crosses into the next year
  EXPECT_EQ(period_dates(2024, "q1").ends_on, "2024-03-31");
  EXPECT_EQ(period_label("q3").id, "Triwulan III");
  EXPECT_EQ(period_label("annual").id, "Tahunan");
}

TEST(RiskReportRules, OverdueOnlyAfterTheDueDay) {
  auto q1 = period_dates(2026, "q1");
  EXPECT_FALSE(is_overdue(q1, "2026-04-10"));
  EXPECT_TRUE(is_overdue(q1, "2026-04-11"));
}

TEST(RiskReportRules, TheQuarterEndsAtLocalMidnightOfEachZone) {
  // 31 March 2026 16:30 UTC is 23:30 in Madiun (WIB), already 1 April in Kendari (WITA) and Jayapura (WIT).
  auto instant = at("2026-03-31T16:30:00Z");
  auto wib = date_in_zone(instant, "Asia/Jakarta"), wita = date_in_zone(instant, "Asia/Makassar"),
       wit = date_in_zone(instant, "Asia/Jayapura");
  EXPECT_EQ(wib, "2026-03-31");
  EXPECT_EQ(wita, "2026-04-01");
  EXPECT_EQ(wit, "2026-04-01");
  auto q1 = report("q1");
  EXPECT_TRUE(cannot_submit(q1, wib, ""));
  EXPECT_FALSE(cannot_submit(q1, wita, ""));
  EXPECT_FALSE(cannot_submit(q1, wit, ""));
  // WIT turns the day at 15:00 UTC, WITA at 16:00, WIB at 17:00.
  EXPECT_EQ(date_in_zone(at("2026-03-31T14:59:59Z"), "Asia/Jayapura"), "2026-03-31");
  EXPECT_EQ(date_in_zone(at("2026-03-31T15:00:00Z"), "Asia/Jayapura"), "2026-04-01");
  EXPECT_EQ(date_in_zone(at("2026-03-31T15:59:59Z"), "Asia/Makassar"), "2026-03-31");
  EXPECT_EQ(date_in_zone(at("2026-03-31T16:59:59Z"), "Asia/Jakarta"), "2026-03-31");
  EXPECT_EQ(date_in_zone(at("2026-03-31T17:00:00Z"), "Asia/Jakarta"), "2026-04-01");
  // The second quarter may be drafted from its first local day.
  EXPECT_TRUE(cannot_draft(2026, "q2", wib, ""));
  EXPECT_FALSE(cannot_draft(2026, "q2", wita, ""));
}

TEST(RiskReportRules, DraftingWaitsForThePeriodToBeginAndCitesTheArticle) {
  EXPECT_FALSE(cannot_draft(2026, "q1", "2026-01-01", ""));
  EXPECT_FALSE(cannot_draft(2026, "annual", "2026-01-01", ""));  // the yearly report is kept all year
  EXPECT_FALSE(cannot_draft(2025, "q3", "2026-02-01", ""));      // a late report of a past year
  auto why = cannot_draft(2026, "q3", "2026-06-30", "Perwali Madiun 39/2021 Pasal 32 ayat (2)");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("2026-07-01"), std::string::npos);
  EXPECT_NE(why->id.find("(Perwali Madiun 39/2021 Pasal 32 ayat (2))"), std::string::npos);
  EXPECT_NE(why->en.find("Quarter III"), std::string::npos);
}

TEST(RiskReportRules, SubmittingWaitsForThePeriodToEndAndThenIsFinal) {
  auto q2 = report("q2");
  auto why = cannot_submit(q2, "2026-06-30", "Perwali Madiun 39/2021 Pasal 32 ayat (2)");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("2026-06-30"), std::string::npos);
  EXPECT_NE(why->id.find("Pasal 32 ayat (2)"), std::string::npos);
  EXPECT_FALSE(cannot_submit(q2, "2026-07-01", ""));
  EXPECT_TRUE(cannot_submit(report("annual"), "2026-12-31", ""));
  EXPECT_FALSE(cannot_submit(report("annual"), "2027-01-01", ""));

  q2.status = "submitted";
  q2.submitted_at = "2026-07-02T01:00:00.000Z";
  ASSERT_TRUE(cannot_change(q2));
  EXPECT_NE(cannot_change(q2)->id.find("2026-07-02"), std::string::npos);
  EXPECT_TRUE(cannot_submit(q2, "2026-08-01", ""));
  EXPECT_TRUE(allowed_actions(q2, "2026-08-01").empty());
  EXPECT_FALSE(cannot_change(report("q2")));
}

TEST(RiskReportRules, TheAnnualReportNeedsRecommendationsAndOnlyItHasThem) {
  auto annual = report("annual");
  ASSERT_EQ(submission_errors(annual).size(), 1u);
  EXPECT_EQ(submission_errors(annual)[0].field, "recommendations");
  annual.recommendations = "   ";
  EXPECT_EQ(submission_errors(annual).size(), 1u);
  annual.recommendations = "Tambah anggaran pemulihan bencana pusat data.";
  EXPECT_TRUE(submission_errors(annual).empty());
  EXPECT_TRUE(submission_errors(report("q1")).empty());

  EXPECT_EQ(fields_of([] { parse_report_edit({{"recommendations", "Perkuat cadangan data."}}, "q1"); }),
            std::vector<std::string>{"recommendations"});
  EXPECT_TRUE(fields_of([] { parse_report_edit({{"recommendations", "Perkuat cadangan data."}}, "annual"); }).empty());
  EXPECT_TRUE(fields_of([] { parse_report_edit({{"recommendations", ""}, {"summary", "Ringkas."}}, "q1"); }).empty());
  EXPECT_EQ(fields_of([] { parse_report_edit({{"status", "submitted"}}, "q1"); }), std::vector<std::string>{"status"});
  auto edit = parse_report_edit({{"summary", "  Dua risiko turun level.  "}}, "q2");
  EXPECT_EQ(edit.summary.value_or(""), "Dua risiko turun level.");
  EXPECT_FALSE(edit.recommendations);
}

TEST(RiskReportRules, AllowedActionsFollowTheRules) {
  auto q1 = report("q1");
  EXPECT_EQ(allowed_actions(q1, "2026-02-01"), (std::vector<std::string>{"refresh"}));
  EXPECT_EQ(allowed_actions(q1, "2026-04-01"), (std::vector<std::string>{"refresh", "submit"}));
  auto annual = report("annual");
  EXPECT_EQ(allowed_actions(annual, "2027-01-02"), (std::vector<std::string>{"refresh"}));  // no recommendations yet
}

TEST(RiskReportRules, SnapshotProjectsTheResidualBeforeTheCurrentLevel) {
  std::vector<RegisterRisk> risks{
      {12, 2, "negative", "Server aplikasi SIMPEG mati", "Layanan kepegawaian andal", 20, 5, 9, 3},
      {11, 1, "negative", "Kebocoran data pasien", "Data kesehatan aman", 15, 4, std::nullopt, std::nullopt}};
  std::vector<RegisterTreatment> treatments{
      {101, 12, "Pasang UPS", "UPS terpasang", "2026-01-10", "2026-02-28", "done", "2026-02-20", "Dinas Kominfo"},
      {102, 12, "Replikasi ke pusat pemulihan", "Replikasi harian", "2026-03-01", "2026-09-30", "in_progress", "", "Dinas Kominfo"},
      {103, 12, "Latih operator", "Operator terlatih", "2026-02-01", "2026-04-30", "planned", "", "BKPSDM"}};
  auto entries = snapshot(risks, treatments, "Dinas Kesehatan");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].number, 1);  // number order
  EXPECT_EQ(entries[0].projected_magnitude, 15);
  EXPECT_EQ(entries[0].projected_level, 4);
  EXPECT_EQ(entries[0].owner, "Dinas Kesehatan");  // no treatment: the unit itself
  EXPECT_FALSE(entries[0].schedule_starts_on);
  const auto& e = entries[1];
  EXPECT_EQ(e.magnitude, 20);
  EXPECT_EQ(e.level, 5);
  EXPECT_EQ(e.projected_magnitude, 9);  // the residual beats the current
  EXPECT_EQ(e.projected_level, 3);
  ASSERT_EQ(e.treatments_done.size(), 1u);
  EXPECT_EQ(e.treatments_done[0].done_on, "2026-02-20");
  ASSERT_EQ(e.treatments_planned.size(), 2u);
  EXPECT_EQ(e.owner, "Dinas Kominfo; BKPSDM");
  EXPECT_EQ(e.schedule_starts_on.value_or(""), "2026-01-10");
  EXPECT_EQ(e.schedule_due_on.value_or(""), "2026-09-30");
  // The snapshot survives its JSON round trip (what the report stores).
  auto stored = entries_from_json(nlohmann::json::array({to_json(e)}));
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(to_json(stored[0]), to_json(e));
}

TEST(RiskReportRules, MissingReportsAreTheEndedPeriodsWithoutASubmittedReport) {
  std::vector<Unit> units{{3, "Dinas Kesehatan", "Dinkes"}, {5, "Badan Perencanaan", "Bappeda"}};
  std::vector<ReportState> reports{{40, 3, "q1", "submitted"}, {41, 3, "q2", "draft"}, {42, 5, "q3", "submitted"}};
  // 2026-07-15: q1 and q2 have ended (q2 due 10 July: overdue); q3 and the year have not.
  auto missing = missing_reports(units, 2026, reports, "2026-07-15");
  ASSERT_EQ(missing.size(), 3u);
  EXPECT_EQ(missing[0].unit.short_name, "Bappeda");  // overdue first, then due date, then name
  EXPECT_EQ(missing[0].period, "q1");
  EXPECT_TRUE(missing[0].overdue);
  EXPECT_EQ(missing[1].period, "q2");
  EXPECT_EQ(missing[1].unit.short_name, "Bappeda");
  EXPECT_EQ(missing[2].unit.short_name, "Dinkes");
  EXPECT_EQ(missing[2].period, "q2");
  EXPECT_EQ(missing[2].draft_report_id.value_or(0), 41);
  EXPECT_TRUE(missing[2].overdue);

  // 2026-07-05: q2 has ended but is not yet due.
  missing = missing_reports(units, 2026, reports, "2026-07-05");
  auto dinkes_q2 = std::find_if(missing.begin(), missing.end(), [](const auto& m) { return m.unit.agency_id == 3 && m.period == "q2"; });
  ASSERT_NE(dinkes_q2, missing.end());
  EXPECT_FALSE(dinkes_q2->overdue);
  EXPECT_EQ(dinkes_q2->dates.due_on, "2026-07-10");

  // Nothing is missing before a period ends, nor after every report is submitted.
  EXPECT_TRUE(missing_reports(units, 2026, reports, "2026-03-31").empty());
  std::vector<ReportState> all;
  for (const auto& u : units)
    for (const auto& p : kPeriodOrder) all.push_back({0, u.agency_id, p, "submitted"});
  EXPECT_TRUE(missing_reports(units, 2026, all, "2027-06-01").empty());
  EXPECT_EQ(missing_reports(units, 2026, {}, "2027-06-01").size(), 8u);
}

TEST(RiskReportRules, ContextBodiesNameEveryBadField) {
  nlohmann::json good = {{"agency_id", 3},
                         {"year", 2026},
                         {"duties", "Melaksanakan urusan kesehatan"},
                         {"goals", {{{"unit_goal", "Layanan kesehatan digital"}, {"spbe_goal", "SIMRS terintegrasi"}, {"indicator", "Persentase puskesmas terhubung"}, {"target", "100%"}}}},
                         {"structure", {{"owner", 10}, {"coordinator", nullptr}}},
                         {"stakeholders", {{{"name", "Dinas Kominfo"}, {"relation", "Penyedia infrastruktur"}}}},
                         {"regulations", {{{"name", "Perwali Madiun 39/2021"}, {"mandate", "Manajemen risiko SPBE"}}}}};
  auto in = parse_context(good, true);
  EXPECT_EQ(in.goals->at(0).spbe_goal, "SIMRS terintegrasi");
  EXPECT_EQ(in.structure->owner.value_or(0), 10);
  EXPECT_FALSE(in.structure->coordinator);

  auto bad = good;
  bad["year"] = 1999;
  bad["goals"][0]["unit_goal"] = "";
  bad["goals"][0]["extra"] = 1;
  bad["structure"]["owner"] = "Budi";
  bad["stakeholders"] = "Dinas Kominfo";
  bad["regulations"][0].erase("name");
  EXPECT_EQ(fields_of([&] { parse_context(bad, true); }),
            (std::vector<std::string>{"year", "goals[0].extra", "goals[0].unit_goal", "structure.owner", "stakeholders",
                                      "regulations[0].name"}));
  EXPECT_EQ(fields_of([] { parse_context({{"agency_id", 4}}, false); }), std::vector<std::string>{"agency_id"});
  EXPECT_EQ(fields_of([] { parse_context({{"year", 2026}}, true); }), std::vector<std::string>{"agency_id"});
  EXPECT_EQ(fields_of([] { parse_draft({{"agency_id", 3}, {"year", 2026}, {"period", "q4"}}); }), std::vector<std::string>{"period"});
}

TEST(RiskReportRules, RefusalsCiteTheRegionsRiskArticle) {
  for (const auto& [name, article] : std::vector<std::pair<std::string, std::string>>{
           {"madiun", "Pasal 32 ayat (2)"}, {"kendari", "Pasal 26"}, {"probolinggo", "Pasal 29"}, {"oki", "Pasal 32"}, {"batam", "Pasal 33"}}) {
    auto citation = modules::risks::risk_citation(&builtin_profile(name));
    EXPECT_NE(citation.find(article), std::string::npos) << name << ": " << citation;
  }
  EXPECT_EQ(modules::risks::risk_citation(nullptr), "");
}

TEST(RiskReportRules, TheWorkbookFollowsTheNationalFormsAndColoursLevels) {
  namespace rk = simpul::modules::risks;
  const auto& criteria = rk::national_criteria();
  UnitRegister unit;
  unit.unit = {3, "Dinas Kesehatan", "Dinkes"};
  rk::Risk risk;
  risk.id = 12;
  risk.agency_id = 3;
  risk.number = 1;
  risk.event = "Server SIMRS mati";
  risk.category = "infrastruktur";
  risk.impact_area = "layanan_organisasi";
  risk.controls = {"sop", "routine_monitoring"};
  risk.likelihood = 5;
  risk.impact_level = 5;
  risk.magnitude = 25;
  risk.level = 5;
  risk.treat = true;
  unit.risks = {risk};
  auto sheets = register_sheets({unit}, criteria, 2026, "Dinas Kesehatan", {{3, "Dinas Kesehatan"}});
  ASSERT_EQ(sheets.size(), 4u);
  EXPECT_EQ(sheets[0].name, "Formulir 2.0 Konteks");
  EXPECT_EQ(sheets[3].name, "Formulir 5.0 Pemantauan");
  const auto& assessment = sheets[1];
  EXPECT_EQ(assessment.header.at(15), "Level Risiko");
  EXPECT_EQ(std::get<std::string>(assessment.preamble.at(1).at(1)), "Dinas Kesehatan");
  ASSERT_EQ(assessment.rows.size(), 2u);  // the unit's heading row, then its risk
  EXPECT_EQ(std::get<std::string>(assessment.rows[0][0]), "UPR: Dinas Kesehatan");
  const auto& row = assessment.rows[1];
  EXPECT_EQ(std::get<std::string>(row.at(6)), rk::find_category(criteria, "infrastruktur")->name);
  EXPECT_EQ(std::get<std::string>(row.at(9)), "SOP; Pemantauan rutin");
  EXPECT_EQ(std::get<int64_t>(row.at(14)), 25);
  EXPECT_EQ(std::get<std::string>(row.at(16)), "Ya");
  EXPECT_EQ(std::get<int64_t>(row.at(17)), 1);
  const auto& top_band = criteria.levels.back();
  EXPECT_EQ(std::get<std::string>(row.at(15)), std::to_string(top_band.level) + " - " + top_band.name);
  bool coloured = false;
  for (const auto& f : assessment.fills) coloured |= f.row == 1 && f.column == 15 && f.colour == top_band.colour;
  EXPECT_TRUE(coloured);
  // Without a report the monitoring sheet says so instead of showing an empty block.
  EXPECT_EQ(std::get<std::string>(sheets[3].rows.at(1).at(1)), "Belum ada laporan pemantauan");
}

TEST(RiskReportRules, TheWorkbookShowsTheLatestSubmittedReport) {
  auto q1 = report("q1"), q2 = report("q2"), q3 = report("q3");
  q1.status = q2.status = "submitted";
  EXPECT_EQ(latest_report({q1, q3, q2})->period, "q2");  // submitted before draft, then the later period
  EXPECT_EQ(latest_report({q3})->period, "q3");
  EXPECT_FALSE(latest_report({}));
}
