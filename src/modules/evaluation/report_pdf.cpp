// The evaluation's PDFs (report.h): the Berita Acara Penilaian Mandiri and the result report
// in the layout of the official LHE (PermenPANRB 59/2020; spbe-reference §1.8). Pure: every
// name, weight, level and band comes from the Report and its framework.
#include <algorithm>
#include <cctype>

#include "export/pdf.h"
#include "modules/compliance/report.h"
#include "modules/evaluation/json.h"
#include "modules/evaluation/report.h"
#include "modules/evaluation/rules.h"

namespace simpul::modules::evaluation {

namespace {

constexpr const char* kDraft = "DRAF \u2014 belum ditandatangani";
const pdf::Colour kSelfColour = pdf::colour("#1d4ed8"), kResultColour = pdf::colour("#b91c1c"),
                  kTargetColour = pdf::colour("#15803d");

std::string stage_label(ExternalStage s) {
  switch (s) {
    case ExternalStage::document: return "Penilaian Dokumen";
    case ExternalStage::interview: return "Penilaian Interviu";
    case ExternalStage::visit: return "Penilaian Visitasi";
  }
  return "";
}

int64_t units_per_point(int decimals) {
  int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  return scale;
}
// "2,60" of 260 with two decimals.
std::string units_text(int64_t units, int decimals) { return decimal_comma(IndexValue{0, 1, units, decimals}.text()); }

// The ends of the index's range: the lowest and the highest level of the framework's scales.
int lowest_level(const frameworks::Framework& f) {
  int lowest = f.scales.empty() ? 0 : f.scales.front().lowest();
  for (const auto& s : f.scales) lowest = std::min(lowest, s.lowest());
  return lowest;
}
int highest_level(const frameworks::Framework& f) {
  int highest = 0;
  for (const auto& s : f.scales) highest = std::max(highest, s.highest());
  return highest;
}

std::string value_text(const std::optional<IndexValue>& v) { return v ? decimal_comma(v->text()) : "-"; }
std::string weight_label(frameworks::Hundredths w) { return decimal_comma(frameworks::hundredths_text(w)); }

// "Madiun" of "Kota Madiun": the place a record is dated at.
std::string place_of(const std::string& region_name) {
  for (const char* prefix : {"Kota ", "Kabupaten "})
    if (region_name.rfind(prefix, 0) == 0) return region_name.substr(std::string(prefix).size());
  return region_name;
}

std::string date_of(const Report& r, const std::string& rfc3339) {
  return compliance::long_date(local_date(rfc3339, r.time_zone));
}

std::string index_sentence(const Report& r, const IndexResult& idx) {
  const auto& f = *r.view.framework;
  if (!idx.overall) return f.index_name + " belum dapat dihitung: belum ada indikator yang dinilai.";
  std::string s = f.index_name + " " + r.region_name + " tahun " + std::to_string(r.view.campaign.year) + ": " +
                  value_text(idx.overall) + " (predikat " + idx.predicate + ").";
  if (!idx.complete())
    s += " Angka sementara: baru " + std::to_string(idx.answered) + " dari " + std::to_string(idx.indicators) +
         " indikator yang dinilai.";
  return s;
}

// Domain and aspect values, each aspect under its domain.
void values_table(pdf::Document& d, const IndexResult& idx, const IndexResult* result) {
  std::vector<pdf::Column> cols{{"Domain / Aspek", 5}, {"Bobot", 1}, {result ? "Mandiri" : "Indeks", 1}};
  if (result) cols.push_back({"Hasil", 1});
  std::vector<std::vector<std::string>> rows;
  for (size_t di = 0; di < idx.domains.size(); ++di) {
    const auto& dom = idx.domains[di];
    std::vector<std::string> row{"Domain " + std::to_string(dom.domain->number) + " " + dom.domain->name,
                                 weight_label(dom.domain->weight), value_text(dom.value)};
    if (result) row.push_back(value_text(result->domains[di].value));
    rows.push_back(std::move(row));
    for (size_t ai = 0; ai < idx.aspects.size(); ++ai) {
      const auto& asp = idx.aspects[ai];
      if (asp.domain != dom.domain) continue;
      std::vector<std::string> arow{"Aspek " + std::to_string(asp.aspect->number) + " " + asp.aspect->name,
                                    weight_label(asp.aspect->weight), value_text(asp.value)};
      if (result) arow.push_back(value_text(result->aspects[ai].value));
      rows.push_back(std::move(arow));
    }
  }
  d.table(cols, rows);
}

void signature(pdf::Document& d, const Report& r, const std::string& date) {
  const std::string blank = "..............................";
  std::vector<std::string> above{place_of(r.region_name) + ", " + date, "Koordinator SPBE"};
  Person p{"", "", "", ""};
  if (const auto* k = r.coordinator()) p = r.person(k->username);
  if (!p.position.empty()) above.push_back(p.position);
  std::vector<std::string> below;
  if (!p.nip.empty()) below.push_back("NIP " + p.nip);
  else if (p.name.empty()) below.push_back("NIP " + blank);
  d.signature({above, p.name.empty() ? "(" + blank + ")" : p.name, below});
}

// ------------------------------------------------------------------------------ result parts

void summary(pdf::Document& d, const Report& r) {
  const auto& f = *r.view.framework;
  const auto& idx = r.used();
  const auto& k = r.view.campaign;
  d.heading("1. Ringkasan Eksekutif");
  d.paragraph(index_sentence(r, idx));
  std::vector<std::pair<std::string, std::string>> facts{{f.index_name, value_text(idx.overall)},
                                                         {"Predikat", idx.overall ? idx.predicate : "-"}};
  if (auto target = target_units(k.target_index, f.decimals)) {
    std::string met = !idx.overall ? "belum dapat dinilai" : idx.overall->published >= *target ? "tercapai" : "belum tercapai";
    facts.push_back({"Target indeks (IKU)", units_text(*target, f.decimals) + " \u2014 " + met});
  } else {
    facts.push_back({"Target indeks (IKU)", "tidak ditetapkan"});
  }
  if (const auto* before = r.previous_year(); before && idx.overall)
    facts.push_back({"Dibanding tahun " + std::to_string(before->year),
                     signed_difference(idx.overall->published - before->value.published, f.decimals) + " (tahun " +
                         std::to_string(before->year) + ": " + decimal_comma(before->value.text()) + ", " +
                         before->predicate + ")"});
  else
    facts.push_back({"Tahun sebelumnya", "belum ada penilaian"});
  facts.push_back({"Nilai yang digunakan", r.uses_result ? "hasil penilaian eksternal (tahap terakhir tiap indikator)"
                                                         : "penilaian mandiri"});
  d.facts(facts);
}

void legal_basis(pdf::Document& d, const Report& r) {
  d.heading("2. Dasar Hukum");
  d.paragraph("a. " + framework_label(*r.view.framework) + ".");
  d.paragraph(r.regulation.empty() ? "b. Peraturan kepala daerah tentang SPBE belum tercatat dalam profil daerah."
                                   : "b. " + r.regulation + ".");
}

void method(pdf::Document& d, const Report& r) {
  const auto& f = *r.view.framework;
  d.heading("3. Metodologi");
  std::vector<std::vector<std::string>> stages{
      {"Penilaian Mandiri", r.sign_off ? "ditandatangani " + date_of(r, r.sign_off->at) : "belum ditandatangani"}};
  for (auto s : {ExternalStage::document, ExternalStage::interview, ExternalStage::visit}) {
    bool done = std::find(r.stages_done.begin(), r.stages_done.end(), s) != r.stages_done.end();
    stages.push_back({stage_label(s), done ? "dilaksanakan" : "belum ada hasil"});
  }
  d.table({{"Tahap", 2}, {"Keadaan", 3}}, stages);
  d.paragraph("Indeks aspek adalah jumlah tingkat kematangan indikator dikali bobotnya dibagi bobot aspek; indeks domain "
              "dan " + f.index_name + " dihitung dengan cara yang sama dari indeks aspek dan domain, lalu dibulatkan ke " +
              std::to_string(f.decimals) + " desimal. Bobot domain dan aspek:");
  std::vector<std::vector<std::string>> weights;
  for (const auto& dom : f.domains)
    for (const auto& asp : dom.aspects)
      weights.push_back({std::to_string(dom.number) + " " + dom.name, weight_label(dom.weight),
                         std::to_string(asp.number) + " " + asp.name, weight_label(asp.weight),
                         std::to_string(asp.indicators.size())});
  d.table({{"Domain", 3}, {"Bobot", 1}, {"Aspek", 4}, {"Bobot", 1}, {"Indikator", 1}}, weights);
  // The bands, highest first: each from its start up to the next one's; the lowest from the
  // lowest index possible, written "< its upper bound" as the regulation's table does.
  std::vector<std::vector<std::string>> bands;
  const auto top = units_text(highest_level(f) * units_per_point(f.decimals), f.decimals);
  for (size_t i = 0; i < f.bands.size(); ++i) {
    auto from = units_text(f.bands[i].from, f.decimals);
    std::string range = i == 0                     ? from + " \u2013 " + top
                        : i + 1 == f.bands.size() ? "< " + units_text(f.bands[i - 1].from, f.decimals)
                                                  : from + " \u2013 < " + units_text(f.bands[i - 1].from, f.decimals);
    bands.push_back({range, f.bands[i].name});
  }
  d.paragraph("Predikat menurut nilai indeks:");
  d.table({{"Nilai indeks", 2}, {"Predikat", 3}}, bands);
}

void index_part(pdf::Document& d, const Report& r) {
  const auto& f = *r.view.framework;
  const auto& idx = r.used();
  d.heading("4. Indeks");
  d.facts({{f.index_name, value_text(idx.overall)}, {"Predikat", idx.overall ? idx.predicate : "-"}});
  const IndexResult* result = r.view.result ? &*r.view.result : nullptr;
  values_table(d, r.view.self, result);
  std::vector<std::string> spokes;
  std::vector<std::optional<double>> self, res;
  for (size_t i = 0; i < r.view.self.aspects.size(); ++i) {
    const auto& a = r.view.self.aspects[i];
    spokes.push_back(std::to_string(a.aspect->number) + ". " + a.aspect->name);
    self.push_back(a.value ? std::optional<double>(a.value->exact()) : std::nullopt);
    if (result) res.push_back(result->aspects[i].value ? std::optional<double>(result->aspects[i].value->exact()) : std::nullopt);
  }
  const int highest = highest_level(f);
  std::vector<pdf::RadarSeries> series{{"Penilaian mandiri", self, kSelfColour}};
  if (result) series.push_back({"Hasil penilaian eksternal", res, kResultColour});
  d.radar_chart("Indeks aspek" + std::string(result ? ": penilaian mandiri dan hasil penilaian eksternal" : ""), spokes,
                series, highest);
  std::vector<pdf::Point> points;
  for (const auto& y : r.trend)
    points.push_back({std::to_string(y.year), y.value.exact(), decimal_comma(y.value.text())});
  std::vector<pdf::Guide> guides;
  if (auto target = target_units(r.view.campaign.target_index, f.decimals))
    guides.push_back({"Target " + units_text(*target, f.decimals),
                      static_cast<double>(*target) / static_cast<double>(units_per_point(f.decimals)), kTargetColour});
  if (points.empty()) d.paragraph("Tren " + f.index_name + " belum dapat digambar: belum ada indeks.");
  else d.line_chart("Tren " + f.index_name + " per tahun", points, lowest_level(f), highest, kSelfColour, guides);
}

void strengths_and_weaknesses(pdf::Document& d, const Report& r) {
  const auto& f = *r.view.framework;
  d.heading("5. Kekuatan dan Kelemahan");
  d.paragraph("Per aspek: indikator yang mencapai target tingkat kematangannya adalah kekuatan, yang di bawah target "
              "adalah kelemahan.");
  for (const auto& a : r.used().aspects) {
    std::string strong, weak, open;
    for (const auto& l : r.lines) {
      if (l.placed.aspect != a.aspect) continue;
      std::string item = std::to_string(l.placed.indicator->number) + " " + l.placed.indicator->name + " (tingkat " +
                         level_text(f, *l.placed.indicator, l.used) + ")";
      std::string& list = !l.used ? open : *l.used >= l.target ? strong : weak;
      list += (list.empty() ? "" : "; ") + (l.used ? item : std::to_string(l.placed.indicator->number) + " " + l.placed.indicator->name);
    }
    d.paragraph("Aspek " + std::to_string(a.aspect->number) + " " + a.aspect->name + " (indeks " + value_text(a.value) + ")",
                true);
    d.paragraph("Kekuatan: " + (strong.empty() ? "tidak ada indikator yang mencapai target." : strong + "."));
    d.paragraph("Kelemahan: " + (weak.empty() ? "tidak ada indikator di bawah target." : weak + "."));
    if (!open.empty()) d.paragraph("Belum dinilai: " + open + ".");
  }
}

void recommendations(pdf::Document& d, const Report& r) {
  const auto& f = *r.view.framework;
  d.heading("6. Rekomendasi");
  std::vector<std::vector<std::string>> rows;
  for (const auto* a : weakest_aspects_first(r.used()))
    for (const auto& l : r.lines) {
      if (l.placed.aspect != a->aspect || !l.used || *l.used >= l.target) continue;
      const auto& i = *l.placed.indicator;
      const auto* next = f.criteria(i, *l.used + 1);
      rows.push_back({std::to_string(i.number), i.name + " (aspek " + std::to_string(a->aspect->number) + ")",
                      "dari " + level_text(f, i, l.used) + " ke " + level_text(f, i, l.target),
                      "Menuju tingkat " + level_text(f, i, *l.used + 1) + ": " + (next ? next->criteria : "")});
    }
  if (rows.empty()) return d.paragraph("Setiap indikator yang dinilai telah mencapai target tingkat kematangannya.");
  d.paragraph("Indikator di bawah target, aspek terlemah lebih dahulu: naikkan tingkatnya sampai target dengan memenuhi "
              "kriteria tingkat berikutnya.");
  d.table({{"No", 0.5f}, {"Indikator", 3}, {"Tingkat", 2}, {"Yang perlu dilakukan", 5}}, rows);
}

void levels_table(pdf::Document& d, const Report& r) {
  d.heading("7. Tingkat Kematangan Setiap Indikator");
  std::vector<std::vector<std::string>> rows;
  for (const auto& l : r.lines) {
    auto opt = [](std::optional<int> v) { return v ? std::to_string(*v) : std::string("-"); };
    rows.push_back({std::to_string(l.placed.indicator->number), l.placed.indicator->name, opt(l.self),
                    opt(l.external.result()), std::to_string(l.target),
                    l.used ? std::to_string(gap_to_target(*l.used, l.target)) : std::string("-")});
  }
  d.table({{"No", 0.5f}, {"Indikator", 6}, {"Mandiri", 1}, {"Hasil", 1}, {"Target", 1}, {"Kesenjangan", 1.3f}}, rows);
}

}  // namespace

std::string self_assessment_pdf(const Report& r) {
  const auto& f = *r.view.framework;
  const auto& k = r.view.campaign;
  const std::string name = "Berita Acara Penilaian Mandiri SPBE " + r.region_name + " " + std::to_string(k.year);
  pdf::Document d(name, name + (r.sign_off ? "" : std::string(" \u2014 ") + kDraft));
  if (!r.sign_off) d.paragraph(kDraft, true);
  d.title("Berita Acara Penilaian Mandiri SPBE");
  std::vector<std::pair<std::string, std::string>> facts{
      {"Pemerintah daerah", r.region_name},
      {"Tahun", std::to_string(k.year)},
      {"Jenis", kind_label(k.kind)},
      {"Kerangka penilaian", framework_label(f)}};
  if (!k.decree_reference.empty()) facts.push_back({"Keputusan pembentukan tim", k.decree_reference});
  facts.push_back({"Status", r.sign_off ? "Ditandatangani " + date_of(r, r.sign_off->at) + " oleh " + r.person(r.sign_off->by_user).name
                                        : kDraft});
  d.facts(facts);

  d.heading("Tim Asesor Internal");
  std::vector<std::vector<std::string>> team;
  for (const auto& a : r.team) {
    auto p = r.person(a.username);
    std::string role = role_label_id(a.role);
    if (!role.empty()) role[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(role[0])));
    team.push_back({role, p.name + (p.nip.empty() ? "" : " (NIP " + p.nip + ")"), a.unit.empty() ? "-" : a.unit});
  }
  if (team.empty()) d.paragraph("Tim Asesor Internal belum ditetapkan.");
  else d.table({{"Peran", 2}, {"Nama", 3}, {"Unit", 3}}, team);

