// Evaluation frameworks as data: the shipped PermenPANRB 59/2020 file against the regulation's
// tables (spbe-reference §1.2–1.6), the strict loader against files broken in one way each
// (tests/fixtures/frameworks/broken/), and a second framework with other aspects and bands.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "frameworks/loader.h"
#include "modules/evaluation/index.h"

using namespace simpul::frameworks;
namespace evaluation = simpul::modules::evaluation;

namespace {

std::string source_file(const std::string& relative) {
  std::ifstream in(std::string(SIMPUL_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + relative);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const Framework& spbe() {
  const Framework* f = find_builtin_framework("permenpanrb-59-2020");
  if (!f) throw std::runtime_error("permenpanrb-59-2020 is not built in");
  return *f;
}

Framework load_fixture(const std::string& name) {
  auto r = load_framework(source_file("tests/fixtures/frameworks/" + name), name);
  std::string errors;
  for (const auto& e : r.errors) errors += e + "\n";
  if (!r.framework) throw std::runtime_error(errors);
  return *r.framework;
}

std::string all_errors(const LoadResult& r) {
  std::string out;
  for (const auto& e : r.errors) out += e + "\n";
  return out;
}

}  // namespace

TEST(EvaluationFramework, ShippedFileIsTheOneBuiltIn) {
  auto r = load_framework(source_file("frameworks/permenpanrb-59-2020.yaml"), "frameworks/permenpanrb-59-2020.yaml");
  ASSERT_TRUE(r.framework) << all_errors(r);
  EXPECT_EQ(r.framework->code, spbe().code);
  EXPECT_EQ(r.framework->indicators().size(), spbe().indicators().size());
}

TEST(EvaluationFramework, PermenPanRb59Identity) {
  const auto& f = spbe();
  EXPECT_EQ(f.index_name, "Indeks SPBE");
  EXPECT_EQ(f.effective_from, "2021-01-01");
  EXPECT_EQ(f.status, "in_force");
  EXPECT_EQ(f.decimals, 2);
  EXPECT_EQ(f.default_target_level, 3);
  EXPECT_NE(f.citation.find("Nomor 59 Tahun 2020"), std::string::npos);
}

// §1.2: 4 domains, 8 aspects, 47 indicators; the weights of Tabel 3–9.
TEST(EvaluationFramework, PermenPanRb59Weights) {
  const auto& f = spbe();
  ASSERT_EQ(f.domains.size(), 4u);
  std::vector<Hundredths> domains, aspects, each;
  std::vector<size_t> counts;
  Hundredths total = 0;
  for (const auto& d : f.domains) {
    domains.push_back(d.weight);
    total += d.weight;
    for (const auto& a : d.aspects) {
      aspects.push_back(a.weight);
      counts.push_back(a.indicators.size());
      each.push_back(a.indicators.front().weight);
      for (const auto& i : a.indicators) EXPECT_EQ(i.weight, a.indicators.front().weight) << i.number;
    }
  }
  EXPECT_EQ(domains, (std::vector<Hundredths>{1300, 2500, 1650, 4550}));
  EXPECT_EQ(aspects, (std::vector<Hundredths>{1300, 1000, 1000, 500, 1200, 450, 2750, 1800}));
  EXPECT_EQ(counts, (std::vector<size_t>{10, 4, 4, 2, 8, 3, 10, 6}));
  EXPECT_EQ(each, (std::vector<Hundredths>{130, 250, 250, 250, 150, 150, 275, 300}));
  EXPECT_EQ(total, 10000);
  auto placed = f.indicators();
  ASSERT_EQ(placed.size(), 47u);
  for (size_t k = 0; k < placed.size(); ++k) EXPECT_EQ(placed[k].indicator->number, static_cast<int>(k) + 1);
}

// §1.4: process capability for 1–31, service capability for 32–47, five levels each.
TEST(EvaluationFramework, PermenPanRb59Scales) {
  const auto& f = spbe();
  for (const auto& p : f.indicators()) EXPECT_EQ(p.indicator->scale, p.indicator->number <= 31 ? "process" : "service") << p.indicator->number;
  const Scale* process = f.scale("process");
  const Scale* service = f.scale("service");
  ASSERT_TRUE(process && service);
  EXPECT_EQ(process->name, "Kapabilitas Proses");
  EXPECT_EQ(service->name, "Kapabilitas Layanan");
  std::vector<std::string> names;
  for (const auto& l : process->levels) names.push_back(l.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"}));
  names.clear();
  for (const auto& l : service->levels) names.push_back(l.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"}));
  for (const auto* s : {process, service})
    for (const auto& l : s->levels) EXPECT_GT(l.criteria.size(), 40u) << s->key << " " << l.value;
}

// §1.6 (Tabel 13).
TEST(EvaluationFramework, PermenPanRb59Bands) {
  std::vector<std::pair<Hundredths, std::string>> bands;
  for (const auto& b : spbe().bands) bands.push_back({b.from, b.name});
  EXPECT_EQ(bands, (std::vector<std::pair<Hundredths, std::string>>{
                       {420, "Memuaskan"}, {350, "Sangat Baik"}, {260, "Baik"}, {180, "Cukup"}, {100, "Kurang"}}));
}

// §1.3, the Pemerintah Daerah form of the official names.
TEST(EvaluationFramework, PermenPanRb59Names) {
  const auto& f = spbe();
  EXPECT_EQ(f.indicator(1)->name, "Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Pemerintah Daerah");
  EXPECT_EQ(f.indicator(13)->name, "Tingkat Kematangan Keterpaduan Rencana dan Anggaran SPBE");
  EXPECT_EQ(f.indicator(21)->name, "Tingkat Kematangan Penerapan Manajemen Risiko SPBE");
  EXPECT_EQ(f.indicator(31)->name, "Tingkat Kematangan Pelaksanaan Audit Keamanan SPBE");
  EXPECT_EQ(f.indicator(42)->name, "Tingkat Kematangan Layanan Pengaduan Pelayanan Publik");
  EXPECT_EQ(f.indicator(47)->name, "Tingkat Kematangan Layanan Publik Sektor 3");
  for (const auto& p : f.indicators()) EXPECT_EQ(p.indicator->name.rfind("Tingkat Kematangan ", 0), 0u) << p.indicator->number;
  EXPECT_EQ(f.domains[3].name, "Layanan SPBE");
  EXPECT_EQ(f.domains[2].aspects[1].name, "Pelaksanaan Audit TIK");
  EXPECT_FALSE(f.indicator(48));
}

TEST(EvaluationFramework, PermenPanRb59RenamableAndSuggestions) {
  const auto& f = spbe();
  std::map<int, std::string> suggestions;
  std::vector<int> renamable;
  for (const auto& p : f.indicators()) {
    if (!p.indicator->suggestion.empty()) suggestions[p.indicator->number] = p.indicator->suggestion;
    if (p.indicator->renamable) renamable.push_back(p.indicator->number);
  }
  EXPECT_EQ(renamable, (std::vector<int>{45, 46, 47}));
  EXPECT_EQ(suggestions, (std::map<int, std::string>{{11, "architecture"},          {12, "roadmap"},
                                                     {15, "application_registry"},  {16, "data_centers"},
                                                     {17, "intra_network"},         {18, "service_links"},
                                                     {21, "risk_registers"},        {28, "service_desk"},
                                                     {29, "infrastructure_audits"}, {30, "application_audits"},
                                                     {31, "security_audits"},       {42, "complaint_channel"}}));
}

// Indicators 21 and 42 carry their own criteria; the others read their scale's.
TEST(EvaluationFramework, CriteriaOwnElseTheScales) {
  const auto& f = spbe();
  const Level* own = f.criteria(*f.indicator(21), 4);
  ASSERT_TRUE(own);
  EXPECT_NE(own->criteria.find("Komite Manajemen Risiko SPBE"), std::string::npos);
  EXPECT_EQ(own->name, "Terpadu dan Terukur");  // the scale's level name
  const Level* complaint = f.criteria(*f.indicator(42), 4);
  ASSERT_TRUE(complaint);
  EXPECT_NE(complaint->criteria.find("pengaduan"), std::string::npos);
  EXPECT_EQ(f.criteria(*f.indicator(22), 4), f.scale("process")->level(4));
  EXPECT_EQ(f.criteria(*f.indicator(33), 2), f.scale("service")->level(2));
  EXPECT_FALSE(f.criteria(*f.indicator(33), 6));
  EXPECT_EQ(f.indicator(21)->criteria.size(), 5u);
  EXPECT_EQ(f.indicator(42)->criteria.size(), 5u);
}

TEST(EvaluationFramework, HundredthsText) {
  EXPECT_EQ(hundredths_text(130), "1.30");
  EXPECT_EQ(hundredths_text(10000), "100.00");
  EXPECT_EQ(hundredths_text(5), "0.05");
  EXPECT_EQ(hundredths_text(0), "0.00");
}

TEST(EvaluationFramework, TheSmallFixtureLoads) {
  auto f = load_fixture("mini.yaml");
  EXPECT_EQ(f.code, "mini");
  EXPECT_EQ(f.indicators().size(), 3u);
  EXPECT_EQ(f.indicator(1)->weight, 3000);
}

// Each file in broken/ is mini.yaml with one defect; the loader names it and where it is.
TEST(EvaluationFramework, BrokenFilesSayWhatAndWhere) {
  std::vector<std::pair<std::string, std::string>> cases = {
      {"unknown-field", "unknown-field.yaml: domains[0].aspects[0].indicators[1].weigth: unknown field"},
      {"missing-field", "missing-field.yaml: domains[0].aspects[0].indicators[1].scale: is required"},
      {"aspect-weight", "aspect-weight.yaml: domains[0].aspects[0].weight: 50.00 but its indicators add up to 60.00"},
      {"domain-weight", "domain-weight.yaml: domains[0].weight: 90.00 but its aspects add up to 100.00"},
      {"total-weight", "total-weight.yaml: domains: the domain weights add up to 90.00; they must add up to 100.00"},
      {"weight-decimals", "weight-decimals.yaml: domains[0].aspects[1].indicators[0].weight: \"40.005\" has more than 2 decimals"},
      {"duplicate-number", "duplicate-number.yaml: domains[0].aspects[0].indicators[1].number: indicator 1 is numbered twice"},
      {"unknown-scale", "unknown-scale.yaml: domains[0].aspects[0].indicators[1].scale: no scale has the key \"service\""},
      {"levels-gap", "levels-gap.yaml: scales[0].levels[2].value: levels are numbered 1, 2, 3 … in order: expected 3, found 4"},
      {"bands-order", "bands-order.yaml: bands[1].from: 2.50 is not below the band before it (1.00)"},
      {"bands-lowest", "bands-lowest.yaml: bands[1].from: the last band must start at 1.00, the lowest index possible, not at 1.50"},
      {"unknown-suggestion", "unknown-suggestion.yaml: domains[0].aspects[0].indicators[0].suggestion: unknown suggestion rule \"horoscope\""},
      {"criteria-level", "criteria-level.yaml: domains[0].aspects[1].indicators[0].criteria[0].level: the scale process has no level 6"},
      {"not-yaml", "not-yaml.yaml: line 25: not valid YAML"},
  };
  for (const auto& [name, expected] : cases) {
    auto path = "tests/fixtures/frameworks/broken/" + name + ".yaml";
    auto r = load_framework(source_file(path), path);
    EXPECT_FALSE(r.framework) << name;
    EXPECT_NE(all_errors(r).find(expected), std::string::npos) << name << " gave:\n" << all_errors(r);
  }
  // An unreadable weight does not also report sums it cannot know.
  auto r = load_framework(source_file("tests/fixtures/frameworks/broken/weight-decimals.yaml"), "weight-decimals.yaml");
  EXPECT_EQ(r.errors.size(), 1u) << all_errors(r);
}

TEST(EvaluationFramework, MoreLoaderRefusals) {
  auto mini = source_file("tests/fixtures/frameworks/mini.yaml");
  auto with = [&](const std::string& from, const std::string& to) {
    auto text = mini;
    auto at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("no " + from);
    return all_errors(load_framework(text.replace(at, from.size(), to), "x.yaml"));
  };
  EXPECT_NE(with("status: draft", "status: proposed").find("status: \"proposed\" must be one of"), std::string::npos);
  EXPECT_NE(with("code: mini", "code: Mini Framework").find("code: \"Mini Framework\" must be at most 60 lowercase"), std::string::npos);
  EXPECT_NE(with("effective_from: 2025-01-01", "effective_from: 1 Januari 2025").find("effective_from:"), std::string::npos);
  EXPECT_NE(with("default_target_level: 2", "default_target_level: 4").find("default_target_level: 4 is not a level of the scale process"),
            std::string::npos);
  EXPECT_NE(with("weight: 40.00\n            scale", "weight: 40,00\n            scale").find("\"40,00\" must be a number with a dot"),
            std::string::npos);
  EXPECT_NE(with("{number: 2, name: Indikator dua, weight: 30.00,", "{number: 2, name: Indikator dua, weight: 0,")
                .find("indicators[1].weight: must be more than 0"),
            std::string::npos);
  EXPECT_EQ(with("code: mini", "code: mini"), "");  // unchanged, it loads
  EXPECT_NE(with("code: mini", "code: mini\nextra: 1").find("x.yaml: extra: unknown field"), std::string::npos);
  EXPECT_NE(with("scales:", "scalez:").find("x.yaml: scales: is required"), std::string::npos);
  EXPECT_NE(with("index_name: Indeks Uji", "index_name: Indeks Uji\nindex_name: Indeks Lain").find("x.yaml: index_name: is given twice"),
            std::string::npos);
  EXPECT_NE(with("code: mini", "code: " + std::string(61, 'a')).find("must be at most 60 lowercase"), std::string::npos);
}

// A second framework: 7 aspects, 20 indicators, its own scale and bands (tests/fixtures only).
TEST(EvaluationFramework, PemdiFixtureLoadsAndComputes) {
  auto pemdi = load_fixture("pemdi-draft.yaml");
  EXPECT_EQ(pemdi.status, "draft");
  EXPECT_EQ(pemdi.indicators().size(), 20u);
  EXPECT_EQ(pemdi.domains.size(), 7u);
  EXPECT_EQ(pemdi.scale("maturity")->level(5)->name, "Unggul");
  evaluation::Levels threes;
  for (int i = 1; i <= 20; ++i) threes[i] = 3;
  auto r = evaluation::compute_index(pemdi, threes);
  ASSERT_TRUE(r.complete());
  EXPECT_EQ(r.overall->text(), "3.00");
  EXPECT_EQ(r.predicate, "Baik");
  EXPECT_EQ(r.aspects.size(), 7u);

  // Aspect 7 (Kepuasan Pengguna, 25) at 4 and the rest at 2: (75 × 2 + 25 × 4) / 100 = 2,50.
  evaluation::Levels mixed;
  for (int i = 1; i <= 18; ++i) mixed[i] = 2;
  mixed[19] = mixed[20] = 4;
  auto m = evaluation::compute_index(pemdi, mixed);
  EXPECT_EQ(m.overall->text(), "2.50");
  EXPECT_EQ(m.predicate, "Baik");
  EXPECT_EQ(evaluation::weakest_aspects_first(m).back()->aspect->number, 7);
}

// The two frameworks' bands disagree on the same published value.
TEST(EvaluationFramework, BandsDifferBetweenFrameworks) {
  auto pemdi = load_fixture("pemdi-draft.yaml");
  EXPECT_EQ(evaluation::predicate_of(spbe(), 255, 2), "Cukup");
  EXPECT_EQ(evaluation::predicate_of(pemdi, 255, 2), "Baik");
  EXPECT_EQ(evaluation::predicate_of(spbe(), 400, 2), "Sangat Baik");
  EXPECT_EQ(evaluation::predicate_of(pemdi, 400, 2), "Memuaskan");
  EXPECT_EQ(evaluation::predicate_of(spbe(), 150, 2), "Kurang");
  EXPECT_EQ(evaluation::predicate_of(pemdi, 150, 2), "Cukup");
}

TEST(EvaluationFramework, BuiltInsAndSuggestionRules) {
  ASSERT_FALSE(builtin_frameworks().empty());
  EXPECT_FALSE(find_builtin_framework("pemdi-draft"));  // a test fixture, not shipped
  EXPECT_EQ(known_suggestion_rules().size(), 12u);
}
