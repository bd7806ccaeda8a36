#include "modules/risks/criteria.h"

#include <regex>
#include <set>

#include "core/body_reader.h"

namespace simpul::modules::risks {

namespace {

RiskCriteria make_national() {
  RiskCriteria c;
  // 2.2 Kategori Risiko SPBE; 2.8 Selera Risiko: the national examples for Rencana dan Anggaran
  // (16/6), Pengadaan Barang dan Jasa (18/11) and SDM SPBE (20/14); 16/11 for the others.
  c.categories = {{"rencana_induk_nasional", "Rencana Induk SPBE Nasional", 16, 11},
                  {"arsitektur", "Arsitektur SPBE", 16, 11},
                  {"peta_rencana", "Peta Rencana SPBE", 16, 11},
                  {"proses_bisnis", "Proses Bisnis", 16, 11},
                  {"rencana_anggaran", "Rencana dan Anggaran", 16, 6},
                  {"inovasi", "Inovasi", 16, 11},
                  {"kepatuhan_peraturan", "Kepatuhan terhadap Peraturan", 16, 11},
                  {"pengadaan", "Pengadaan Barang dan Jasa", 18, 11},
                  {"proyek_pengembangan", "Proyek Pembangunan/Pengembangan Sistem", 16, 11},
                  {"data_informasi", "Data dan Informasi", 16, 11},
                  {"infrastruktur", "Infrastruktur SPBE", 16, 11},
                  {"aplikasi", "Aplikasi SPBE", 16, 11},
                  {"keamanan", "Keamanan SPBE", 16, 11},
                  {"layanan", "Layanan SPBE", 16, 11},
                  {"sdm", "SDM SPBE", 20, 14},
                  {"bencana_alam", "Bencana Alam", 16, 11}};
  // 2.3 Area Dampak.
  c.impact_areas = {{"finansial", "Finansial"},
                    {"reputasi", "Reputasi"},
                    {"kinerja", "Kinerja"},
                    {"layanan_organisasi", "Layanan Organisasi"},
                    {"operasional_aset_tik", "Operasional dan Aset TIK"},
                    {"hukum_regulasi", "Hukum dan Regulasi"},
                    {"sdm", "Sumber Daya Manusia"}};
  // 2.4 Level Kemungkinan (Tabel 8, the example criteria).
  c.likelihood_levels = {{1, "Hampir Tidak Terjadi", "Peluang X ≤ 5% per tahun, atau kurang dari 2 kali per tahun"},
                         {2, "Jarang Terjadi", "Peluang 5% < X ≤ 10% per tahun, atau 2-5 kali per tahun"},
                         {3, "Kadang-Kadang Terjadi", "Peluang 10% < X ≤ 20% per tahun, atau 6-9 kali per tahun"},
                         {4, "Sering Terjadi", "Peluang 20% < X ≤ 50% per tahun, atau 10-12 kali per tahun"},
                         {5, "Hampir Pasti Terjadi", "Peluang X > 50% per tahun, atau lebih dari 12 kali per tahun"}};
  // 2.5 Level Dampak (Tabel 9, area Kinerja as the example).
  c.impact_levels = {{1, "Tidak Signifikan", "Perubahan kinerja kurang dari 20%"},
                     {2, "Kurang Signifikan", "Perubahan kinerja 20% sampai kurang dari 40%"},
                     {3, "Cukup Signifikan", "Perubahan kinerja 40% sampai kurang dari 60%"},
                     {4, "Signifikan", "Perubahan kinerja 60% sampai kurang dari 80%"},
                     {5, "Sangat Signifikan", "Perubahan kinerja 80% atau lebih"}};
  // 2.6 Matriks Analisis Risiko: rows by likelihood 1..5, columns by impact 1..5.
  c.matrix = {{{1, 3, 5, 8, 20}, {2, 7, 11, 13, 21}, {4, 10, 14, 17, 22}, {6, 12, 16, 19, 24}, {9, 15, 18, 23, 25}}};
  // 2.7 Level Risiko with the example colours.
  c.levels = {{1, "Sangat Rendah", 1, 5, "#2563eb", "Biru"},
              {2, "Rendah", 6, 10, "#16a34a", "Hijau"},
              {3, "Sedang", 11, 15, "#eab308", "Kuning"},
              {4, "Tinggi", 16, 20, "#f97316", "Jingga"},
              {5, "Sangat Tinggi", 21, 25, "#dc2626", "Merah"}};
  return c;
}

const Text kName{"Isi nama (1-200 karakter).", "Give a name (1-200 characters)."};
const Text kKey{"Kunci berupa huruf kecil, angka atau garis bawah (1-40 karakter).",
                "The key is lower-case letters, digits or underscores (1-40 characters)."};
const Text kCriterionText{"Kriteria paling panjang 1000 karakter.", "The criterion has at most 1000 characters."};
const Text kMagnitude{"Isi bilangan bulat 1-25.", "Give a whole number from 1 to 25."};

std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

// Reads one object of a list with BodyReader and files its errors under `path.field`.
template <class Read>
void read_item(const nlohmann::json& item, const std::string& path, std::initializer_list<const char*> known,
               std::vector<FieldError>& errors, Read read) {
  BodyReader r(item, known);
  read(r);
  for (auto e : r.errors()) {
    e.field = e.field.empty() ? path : path + "." + e.field;
    errors.push_back(std::move(e));
  }
}

std::optional<int> magnitude_of(BodyReader& r, const char* name) {
  auto v = r.id(name, true, kMagnitude);
  if (!v) return std::nullopt;
  if (*v > kMaxMagnitude) return r.add(name, kMagnitude), std::nullopt;
  return static_cast<int>(*v);
}

// A list under `name`; its items are read by `each(item, path)`.
template <class Each>
void read_list(const nlohmann::json& body, const std::string& name, std::vector<FieldError>& errors, Each each) {
  if (!body.contains(name) || !body[name].is_array() || body[name].empty()) {
    errors.push_back({name, {"Isi daftar yang tidak kosong.", "Give a non-empty list."}});
    return;
  }
  if (body[name].size() > 50) {
    errors.push_back({name, {"Paling banyak 50 isian.", "At most 50 entries."}});
    return;
  }
  for (size_t i = 0; i < body[name].size(); ++i) each(body[name][i], at(name, i));
}

void read_scale(const nlohmann::json& body, const std::string& name, std::vector<ScaleLevel>& out,
                std::vector<FieldError>& errors) {
  read_list(body, name, errors, [&](const nlohmann::json& item, const std::string& path) {
    read_item(item, path, {"level", "name", "criteria"}, errors, [&](BodyReader& r) {
      auto level = r.id("level", true, {"Isi level 1-5.", "Give the level 1-5."});
      auto n = r.text("name", true, 200, kName);
      auto criteria = r.nullable_text("criteria", 1000, kCriterionText);
      if (level && n) out.push_back({static_cast<int>(*level), *n, criteria && *criteria ? **criteria : ""});
    });
  });
}

}  // namespace

const RiskCriteria& national_criteria() {
  static const RiskCriteria criteria = make_national();
  return criteria;
}

nlohmann::json to_json(const RiskCriteria& c) {
  nlohmann::json j = {{"categories", nlohmann::json::array()},    {"impact_areas", nlohmann::json::array()},
                      {"likelihood_levels", nlohmann::json::array()}, {"impact_levels", nlohmann::json::array()},
                      {"matrix", c.matrix},                         {"levels", nlohmann::json::array()}};
  for (const auto& k : c.categories)
    j["categories"].push_back({{"key", k.key}, {"name", k.name}, {"appetite_positive", k.appetite_positive},
                               {"appetite_negative", k.appetite_negative}});
  for (const auto& a : c.impact_areas) j["impact_areas"].push_back({{"key", a.key}, {"name", a.name}});
  for (const auto& l : c.likelihood_levels)
    j["likelihood_levels"].push_back({{"level", l.level}, {"name", l.name}, {"criteria", l.criteria}});
  for (const auto& l : c.impact_levels)
    j["impact_levels"].push_back({{"level", l.level}, {"name", l.name}, {"criteria", l.criteria}});
  for (const auto& b : c.levels)
    j["levels"].push_back({{"level", b.level}, {"name", b.name}, {"from", b.from}, {"to", b.to},
                           {"colour", b.colour}, {"colour_name", b.colour_name}});
  return j;
}

RiskCriteria parse_criteria(const nlohmann::json& body) {
  RiskCriteria c;
  std::vector<FieldError> errors;
  {
    BodyReader top(body, {"categories", "impact_areas", "likelihood_levels", "impact_levels", "matrix", "levels"});
    errors = top.errors();
  }
  if (!body.is_object()) throw ProblemError(Problem::validation_failed(errors));

  read_list(body, "categories", errors, [&](const nlohmann::json& item, const std::string& path) {
    read_item(item, path, {"key", "name", "appetite_positive", "appetite_negative"}, errors, [&](BodyReader& r) {
      auto key = r.text("key", true, 40, kKey);
      auto n = r.text("name", true, 200, kName);
      auto positive = magnitude_of(r, "appetite_positive");
      auto negative = magnitude_of(r, "appetite_negative");
      if (key && n && positive && negative) c.categories.push_back({*key, *n, *positive, *negative});
    });
  });
  read_list(body, "impact_areas", errors, [&](const nlohmann::json& item, const std::string& path) {
    read_item(item, path, {"key", "name"}, errors, [&](BodyReader& r) {
      auto key = r.text("key", true, 40, kKey);
      auto n = r.text("name", true, 200, kName);
      if (key && n) c.impact_areas.push_back({*key, *n});
    });
  });
  read_scale(body, "likelihood_levels", c.likelihood_levels, errors);
  read_scale(body, "impact_levels", c.impact_levels, errors);

  const Text matrix_shape{"Matriks berisi 5 baris (kemungkinan 1-5) masing-masing 5 angka (dampak 1-5).",
                          "The matrix holds 5 rows (likelihood 1-5) of 5 numbers each (impact 1-5)."};
  const auto* m = body.contains("matrix") ? &body["matrix"] : nullptr;
  if (!m || !m->is_array() || m->size() != kScale) {
    errors.push_back({"matrix", matrix_shape});
  } else {
    for (size_t i = 0; i < kScale; ++i) {
      const auto& row = (*m)[i];
      if (!row.is_array() || row.size() != kScale) {
        errors.push_back({at("matrix", i), matrix_shape});
        continue;
      }
      for (size_t k = 0; k < kScale; ++k) {
        const auto& v = row[k];
        if (!v.is_number_integer() || v.get<int64_t>() < 1 || v.get<int64_t>() > kMaxMagnitude)
          errors.push_back({at(at("matrix", i), k), kMagnitude});
        else
          c.matrix[i][k] = static_cast<int>(v.get<int64_t>());
      }
    }
  }

  read_list(body, "levels", errors, [&](const nlohmann::json& item, const std::string& path) {
    read_item(item, path, {"level", "name", "from", "to", "colour", "colour_name"}, errors, [&](BodyReader& r) {
      auto level = r.id("level", true, {"Isi nomor level mulai 1.", "Give the level number, from 1."});
      auto n = r.text("name", true, 200, kName);
      auto from = magnitude_of(r, "from");
      auto to = magnitude_of(r, "to");
      const Text colour_text{"Warna ditulis #rrggbb, misalnya #dc2626.", "Write the colour as #rrggbb, e.g. #dc2626."};
      auto colour = r.text("colour", true, 7, colour_text);
      if (colour && !std::regex_match(*colour, std::regex("#[0-9a-fA-F]{6}"))) r.add("colour", colour_text), colour.reset();
      auto colour_name = r.nullable_text("colour_name", 50, {"Nama warna paling panjang 50 karakter.", "The colour name has at most 50 characters."});
      if (level && n && from && to && colour)
        c.levels.push_back({static_cast<int>(*level), *n, *from, *to, *colour,
                            colour_name && *colour_name ? **colour_name : ""});
    });
  });

  fail_on_field_errors(errors);
  fail_on_field_errors(criteria_errors(c));
  return c;
}

std::vector<FieldError> criteria_errors(const RiskCriteria& c) {
  std::vector<FieldError> errors;
  static const std::regex key_pattern("[a-z0-9_]{1,40}");
  auto unique_keys = [&](const auto& items, const std::string& name) {
    std::set<std::string> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      if (!std::regex_match(items[i].key, key_pattern)) errors.push_back({at(name, i) + ".key", kKey});
      else if (!seen.insert(items[i].key).second)
        errors.push_back({at(name, i) + ".key", {"Kunci " + items[i].key + " sudah dipakai di atasnya.",
                                                  "The key " + items[i].key + " is already used above."}});
    }
  };
  unique_keys(c.categories, "categories");
  unique_keys(c.impact_areas, "impact_areas");
  for (size_t i = 0; i < c.categories.size(); ++i) {
    const auto& k = c.categories[i];
    if (k.appetite_positive < 1 || k.appetite_positive > kMaxMagnitude) errors.push_back({at("categories", i) + ".appetite_positive", kMagnitude});
    if (k.appetite_negative < 1 || k.appetite_negative > kMaxMagnitude) errors.push_back({at("categories", i) + ".appetite_negative", kMagnitude});
  }

