// SPBE risk management as pure rules, after PermenPANRB 5/2020 (Pedoman Manajemen Risiko SPBE):
// the 5x5 lookup matrix, the level bands, the appetite decision per category and polarity, the
// treatment options per polarity, the residual loop and the validation of a region's criteria.
#include <gtest/gtest.h>

#include "refused_fields.h"

#include <algorithm>

#include "modules/risks/criteria.h"
#include "modules/risks/input.h"
#include "modules/risks/rules.h"

using namespace simpul;
using namespace simpul::modules::risks;

namespace {

// Formulir 2.9.A as printed: rows likelihood 5 (top) to 1, columns impact 1 to 5.
const int kNationalTable[5][5] = {{9, 15, 18, 23, 25},
                                  {6, 12, 16, 19, 24},
                                  {4, 10, 14, 17, 22},
                                  {2, 7, 11, 13, 21},
                                  {1, 3, 5, 8, 20}};

const RiskCriteria& national() { return national_criteria(); }

bool has_field(const std::vector<FieldError>& errors, const std::string& field) {
  return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
}

RiskState state(const std::string& status, bool treat, std::optional<bool> residual_treat = std::nullopt,
                bool has_accept = false, int treatments = 0) {
  RiskState s;
  s.status = status;
  s.treat = treat;
  s.residual_treat = residual_treat;
  s.has_accept = has_accept;
  s.treatment_count = treatments;
  return s;
}

}  // namespace

TEST(RiskMatrix, EveryCellMatchesTheNationalTable) {
  for (int likelihood = 1; likelihood <= 5; ++likelihood)
    for (int impact = 1; impact <= 5; ++impact)
      EXPECT_EQ(magnitude(national(), likelihood, impact), kNationalTable[5 - likelihood][impact - 1])
          << "likelihood " << likelihood << " impact " << impact;
}

TEST(RiskMatrix, IsALookupNotAProduct) {
  EXPECT_EQ(magnitude(national(), 1, 5), 20);  // 1 x 5 would be 5
  EXPECT_EQ(magnitude(national(), 5, 1), 9);
  EXPECT_EQ(magnitude(national(), 0, 3), 0);  // outside the scale
  EXPECT_EQ(magnitude(national(), 3, 6), 0);
  EXPECT_TRUE(criteria_errors(national()).empty());
}

TEST(RiskLevel, BandsAtEveryEdge) {
  const std::vector<std::pair<int, int>> edges{{1, 1}, {5, 1}, {6, 2}, {10, 2}, {11, 3}, {15, 3}, {16, 4}, {20, 4}, {21, 5}, {25, 5}};
  for (auto [m, level] : edges) EXPECT_EQ(level_of(national(), m).level, level) << "magnitude " << m;
  EXPECT_EQ(level_of(national(), 25).name, "Sangat Tinggi");
  EXPECT_EQ(level_of(national(), 25).colour_name, "Merah");
  EXPECT_EQ(level_of(national(), 3).name, "Sangat Rendah");
}

TEST(RiskAppetite, TheThreeNationalExamples) {
  // Rencana dan Anggaran 16 / 6, Pengadaan Barang dan Jasa 18 / 11, SDM SPBE 20 / 14.
  EXPECT_FALSE(must_treat(national(), "rencana_anggaran", "positive", 15));
  EXPECT_TRUE(must_treat(national(), "rencana_anggaran", "positive", 16));
  EXPECT_FALSE(must_treat(national(), "rencana_anggaran", "negative", 5));
  EXPECT_TRUE(must_treat(national(), "rencana_anggaran", "negative", 6));
  EXPECT_FALSE(must_treat(national(), "pengadaan", "positive", 17));
  EXPECT_TRUE(must_treat(national(), "pengadaan", "positive", 18));
  EXPECT_FALSE(must_treat(national(), "pengadaan", "negative", 10));
  EXPECT_TRUE(must_treat(national(), "pengadaan", "negative", 11));
  EXPECT_FALSE(must_treat(national(), "sdm", "positive", 19));
  EXPECT_TRUE(must_treat(national(), "sdm", "positive", 20));
  EXPECT_FALSE(must_treat(national(), "sdm", "negative", 13));
  EXPECT_TRUE(must_treat(national(), "sdm", "negative", 14));
}

TEST(RiskAppetite, DocumentedDefaultForTheOtherCategories) {
  EXPECT_EQ(national().categories.size(), 16u);
  EXPECT_EQ(national().impact_areas.size(), 7u);
  EXPECT_EQ(appetite(national(), "infrastruktur", "positive"), 16);
  EXPECT_EQ(appetite(national(), "infrastruktur", "negative"), 11);
  EXPECT_FALSE(must_treat(national(), "no_such_category", "negative", 25));
}

