// The roadmap's rules: years inside the five-year period, the legal reasons a change to
// an enacted roadmap needs (per regulation), enacting, and annual monitoring.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "modules/roadmaps/areas.h"
#include "modules/roadmaps/rules.h"

using namespace simpul;
using namespace simpul::modules::roadmaps;

namespace {
const planning::YearPeriod kPeriod{2025, 2029};

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

std::vector<std::string> codes(const std::vector<ChangeReason>& reasons) {
  std::vector<std::string> out;
  for (const auto& r : reasons) out.push_back(r.code);
  return out;
}

Activity activity() {
  Activity a;
  a.program = "Program Tata Kelola";
  a.name = "Penyusunan Arsitektur";
  a.area = "governance";
  a.owner_agency_id = 3;
  a.years = default_years(kPeriod);
  return a;
}

FieldError validation_error(const std::function<void()>& f) {
  try {
    f();
  } catch (const ProblemError& e) {
    EXPECT_EQ(e.problem().status, 422);
    if (!e.problem().errors.empty()) return e.problem().errors[0];
  }
  ADD_FAILURE() << "expected a 422";
  return {};
}
}  // namespace

TEST(RoadmapRules, SevenAreasInTheRegulationsOrder) {
  ASSERT_EQ(areas().size(), 7u);
  EXPECT_EQ(areas()[0].code, "governance");
  EXPECT_EQ(areas()[6].code, "audit");
  EXPECT_EQ(area_label("audit").id, "Audit TIK");
  EXPECT_EQ(area_label("infrastructure").id, "Infrastruktur");
}

TEST(RoadmapRules, EveryYearOfThePeriodHasAnEntry) {
  auto years = default_years(kPeriod);
  ASSERT_EQ(years.size(), 5u);
  EXPECT_EQ(years.front().year, 2025);
  EXPECT_EQ(years.back().year, 2029);
  EXPECT_EQ(years[2].planned_status, "not_planned");
  EXPECT_EQ(years[2].actual_status, "not_started");
}

TEST(RoadmapRules, YearsInsideThePeriodMerge) {
  auto years = default_years(kPeriod);
  auto errors = merge_years(years, nlohmann::json::parse(R"([{"year": 2026, "target": "10 PD", "planned_status": "planned"},
                                                             {"year": 2029, "actual_status": "done"}])"),
                            kPeriod);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(years[1].target, "10 PD");
  EXPECT_EQ(years[1].planned_status, "planned");
  EXPECT_EQ(years[4].actual_status, "done");
  EXPECT_EQ(years[0].target, "");
}

TEST(RoadmapRules, YearsOutsideThePeriodAreRefused) {
  auto years = default_years(kPeriod);
  auto errors = merge_years(years, nlohmann::json::parse(R"([{"year": 2024}, {"year": 2030}, {"year": 2027, "planned_status": "maybe"},
                                                             {"year": 2027}, {"target": "x"}])"),
                            kPeriod);
  EXPECT_EQ(fields_of(errors), (std::vector<std::string>{"years[0].year", "years[1].year", "years[2].planned_status", "years[3].year",
                                                         "years[4].year"}));
  EXPECT_NE(errors[0].message.id.find("2025-2029"), std::string::npos);
}

TEST(RoadmapRules, ANewPeriodKeepsTheYearsItStillHolds) {
  auto years = default_years(kPeriod);
  years[1].target = "kept";  // 2026
  EXPECT_TRUE(reshape_years(years, {2026, 2030}, "start_year").empty());
  ASSERT_EQ(years.size(), 5u);
  EXPECT_EQ(years[0].year, 2026);
  EXPECT_EQ(years[0].target, "kept");
  EXPECT_EQ(years[4].year, 2030);
}

TEST(RoadmapRules, ANewPeriodDoesNotDropPlannedYears) {
  auto years = default_years(kPeriod);
  years[0].planned_status = "planned";  // 2025 would fall out
  auto errors = reshape_years(years, {2026, 2030}, "start_year");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "start_year");
  EXPECT_EQ(years[0].year, 2025);  // untouched
}

TEST(RoadmapRules, ChangeReasonsFollowTheRegionsRegulation) {
  EXPECT_EQ(codes(change_reasons("kendari")), (std::vector<std::string>{"national_roadmap_change", "rpjmd_change", "evaluation_results"}));
  EXPECT_EQ(codes(change_reasons("madiun")),
            (std::vector<std::string>{"national_roadmap_change", "strategic_plan_change", "evaluation_results", "spbe_element_change"}));
  auto oki = change_reasons("oki");
  EXPECT_EQ(oki.size(), 7u);
  auto probolinggo = codes(change_reasons("probolinggo"));
  EXPECT_NE(std::find(probolinggo.begin(), probolinggo.end(), "architecture_change"), probolinggo.end());
  for (const auto& r : change_reasons("kendari")) EXPECT_EQ(r.article.rfind("Pasal 8 ayat (5) huruf", 0), 0u) << r.article;
  // A region without a known profile may use any reason, without an article.
  auto any = change_reasons("");
  EXPECT_EQ(any.size(), 11u);
  EXPECT_TRUE(any[0].article.empty());
}

