// The evaluation documents' pure parts (modules/evaluation/report.h): numbers as Indonesian
// writes them, levels named from the framework, the target index read in published units, and
// both PDFs and the workbook written from a Report made by hand on the built-in framework.
#include <gtest/gtest.h>

#include "frameworks/loader.h"
#include "modules/evaluation/report.h"

using namespace simpul;
using namespace simpul::modules::evaluation;

namespace {

const frameworks::Framework& framework() { return simpul::frameworks::builtin_frameworks().front(); }

// A campaign of the built-in framework with every indicator at `level`, signed off or not.
Report report_with(int level, bool signed_off) {
  Report r;
  r.view.framework = std::make_shared<frameworks::Framework>(framework());
  r.view.campaign.year = 2026;
  r.view.campaign.region_id = "kota-madiun";
  r.view.campaign.target_index = "2.60";
  r.region_name = "Kota Madiun";
  r.today = "2026-11-29";
  Levels levels;
  for (const auto& p : r.view.framework->indicators()) {
    Answer a;
    a.indicator_no = p.indicator->number;
    a.level = level;
    a.explanation = "Penjelasan " + std::to_string(a.indicator_no);
    r.view.answers.push_back(a);
    levels[a.indicator_no] = level;
    r.lines.push_back({p, a, level, {}, level, 3, {}});
  }
  r.view.self = compute_index(*r.view.framework, levels);
  r.team.push_back({1, "Budi Santoso", "budi", AssessorRole::coordinator, "Sekretariat Daerah"});
  r.people["budi"] = {"budi", "Budi Santoso", "198505122010011001", "Sekretaris Daerah"};
  if (signed_off) r.sign_off = CampaignEvent{1, "signed_off", "", levels, r.view.self.overall->text(), "budi", "2026-11-20T03:00:00Z"};
  return r;
}

}  // namespace

TEST(EvaluationReport, NumbersAreWrittenWithADecimalComma) {
  EXPECT_EQ(decimal_comma("2.95"), "2,95");
  EXPECT_EQ(signed_difference(12, 2), "+0,12");
  EXPECT_EQ(signed_difference(-105, 2), "-1,05");
  EXPECT_EQ(signed_difference(0, 2), "0,00");
  EXPECT_EQ(signed_difference(-3, 0), "-3");
}

TEST(EvaluationReport, DatesAreTheRegionsCalendarDates) {
  EXPECT_EQ(local_date("2026-11-29T16:59:59Z", "Asia/Jakarta"), "2026-11-29");
  EXPECT_EQ(local_date("2026-11-29T17:00:00Z", "Asia/Jakarta"), "2026-11-30");
  EXPECT_EQ(local_date("2026-12-31T15:30:00.123Z", "Asia/Jayapura"), "2027-01-01");
  EXPECT_EQ(local_date("2026-11-29T15:30:00Z", "Asia/Makassar"), "2026-11-29");
  EXPECT_EQ(local_date("2026-11-29", "Asia/Jakarta"), "2026-11-29");
}

TEST(EvaluationReport, TheTargetIndexIsReadInPublishedUnits) {
  EXPECT_EQ(target_units("2.60", 2), 260);
  EXPECT_EQ(target_units("3", 2), 300);
  EXPECT_EQ(target_units("2.6", 2), 260);
  EXPECT_EQ(target_units("", 2), std::nullopt);
  EXPECT_EQ(target_units("2.605", 2), std::nullopt);
  EXPECT_EQ(target_units("x.10", 2), std::nullopt);
}

TEST(EvaluationReport, LevelsAreNamedOnTheIndicatorsScale) {
  const auto& f = framework();
  EXPECT_EQ(level_text(f, *f.indicator(1), 3), "3 (Terdefinisi)");
  EXPECT_EQ(level_text(f, *f.indicator(42), 3), "3 (Transaksi)");
  EXPECT_EQ(level_text(f, *f.indicator(42), std::nullopt), "-");
}

TEST(EvaluationReport, TheDocumentsAreWrittenFromAHandMadeReport) {
  for (bool signed_off : {false, true}) {
    auto r = report_with(3, signed_off);
    EXPECT_EQ(self_assessment_pdf(r).substr(0, 5), "%PDF-");
    EXPECT_EQ(result_pdf(r).substr(0, 5), "%PDF-");
    EXPECT_EQ(result_xlsx(r).substr(0, 2), "PK");
  }
  EXPECT_EQ(self_assessment_file_stem(report_with(1, false)), "penilaian-mandiri-kota-madiun-2026");
  EXPECT_EQ(result_file_stem(report_with(1, false)), "hasil-evaluasi-spbe-kota-madiun-2026");
}