TEST(RiskAssessment, CombinesMatrixBandAndAppetite) {
  auto a = assess(national(), "infrastruktur", "negative", 3, 4);
  EXPECT_EQ(a.magnitude, 17);
  EXPECT_EQ(a.level, 4);
  EXPECT_TRUE(a.treat);
  auto b = assess(national(), "infrastruktur", "negative", 2, 2);
  EXPECT_EQ(b.magnitude, 7);
  EXPECT_EQ(b.level, 2);
  EXPECT_FALSE(b.treat);
}

TEST(RiskPriority, MagnitudeThenRankThenNumber) {
  PriorityKey high{20, std::nullopt, 1, 5}, ranked{17, 2, 1, 3}, first_ranked{17, 1, 2, 9}, unranked{17, std::nullopt, 1, 1};
  EXPECT_TRUE(comes_first(high, ranked));
  EXPECT_TRUE(comes_first(first_ranked, ranked));
  EXPECT_TRUE(comes_first(ranked, unranked));
  EXPECT_TRUE(comes_first(PriorityKey{9, std::nullopt, 1, 1}, PriorityKey{9, std::nullopt, 1, 2}));
  EXPECT_FALSE(comes_first(unranked, ranked));
}

TEST(RiskTreatmentOptions, PerPolarity) {
  EXPECT_EQ(allowed_options("positive"), (std::set<std::string>{"escalate", "exploit", "enhance", "share", "accept"}));
  EXPECT_EQ(allowed_options("negative"), (std::set<std::string>{"escalate", "mitigate", "transfer", "avoid", "accept"}));
  EXPECT_FALSE(option_problem("negative", "mitigate"));
  auto why = option_problem("negative", "exploit");
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("PermenPANRB 5/2020"), std::string::npos);
  EXPECT_TRUE(option_problem("positive", "avoid"));
}

TEST(RiskResidualLoop, AboveAppetiteNeedsAnotherTreatmentUntilBelow) {
  const std::string citation = "Perwali Madiun 39/2021 Pasal 32 ayat (2)";
  // A negative infrastructure risk at 17 must be treated: it cannot be closed yet.
  auto s = state("open", true);
  EXPECT_TRUE(needs_treatment(s));
  auto why = cannot_close(s, citation);
  ASSERT_TRUE(why);
  EXPECT_NE(why->id.find("(Perwali Madiun 39/2021 Pasal 32 ayat (2))"), std::string::npos);
  // The first treatment makes it treating.
  s.status = status_after_treatment_added(s.status);
  s.treatment_count = 1;
  EXPECT_EQ(s.status, "treating");
  // Done with the residual (4, 2) = 12: still at or above the negative appetite 11.
  auto residual = assess(national(), "infrastruktur", "negative", 4, 2);
  EXPECT_EQ(residual.magnitude, 12);
  s.residual_treat = residual.treat;
  EXPECT_TRUE(needs_treatment(s));
  EXPECT_FALSE(may_close(s));
  EXPECT_TRUE(cannot_close(s, citation));
  // A second treatment, done with the residual (2, 2) = 7: below the appetite, closable.
  EXPECT_EQ(status_after_treatment_added(s.status), "treating");
  residual = assess(national(), "infrastruktur", "negative", 2, 2);
  s.residual_treat = residual.treat;
  EXPECT_FALSE(needs_treatment(s));
  EXPECT_TRUE(may_close(s));
  EXPECT_FALSE(cannot_close(s, citation));
}

TEST(RiskClose, WithoutTreatmentDutyOrAccepted) {
  EXPECT_FALSE(cannot_close(state("open", false), ""));
  EXPECT_FALSE(cannot_close(state("treating", true, std::nullopt, true, 1), ""));
  EXPECT_TRUE(cannot_close(state("closed", false), ""));
  EXPECT_TRUE(cannot_reopen(state("open", false)));
  EXPECT_FALSE(cannot_reopen(state("closed", false)));
  EXPECT_EQ(status_when_reopened(state("closed", true, false, false, 2)), "treating");
  EXPECT_EQ(status_when_reopened(state("closed", false)), "open");
  EXPECT_TRUE(cannot_change(state("closed", false)));
  EXPECT_FALSE(cannot_change(state("treating", true)));
}

TEST(RiskTreatmentSteps, DoneIsFinal) {
  EXPECT_FALSE(treatment_step_problem("planned", "in_progress"));
  EXPECT_FALSE(treatment_step_problem("planned", "done"));
  EXPECT_FALSE(treatment_step_problem("in_progress", "done"));
  EXPECT_TRUE(treatment_step_problem("in_progress", "planned"));
  EXPECT_TRUE(treatment_step_problem("done", "done"));
  EXPECT_TRUE(treatment_step_problem("done", "in_progress"));
}