TEST(RoadmapRules, AChangeReasonOutsideTheRegulationIsRefused) {
  auto madiun = change_reasons("madiun");
  auto e = validation_error([&] { parse_activity(nlohmann::json{{"change_reason", "rpjmd_change"}}, false, madiun); });
  EXPECT_EQ(e.field, "change_reason");
  auto in = parse_activity(nlohmann::json{{"change_reason", "evaluation_results"}, {"change_note", "Evaluasi 2026"}}, false, madiun);
  EXPECT_EQ(in.change.reason, "evaluation_results");
  auto decree = validation_error([&] {
    parse_activity(nlohmann::json{{"change_reason", "evaluation_results"}, {"change_decree_number", "188/1"}}, false, madiun);
  });
  EXPECT_EQ(decree.field, "change_decree_date");
}

TEST(RoadmapRules, AnEnactedRoadmapChangesOnlyWithAReason) {
  ChangeInput none;
  ChangeInput reason;
  reason.reason = "evaluation_results";
  std::vector<std::string> changed{"years"};
  auto missing = missing_reason("enacted", changed, none);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->field, "change_reason");
  EXPECT_FALSE(missing_reason("enacted", changed, reason));
  EXPECT_FALSE(missing_reason("draft", changed, none));
  EXPECT_FALSE(missing_reason("enacted", {}, none));
}

TEST(RoadmapRules, RecordingProgressIsNotAChangeOfThePlan) {
  auto before = activity();
  auto after = before;
  after.years[0].actual_status = "done";
  EXPECT_TRUE(plan_changes(before, after).empty());
  after.years[1].target = "new target";
  after.owner_agency_id = 4;
  EXPECT_EQ(plan_changes(before, after), (std::vector<std::string>{"owner_agency_id", "years"}));
}

TEST(RoadmapRules, EnactingNeedsADraftWithActivities) {
  Roadmap r;
  r.status = "draft";
  EXPECT_TRUE(cannot_enact(r, 0));
  EXPECT_FALSE(cannot_enact(r, 1));
  r.status = "enacted";
  EXPECT_TRUE(cannot_enact(r, 3));
  EXPECT_FALSE(cannot_change(r));
  r.status = "superseded";
  EXPECT_TRUE(cannot_change(r));
}

TEST(RoadmapRules, RoadmapFieldsAreChecked) {
  Roadmap r;
  r.title = "Peta Rencana";
  r.start_year = 2025;
  r.end_year = 2028;
  r.decree_number = "188.45/1";
  EXPECT_EQ(fields_of(roadmap_errors(r)), (std::vector<std::string>{"end_year", "decree_date"}));
  r.end_year = 2029;
  r.decree_date = "2025-01-10";
  EXPECT_TRUE(roadmap_errors(r).empty());
}

TEST(RoadmapRules, MonitoringIsYearlyWithinThePeriod) {
  MonitoringInput m{2026, "2026-12-20", "ok", ""};
  EXPECT_TRUE(monitoring_errors(m, kPeriod, "2027-01-05").empty());
  m.year = 2030;
  EXPECT_EQ(fields_of(monitoring_errors(m, kPeriod, "2031-01-01")), std::vector<std::string>{"year"});
  m = {2027, "2026-12-31", "early", ""};
  EXPECT_EQ(fields_of(monitoring_errors(m, kPeriod, "2027-06-01")), std::vector<std::string>{"date"});
  m = {2027, "2027-07-01", "future", ""};
  EXPECT_EQ(fields_of(monitoring_errors(m, kPeriod, "2027-06-01")), std::vector<std::string>{"date"});
  Roadmap draft;
  EXPECT_TRUE(cannot_monitor(draft));
}

TEST(RoadmapRules, MissingMonitoringYearsAreThoseAlreadyOver) {
  std::vector<Monitoring> records(1);
  records[0].year = 2025;
  EXPECT_EQ(monitoring_missing_years(kPeriod, records, 2028), (std::vector<int>{2026, 2027}));
  EXPECT_TRUE(monitoring_missing_years(kPeriod, records, 2025).empty());
}

TEST(RoadmapRules, AreasWithoutActivitiesAreListed) {
  std::vector<Activity> acts{activity()};
  auto missing = areas_without_activities(acts);
  EXPECT_EQ(missing.size(), 6u);
  EXPECT_EQ(missing[0], "management");
}