  d.heading("Indeks");
  d.paragraph(index_sentence(r, r.view.self));
  values_table(d, r.view.self, nullptr);

  d.heading("Penilaian per Indikator");
  std::vector<std::vector<std::string>> rows;
  for (const auto& l : r.lines) {
    const auto& i = *l.placed.indicator;
    std::string evidence;
    for (const auto& e : l.evidence) evidence += (evidence.empty() ? "" : "; ") + e;
    std::string verified = "-";
    if (l.answer && !l.answer->verified_at.empty())
      verified = r.person(l.answer->verified_by).name + ", " + date_of(r, l.answer->verified_at);
    rows.push_back({std::to_string(i.number), i.name, level_text(f, i, l.self),
                    l.answer && !l.answer->explanation.empty() ? l.answer->explanation : "-",
                    evidence.empty() ? "-" : evidence, verified});
  }
  d.table({{"No", 0.5f}, {"Indikator", 3}, {"Tingkat", 1.4f}, {"Penjelasan", 4}, {"Data dukung", 2.4f}, {"Verifikasi", 1.6f}},
          rows);

  d.heading("Pengesahan");
  if (r.sign_off)
    d.paragraph("Penilaian mandiri ini telah diperiksa dan diverifikasi oleh penanggung jawab dan ditandatangani oleh " +
                r.person(r.sign_off->by_user).name + " selaku Koordinator SPBE pada " + date_of(r, r.sign_off->at) + ", dengan " +
                f.index_name + " " + decimal_comma(r.sign_off->index_value) + ".");
  else
    d.paragraph("Penilaian mandiri ini belum ditandatangani Koordinator SPBE; isinya masih dapat berubah.");
  signature(d, r, r.sign_off ? date_of(r, r.sign_off->at) : compliance::long_date(r.today));
  return d.finish();
}

std::string result_pdf(const Report& r) {
  const auto& k = r.view.campaign;
  const std::string title = "Laporan Hasil " + kind_label(k.kind);
  const std::string name = title + " " + r.region_name + " " + std::to_string(k.year);
  pdf::Document d(name, name);
  d.title(title + " Tahun " + std::to_string(k.year));
  d.facts({{"Pemerintah daerah", r.region_name},
           {"Kerangka penilaian", framework_label(*r.view.framework)},
           {"Keadaan per", compliance::long_date(r.today)}});
  if (!r.uses_result)
    d.paragraph(r.view.result ? "Hasil penilaian eksternal belum lengkap untuk setiap indikator; laporan ini memakai "
                                "tingkat penilaian mandiri."
                              : "Belum ada hasil penilaian eksternal; laporan ini memakai tingkat penilaian mandiri.");
  summary(d, r);
  legal_basis(d, r);
  method(d, r);
  index_part(d, r);
  strengths_and_weaknesses(d, r);
  recommendations(d, r);
  levels_table(d, r);
  return d.finish();
}

}  // namespace simpul::modules::evaluation