  auto scale = [&](const std::vector<ScaleLevel>& levels, const std::string& name) {
    bool numbered = levels.size() == kScale;
    for (size_t i = 0; numbered && i < levels.size(); ++i) numbered = levels[i].level == static_cast<int>(i) + 1;
    if (!numbered)
      errors.push_back({name, {"Skala berisi tepat 5 level bernomor 1 sampai 5 berurutan.",
                               "The scale holds exactly 5 levels numbered 1 to 5 in order."}});
  };
  scale(c.likelihood_levels, "likelihood_levels");
  scale(c.impact_levels, "impact_levels");

  // The matrix: every value 1..25 exactly once, never lower at a higher likelihood or impact.
  std::set<int> seen;
  for (int l = 0; l < kScale; ++l)
    for (int i = 0; i < kScale; ++i) {
      int v = c.matrix[l][i];
      std::string path = at(at("matrix", static_cast<size_t>(l)), static_cast<size_t>(i));
      if (v < 1 || v > kMaxMagnitude) {
        errors.push_back({path, kMagnitude});
        continue;
      }
      if (!seen.insert(v).second)
        errors.push_back({path, {"Besaran " + std::to_string(v) + " sudah dipakai sel lain; setiap sel berisi angka yang berbeda 1-25.",
                                 "The magnitude " + std::to_string(v) + " is already used by another cell; every cell holds a different number 1-25."}});
      bool below_lower_likelihood = l > 0 && v < c.matrix[l - 1][i];
      bool below_lower_impact = i > 0 && v < c.matrix[l][i - 1];
      if (below_lower_likelihood || below_lower_impact)
        errors.push_back({path, {"Besaran tidak boleh lebih kecil daripada sel dengan kemungkinan atau dampak yang lebih rendah.",
                                 "A magnitude may not be smaller than that of a cell with a lower likelihood or impact."}});
    }

