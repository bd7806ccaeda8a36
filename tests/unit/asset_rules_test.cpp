// ICT assets as pure rules: the lifecycle of Madiun Pasal 35 ayat (2) (every allowed step and a
// sample of refused ones, disposal only once), expiry warnings at their edges, the compatibility
// gate of Kendari Pasal 19 ayat (8) per built-in profile, and the inventory report's snapshot.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/problem.h"
#include "modules/assets/rules.h"
#include "profiles/loader.h"

namespace simpul::modules::assets {
namespace {

const profiles::Profile* profile(const char* name) {
  const auto* p = profiles::find_builtin(name);
  if (!p) throw std::runtime_error(std::string("no built-in profile ") + name);
  return p;
}

Asset asset(const std::string& stage, const std::string& kind = "hardware") {
  Asset a;
  a.kind = kind;
  a.category = kind == "hardware" ? "computer" : "office_software";
  a.code = "DINKES/PC/001";
  a.name = "PC Desktop Lenovo ThinkCentre M70s";
  a.stage = stage;
  a.stage_since = "2026-01-05";
  return a;
}

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

std::vector<std::string> refused_fields(const std::function<void()>& call) {
  try {
    call();
  } catch (const ProblemError& e) {
    return fields_of(e.problem().errors);
  }
  return {};
}

// --------------------------------------------------------------------------- lifecycle

TEST(AssetRules, EveryAllowedStepLeadsToItsStage) {
  EXPECT_EQ(next_stage("planning", "procure"), "procurement");
  EXPECT_EQ(next_stage("procurement", "put_in_use"), "in_use");
  EXPECT_EQ(next_stage("in_use", "start_maintenance"), "maintenance");
  EXPECT_EQ(next_stage("maintenance", "end_maintenance"), "in_use");
  EXPECT_EQ(next_stage("in_use", "dispose"), "disposed");
  EXPECT_EQ(next_stage("maintenance", "dispose"), "disposed");
}

TEST(AssetRules, StepsOutOfOrderAreRefusedSayingWhatComesNext) {
  EXPECT_FALSE(next_stage("planning", "put_in_use"));
  EXPECT_FALSE(next_stage("planning", "dispose"));
  EXPECT_FALSE(next_stage("procurement", "dispose"));
  EXPECT_FALSE(next_stage("in_use", "procure"));
  EXPECT_FALSE(next_stage("in_use", "end_maintenance"));
  EXPECT_FALSE(next_stage("maintenance", "start_maintenance"));
  auto why = cannot_take(asset("planning"), "put_in_use");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("tahap perencanaan"), std::string::npos) << why->id;
  EXPECT_NE(why->id.find("pengadaan"), std::string::npos) << why->id;
  EXPECT_FALSE(cannot_take(asset("in_use"), "dispose"));
}

TEST(AssetRules, ADisposedAssetCannotBeDisposedAgainNorEdited) {
  auto a = asset("in_use");
  StepInput step{"dispose", "2026-03-01", "", "Rusak berat", "SK 188.45/2026"};
  take_step(a, step);
  EXPECT_EQ(a.stage, "disposed");
  EXPECT_EQ(a.disposed_on, "2026-03-01");
  EXPECT_EQ(a.disposal_decree, "SK 188.45/2026");
  auto twice = cannot_take(a, "dispose");
  ASSERT_TRUE(twice);
  EXPECT_NE(twice->id.find("sudah dihapus pada 2026-03-01"), std::string::npos) << twice->id;
  EXPECT_TRUE(cannot_take(a, "start_maintenance"));
  EXPECT_TRUE(cannot_edit(a));
  EXPECT_FALSE(cannot_edit(asset("maintenance")));
  EXPECT_FALSE(expires_on(a));
}

TEST(AssetRules, PuttingInUseSetsTheAcquisitionDateWhenUnknown) {
  auto a = asset("procurement");
  take_step(a, {"put_in_use", "2026-02-10", "", "", ""});
  EXPECT_EQ(a.acquired_on, "2026-02-10");
  EXPECT_EQ(a.stage_since, "2026-02-10");
}

TEST(AssetRules, StepDatesAndDisposalDetailsAreChecked) {
  auto today = std::string("2026-03-10");
  EXPECT_EQ(parse_step({{"action", "procure"}}, today, "2026-01-05").on, today);
  EXPECT_EQ(refused_fields([&] { parse_step({{"action", "procure"}, {"on", "2026-03-11"}}, today, "2026-01-05"); }),
            std::vector<std::string>{"on"});
  EXPECT_EQ(refused_fields([&] { parse_step({{"action", "procure"}, {"on", "2026-01-04"}}, today, "2026-01-05"); }),
            std::vector<std::string>{"on"});
  EXPECT_EQ(refused_fields([&] { parse_step({{"action", "dispose"}}, today, "2026-01-05"); }),
            (std::vector<std::string>{"reason", "decree_reference"}));
  EXPECT_EQ(refused_fields([&] { parse_step({{"action", "fly"}}, today, "2026-01-05"); }), std::vector<std::string>{"action"});
}

// --------------------------------------------------------------------------- record

TEST(AssetRules, CategoriesFitTheirKindAndLicencesAreForSoftware) {
  auto a = asset("planning");
  a.category = "office_software";
  a.licence_until = "2027-01-01";
  EXPECT_EQ(fields_of(record_errors(a)), (std::vector<std::string>{"category", "licence_until"}));
  auto s = asset("planning", "software");
  s.licence_kind = "subscription";
  s.licence_until = "2027-01-01";
  s.seats = 50;
  EXPECT_TRUE(record_errors(s).empty());
  auto w = asset("in_use");
  w.acquired_on = "2026-01-10";
  w.warranty_until = "2025-12-31";
  EXPECT_EQ(fields_of(record_errors(w)), std::vector<std::string>{"warranty_until"});
  EXPECT_EQ(category_family("laptop"), category_family("printer"));
  EXPECT_NE(category_family("server"), category_family("computer"));
}

TEST(AssetRules, NewAssetsStartAsPlanOrAsExistingDevices) {
  EXPECT_EQ(refused_fields([] {
              parse_asset({{"kind", "hardware"}, {"category", "computer"}, {"code", "A-1"}, {"name", "PC"},
                           {"owner_agency_id", 3}, {"stage", "procurement"}},
                          true);
            }),
            std::vector<std::string>{"stage"});
  EXPECT_EQ(refused_fields([] { parse_asset({{"stage", "in_use"}, {"kind", "software"}}, false); }),
            (std::vector<std::string>{"kind", "stage"}));
}

// --------------------------------------------------------------------------- expiry warnings

TEST(AssetRules, ExpiryWarningsAtTheirEdges) {
  const std::string today = "2026-03-10";
  EXPECT_EQ(expiry_status("2026-03-09", today, 90), "expired");
  EXPECT_EQ(expiry_status("2026-03-10", today, 90), "expiring");  // ends today: still valid today
  EXPECT_EQ(expiry_status("2026-06-08", today, 90), "expiring");  // exactly at the window
  EXPECT_EQ(expiry_status("2026-06-09", today, 90), "");          // one day beyond
  EXPECT_EQ(days_between(today, "2026-06-08"), 90);
  EXPECT_EQ(days_between(today, "2026-03-09"), -1);
  EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2);  // a leap year
  EXPECT_EQ(date_after(today, 90), "2026-06-08");
  auto a = asset("in_use");
  a.warranty_until = "2027-01-01";
  a.licence_until = "2026-12-01";
  EXPECT_EQ(expires_on(a), "2026-12-01");
}