TEST(RiskTreatmentFields, DoneNeedsDateAndResidual) {
  Risk risk;
  risk.polarity = "negative";
  Treatment t;
  t.option = "mitigate";
  t.starts_on = "2026-02-01";
  t.due_on = "2026-01-01";
  t.status = "done";
  auto errors = treatment_field_errors(t, risk);
  EXPECT_TRUE(has_field(errors, "due_on"));
  EXPECT_TRUE(has_field(errors, "done_on"));
  EXPECT_TRUE(has_field(errors, "residual_likelihood"));
  EXPECT_TRUE(has_field(errors, "residual_impact_level"));
  t.option = "exploit";
  EXPECT_TRUE(has_field(treatment_field_errors(t, risk), "treatment_option"));
}

TEST(RiskInputLevels, RefusesWhatIsNotALevel) {
  nlohmann::json body = {{"agency_id", 1},   {"polarity", "negative"}, {"event", "Server mati"},
                         {"cause", "Listrik"}, {"category", "infrastruktur"}, {"impact", "Layanan terhenti"},
                         {"impact_area", "kinerja"}, {"likelihood", 3}, {"impact_level", 4}};
  EXPECT_TRUE(fields_of([&] { parse_risk(body, true); }).empty());
  for (const nlohmann::json bad : {nlohmann::json(0), nlohmann::json(6), nlohmann::json("3"), nlohmann::json(2.5)}) {
    auto b = body;
    b["likelihood"] = bad;
    EXPECT_EQ(fields_of([&] { parse_risk(b, true); }), std::vector<std::string>{"likelihood"}) << bad.dump();
  }
  auto missing = body;
  missing.erase("impact_level");
  EXPECT_EQ(fields_of([&] { parse_risk(missing, true); }), std::vector<std::string>{"impact_level"});
}

TEST(RiskCriteriaValidation, GapInBands) {
  auto c = national();
  c.levels[1].to = 9;  // 10 belongs to no band
  auto errors = criteria_errors(c);
  EXPECT_TRUE(has_field(errors, "levels[2].from"));
  c = national();
  c.levels[2].from = 10;  // overlaps the band before
  EXPECT_TRUE(has_field(criteria_errors(c), "levels[2].from"));
  c = national();
  c.levels.back().to = 24;
  EXPECT_TRUE(has_field(criteria_errors(c), "levels[4].to"));
}

TEST(RiskCriteriaValidation, DuplicateMatrixValue) {
  auto c = national();
  c.matrix[0][1] = 2;  // 2 is already at likelihood 2, impact 1
  auto errors = criteria_errors(c);
  EXPECT_FALSE(errors.empty());
  EXPECT_TRUE(has_field(errors, "matrix[1][0]") || has_field(errors, "matrix[0][1]"));
}

TEST(RiskCriteriaValidation, NonMonotoneMatrix) {
  auto c = national();
  std::swap(c.matrix[4][0], c.matrix[3][0]);  // likelihood 5 impact 1 = 6 below likelihood 4 = 9
  auto errors = criteria_errors(c);
  EXPECT_TRUE(has_field(errors, "matrix[4][0]"));
  c = national();
  std::swap(c.matrix[0][3], c.matrix[0][4]);  // impact 5 below impact 4
  EXPECT_TRUE(has_field(criteria_errors(c), "matrix[0][4]"));
}

TEST(RiskCriteriaValidation, AppetitesAndKeys) {
  auto c = national();
  c.categories[0].appetite_positive = 0;
  c.categories[1].appetite_negative = 26;
  c.categories[2].key = c.categories[3].key;
  auto errors = criteria_errors(c);
  EXPECT_TRUE(has_field(errors, "categories[0].appetite_positive"));
  EXPECT_TRUE(has_field(errors, "categories[1].appetite_negative"));
  EXPECT_TRUE(has_field(errors, "categories[3].key"));
}

TEST(RiskCriteriaValidation, ParsesItsOwnJsonAndNamesPaths) {
  auto json = to_json(national());
  EXPECT_TRUE(fields_of([&] { parse_criteria(json); }).empty());
  auto bad = json;
  bad["matrix"][2][3] = "17";
  bad["levels"][0]["colour"] = "blue";
  bad["extra"] = 1;
  auto fields = fields_of([&] { parse_criteria(bad); });
  EXPECT_NE(std::find(fields.begin(), fields.end(), "matrix[2][3]"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "levels[0].colour"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "extra"), fields.end());
}