  // Bands: numbered 1.. in order, from 1 to 25 without gaps or overlaps.
  int expected_from = 1;
  for (size_t i = 0; i < c.levels.size(); ++i) {
    const auto& b = c.levels[i];
    std::string path = at("levels", i);
    if (b.level != static_cast<int>(i) + 1)
      errors.push_back({path + ".level", {"Level bernomor urut mulai 1.", "Levels are numbered in order from 1."}});
    if (b.from != expected_from)
      errors.push_back({path + ".from", {"Level ini harus mulai dari besaran " + std::to_string(expected_from) + " (tanpa celah atau tumpang tindih).",
                                         "This level must start at magnitude " + std::to_string(expected_from) + " (no gap, no overlap)."}});
    if (b.to < b.from)
      errors.push_back({path + ".to", {"Batas atas tidak boleh di bawah batas bawah.", "The upper bound may not be below the lower bound."}});
    expected_from = b.to + 1;
  }
  if (!c.levels.empty() && c.levels.back().to != kMaxMagnitude)
    errors.push_back({at("levels", c.levels.size() - 1) + ".to", {"Level terakhir harus sampai besaran 25.",
                                                                   "The last level must reach magnitude 25."}});
  return errors;
}

const Category* find_category(const RiskCriteria& criteria, const std::string& key) {
  for (const auto& k : criteria.categories)
    if (k.key == key) return &k;
  return nullptr;
}

const ImpactArea* find_impact_area(const RiskCriteria& criteria, const std::string& key) {
  for (const auto& a : criteria.impact_areas)
    if (a.key == key) return &a;
  return nullptr;
}

}  // namespace simpul::modules::risks
