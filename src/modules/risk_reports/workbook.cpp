#include "modules/risk_reports/workbook.h"

#include <algorithm>

#include "modules/risks/rules.h"

namespace simpul::modules::risk_reports {

namespace {

using Row = std::vector<xlsx::Cell>;

std::string yes_no(bool v) { return v ? "Ya" : "Tidak"; }

std::string polarity_label(const std::string& polarity) { return polarity == "positive" ? "Positif" : "Negatif"; }

std::string control_label(const std::string& key) {
  if (key == "sop") return "SOP";
  if (key == "supervision") return "Pengawasan melekat";
  if (key == "tiered_review") return "Reviu berjenjang";
  if (key == "regulation") return "Regulasi";
  if (key == "routine_monitoring") return "Pemantauan rutin";
  return key;
}

std::string option_label(const std::string& option) {
  static const std::map<std::string, std::string> labels{
      {"escalate", "Eskalasi Risiko"}, {"exploit", "Eksploitasi Risiko"}, {"enhance", "Peningkatan Risiko"},
      {"share", "Pembagian Risiko"},   {"accept", "Penerimaan Risiko"},   {"mitigate", "Mitigasi Risiko"},
      {"transfer", "Transfer Risiko"}, {"avoid", "Penghindaran Risiko"}};
  auto it = labels.find(option);
  return it == labels.end() ? option : it->second;
}

std::string status_label(const std::string& status) {
  if (status == "done") return "Selesai";
  if (status == "in_progress") return "Berjalan";
  return "Direncanakan";
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string level_text(const risks::RiskCriteria& criteria, int64_t magnitude) {
  const auto& band = risks::level_of(criteria, static_cast<int>(magnitude));
  return std::to_string(band.level) + " - " + band.name;
}

std::string level_colour(const risks::RiskCriteria& criteria, int64_t magnitude) {
  return risks::level_of(criteria, static_cast<int>(magnitude)).colour;
}

// The heading block of a form: its title, the unit (or the region) and the period.
std::vector<Row> heading(const std::string& title, const std::string& scope, const std::string& period_label,
                         const std::string& period) {
  return {{title}, {"Nama UPR", scope}, {period_label, period}};
}

// Each unit's block starts with a row naming it, shaded like the header.
void unit_row(xlsx::Sheet& sheet, const Unit& unit) {
  sheet.fills.push_back({sheet.rows.size(), 0, "#D9E2F3"});
  sheet.rows.push_back({"UPR: " + unit.name});
}

std::string category_name(const risks::RiskCriteria& criteria, const std::string& key) {
  auto c = risks::find_category(criteria, key);
  return c ? c->name : key;
}

std::string area_name(const risks::RiskCriteria& criteria, const std::string& key) {
  auto a = risks::find_impact_area(criteria, key);
  return a ? a->name : key;
}

xlsx::Sheet context_sheet(const std::vector<UnitRegister>& units, int64_t year, const std::string& scope) {
  xlsx::Sheet sheet{"Formulir 2.0 Konteks", {"Bagian", "Uraian", "Keterangan 1", "Keterangan 2", "Keterangan 3"}, {}, {}};
  sheet.preamble = heading("Formulir 2.0 Konteks Manajemen Risiko SPBE", scope, "Periode", std::to_string(year));
  for (const auto& u : units) {
    unit_row(sheet, u.unit);
    if (!u.context) {
      sheet.rows.push_back({"2.1 Informasi Umum", "Konteks belum diisi"});
      continue;
    }
    const auto& x = *u.context;
    auto person = [&](const std::optional<int64_t>& id) -> std::string {
      if (!id) return "";
      auto it = u.people.find(*id);
      return it == u.people.end() ? "" : it->second;
    };
    sheet.rows.push_back({"2.1 Nama UPR", u.unit.name});
    sheet.rows.push_back({"2.1 Tugas", x.duties});
    sheet.rows.push_back({"2.1 Fungsi", x.functions});
    sheet.rows.push_back({"2.1 Periode", "1 Januari - 31 Desember " + std::to_string(x.year)});
    sheet.rows.push_back({"2.2 Sasaran SPBE", "Sasaran UPR SPBE", "Sasaran SPBE", "Indikator Kinerja SPBE", "Target Kinerja SPBE"});
    for (const auto& g : x.goals) sheet.rows.push_back({"", g.unit_goal, g.spbe_goal, g.indicator, g.target});
    sheet.rows.push_back({"2.3 Struktur Pelaksana", "Pemilik Risiko", person(x.structure.owner)});
    sheet.rows.push_back({"", "Koordinator Risiko", person(x.structure.coordinator)});
    sheet.rows.push_back({"", "Pengelola Risiko", person(x.structure.manager)});
    sheet.rows.push_back({"2.4 Pemangku Kepentingan", "Nama Unit/Instansi", "Hubungan"});
    for (const auto& s : x.stakeholders) sheet.rows.push_back({"", s.name, s.relation});
    sheet.rows.push_back({"2.5 Peraturan", "Nama Peraturan", "Amanat"});
    for (const auto& r : x.regulations) sheet.rows.push_back({"", r.name, r.mandate});
  }
  return sheet;
}

xlsx::Sheet assessment_sheet(const std::vector<UnitRegister>& units, const risks::RiskCriteria& criteria, int64_t year,
                             const std::string& scope) {
  xlsx::Sheet sheet{"Formulir 3.0 Penilaian",
                    {"No", "Sasaran SPBE", "Indikator Kinerja", "Jenis Risiko", "Kejadian", "Penyebab", "Kategori", "Dampak",
                     "Area Dampak", "Sistem Pengendalian", "Kemungkinan Level", "Kemungkinan Penjelasan", "Dampak Level",
                     "Dampak Penjelasan", "Besaran Risiko", "Level Risiko", "Keputusan Penanganan", "Prioritas Risiko"},
                    {},
                    {}};
  sheet.preamble = heading("Formulir 3.0 Penilaian Risiko SPBE", scope, "Periode", std::to_string(year));
  for (const auto& u : units) {
    unit_row(sheet, u.unit);
    int64_t priority = 0;
    for (const auto& r : u.risks) {
      std::vector<std::string> controls;
      for (const auto& k : r.controls) controls.push_back(control_label(k));
      if (!r.controls_note.empty()) controls.push_back(r.controls_note);
      sheet.fills.push_back({sheet.rows.size(), 15, level_colour(criteria, r.magnitude)});
      sheet.rows.push_back({int64_t{r.number}, r.spbe_goal, r.indicator, polarity_label(r.polarity), r.event, r.cause,
                            category_name(criteria, r.category), r.impact, area_name(criteria, r.impact_area), joined(controls),
                            int64_t{r.likelihood}, r.likelihood_note, int64_t{r.impact_level}, r.impact_note, int64_t{r.magnitude},
                            level_text(criteria, r.magnitude), yes_no(r.treat),
                            r.treat ? xlsx::Cell{++priority} : xlsx::Cell{}});
    }
  }
  return sheet;
}

xlsx::Sheet treatment_sheet(const std::vector<UnitRegister>& units, const risks::RiskCriteria& criteria, int64_t year,
                            const std::string& scope, const std::map<int64_t, std::string>& agency_names) {
  xlsx::Sheet sheet{"Formulir 4.0 Penanganan",
                    {"Prioritas Risiko", "No Risiko", "Kejadian", "Opsi Penanganan", "Rencana Aksi", "Keluaran", "Jadwal Mulai",
                     "Jadwal Selesai", "Penanggung Jawab", "Unit Pendukung", "Status", "Risiko Residual", "Besaran Residual",
                     "Level Residual"},
                    {},
                    {}};
  sheet.preamble = heading("Formulir 4.0 Rencana Penanganan Risiko SPBE", scope, "Waktu Penerapan", std::to_string(year));
  auto name_of = [&](int64_t id) {
    auto it = agency_names.find(id);
    return it == agency_names.end() ? std::string() : it->second;
  };
  for (const auto& u : units) {
    unit_row(sheet, u.unit);
    int64_t priority = 0;
    for (const auto& r : u.risks) {
      std::optional<int64_t> rank;
      if (r.treat) rank = ++priority;
      for (const auto& t : u.treatments) {
        if (t.risk_id != r.id) continue;
        std::vector<std::string> supporting;
        for (auto id : t.supporting_agencies) supporting.push_back(name_of(id));
        bool residual = t.residual_magnitude.has_value();
        if (residual) sheet.fills.push_back({sheet.rows.size(), 13, level_colour(criteria, *t.residual_magnitude)});
        sheet.rows.push_back({rank ? xlsx::Cell{*rank} : xlsx::Cell{}, int64_t{r.number}, r.event, option_label(t.option), t.actions, t.output, t.starts_on,
                              t.due_on, name_of(t.owner_agency_id), joined(supporting), status_label(t.status),
                              yes_no(residual), residual ? xlsx::Cell{int64_t{*t.residual_magnitude}} : xlsx::Cell{},
                              residual ? xlsx::Cell{level_text(criteria, *t.residual_magnitude)} : xlsx::Cell{}});
      }
    }
  }
  return sheet;
}

std::string treatment_lines(const std::vector<TreatmentLine>& lines, bool with_dates) {
  std::vector<std::string> parts;
  for (const auto& t : lines) parts.push_back(with_dates ? t.actions + " (" + t.starts_on + " s.d. " + t.due_on + ")" : t.actions);
  return joined(parts);
}

xlsx::Sheet monitoring_sheet(const std::vector<UnitRegister>& units, const risks::RiskCriteria& criteria, int64_t year,
                             const std::string& scope) {
  xlsx::Sheet sheet{"Formulir 5.0 Pemantauan",
                    {"No", "Sasaran SPBE", "Risiko", "Besaran Saat Ini", "Level Saat Ini", "Besaran Proyeksi", "Level Proyeksi",
                     "Penanganan yang Telah Dilakukan", "Rencana Penanganan", "Penanggung Jawab", "Waktu Pelaksanaan"},
                    {},
                    {}};
  sheet.preamble = heading("Formulir 5.0 Laporan Pemantauan Risiko SPBE", scope, "Periode", std::to_string(year));
  for (const auto& u : units) {
    unit_row(sheet, u.unit);
    if (!u.latest_report) {
      sheet.rows.push_back({"", "Belum ada laporan pemantauan"});
      continue;
    }
    const auto& report = *u.latest_report;
    sheet.rows.push_back({"", "Periode", period_label(report.period).id + " " + std::to_string(report.year),
                          report.status == "submitted" ? "Disampaikan " + report.submitted_at.substr(0, 10) : "Draf"});
    for (const auto& e : report.entries) {
      sheet.fills.push_back({sheet.rows.size(), 4, level_colour(criteria, e.magnitude)});
      sheet.fills.push_back({sheet.rows.size(), 6, level_colour(criteria, e.projected_magnitude)});
      std::string when = e.schedule_starts_on ? *e.schedule_starts_on + " s.d. " + e.schedule_due_on.value_or("") : "";
      sheet.rows.push_back({e.number, e.spbe_goal, e.event, e.magnitude, level_text(criteria, e.magnitude), e.projected_magnitude,
                            level_text(criteria, e.projected_magnitude), treatment_lines(e.treatments_done, false),
                            treatment_lines(e.treatments_planned, true), e.owner, when});
    }
    if (!report.summary.empty()) sheet.rows.push_back({"", "Ringkasan", report.summary});
    if (report.period == "annual") sheet.rows.push_back({"", "Rekomendasi", report.recommendations});
  }
  return sheet;
}

}  // namespace

std::vector<xlsx::Sheet> register_sheets(const std::vector<UnitRegister>& units, const risks::RiskCriteria& criteria,
                                         int64_t year, const std::string& scope,
                                         const std::map<int64_t, std::string>& agency_names) {
  return {context_sheet(units, year, scope), assessment_sheet(units, criteria, year, scope),
          treatment_sheet(units, criteria, year, scope, agency_names), monitoring_sheet(units, criteria, year, scope)};
}

std::optional<RiskReport> latest_report(const std::vector<RiskReport>& reports) {
  auto rank = [](const RiskReport& r) {
    auto order = std::find(kPeriodOrder.begin(), kPeriodOrder.end(), r.period) - kPeriodOrder.begin();
    return std::pair{r.status == "submitted" ? 1 : 0, order};
  };
  std::optional<RiskReport> best;
  for (const auto& r : reports)
    if (!best || rank(r) > rank(*best)) best = r;
  return best;
}

}  // namespace simpul::modules::risk_reports