// --------------------------------------------------------------------------- compatibility

TEST(AssetRules, KendariRequiresACompatibilityStatementBeforeProcuringADevice) {
  auto gate = compatibility_obligation(profile("kendari"));
  ASSERT_TRUE(gate);
  EXPECT_EQ(gate->article, "Pasal 19 ayat (8)");
  auto a = asset("planning");
  auto why = cannot_procure(a, gate);
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("Pasal 19 ayat (8)"), std::string::npos) << why->id;
  EXPECT_FALSE(cannot_procure(asset("planning", "software"), gate));
  a.compatible_with = std::vector<int64_t>{};
  a.compatibility_note = "Perangkat baru pertama di ruang ini; standar Diskominfo.";
  EXPECT_FALSE(cannot_procure(a, gate));
}

TEST(AssetRules, MadiunLeavesTheCompatibilityStatementOptional) {
  for (const char* region : {"madiun", "batam", "oki", "probolinggo"}) {
    auto gate = compatibility_obligation(profile(region));
    EXPECT_FALSE(gate) << region;
    EXPECT_FALSE(cannot_procure(asset("planning"), gate)) << region;
  }
}

// --------------------------------------------------------------------------- inventory report

TEST(AssetRules, TheInventoryReportCountsPerAgencyAndCategory) {
  auto report_gate = report_obligation(profile("kendari"));
  ASSERT_TRUE(report_gate);
  EXPECT_EQ(report_gate->article, "Pasal 19 ayat (12)");
  EXPECT_EQ(asset_office_name(profile("kendari")), "Badan Keuangan dan Aset Daerah");
  EXPECT_FALSE(report_obligation(profile("madiun")));
  std::vector<Asset> assets;
  for (auto [stage, value, code] : {std::tuple{"in_use", 10, "R-1"}, std::tuple{"maintenance", 5, ""},
                                    std::tuple{"disposed", 7, ""}}) {
    auto a = asset(stage);
    a.owner_agency_id = 4;
    a.owner_agency_name = "Dinas Kesehatan";
    a.value = value;
    a.regional_asset_code = code;
    assets.push_back(a);
  }
  InventoryReport r;
  snapshot(r, assets);
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].in_use + r.rows[0].maintenance + r.rows[0].disposed, 3);
  EXPECT_EQ(r.rows[0].count, 2);
  EXPECT_EQ(r.total_value, 15);
  EXPECT_EQ(r.missing_count, 1);  // the disposed one no longer needs a code
  auto later = asset("in_use");
  later.acquired_on = "2027-02-01";
  EXPECT_FALSE(counts_in_year(later, 2026));
  EXPECT_TRUE(counts_in_year(later, 2027));
}

}  // namespace
}  // namespace simpul::modules::assets
