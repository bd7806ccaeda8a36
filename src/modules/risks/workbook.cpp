#include "modules/risks/workbook.h"

#include "modules/risks/rules.h"

namespace simpul::modules::risks {

namespace {

std::string polarity_label(const std::string& p) { return p == "positive" ? "Positif" : "Negatif"; }

std::string option_label(const std::string& o) {
  if (o == "escalate") return "Eskalasi Risiko";
  if (o == "exploit") return "Eksploitasi Risiko";
  if (o == "enhance") return "Peningkatan Risiko";
  if (o == "share") return "Pembagian Risiko";
  if (o == "accept") return "Penerimaan Risiko";
  if (o == "mitigate") return "Mitigasi Risiko";
  if (o == "transfer") return "Transfer Risiko";
  return "Penghindaran Risiko";
}

std::string status_label(const std::string& s) {
  if (s == "open") return "Terbuka";
  if (s == "treating") return "Dalam penanganan";
  if (s == "closed") return "Ditutup";
  if (s == "planned") return "Direncanakan";
  if (s == "in_progress") return "Berjalan";
  return "Selesai";
}

xlsx::Cell number(int64_t n) { return n; }

}  // namespace

std::vector<xlsx::Sheet> risk_sheets(const Risk& r, const std::vector<Treatment>& treatments, const RiskCriteria& criteria) {
  const auto* category = find_category(criteria, r.category);
  const auto* area = find_impact_area(criteria, r.impact_area);
  const auto& band = level_of(criteria, r.magnitude);
  std::string controls;
  for (const auto& k : r.controls) controls += (controls.empty() ? "" : "; ") + k;

  xlsx::Sheet risk{"Risiko", {"Isian", "Nilai"}, {}, {}, {{"Nama UPR", r.agency_name}, {"Periode", number(r.year)}}};
  auto row = [&](const std::string& name, xlsx::Cell value) { risk.rows.push_back({name, std::move(value)}); };
  row("No", number(r.number));
  row("Sasaran SPBE", r.spbe_goal);
  row("Indikator Kinerja SPBE", r.indicator);
  row("Jenis Risiko", polarity_label(r.polarity));
  row("Kejadian", r.event);
  row("Penyebab", r.cause);
  row("Kategori", category ? category->name : r.category);
  row("Dampak", r.impact);
  row("Area Dampak", area ? area->name : r.impact_area);
  row("Sistem Pengendalian", controls + (r.controls_note.empty() ? "" : " — " + r.controls_note));
  row("Level Kemungkinan", number(r.likelihood));
  row("Penjelasan Kemungkinan", r.likelihood_note);
  row("Level Dampak", number(r.impact_level));
  row("Penjelasan Dampak", r.impact_note);
  row("Besaran Risiko", number(r.magnitude));
  risk.fills.push_back({risk.rows.size() - 1, 1, band.colour});
  row("Level Risiko", band.name);
  row("Selera Risiko", number(appetite(criteria, r.category, r.polarity)));
  row("Keputusan Penanganan", r.treat ? "Ya" : "Tidak");
  row("Prioritas Risiko", r.priority_rank ? xlsx::Cell{number(*r.priority_rank)} : xlsx::Cell{});
  row("Status", status_label(r.status));
  if (r.residual) {
    row("Besaran Risiko Residual", number(r.residual->magnitude));
    risk.fills.push_back({risk.rows.size() - 1, 1, level_of(criteria, r.residual->magnitude).colour});
    row("Level Risiko Residual", level_of(criteria, r.residual->magnitude).name);
  }

  xlsx::Sheet plans{"Penanganan",
                    {"Opsi Penanganan", "Rencana Aksi", "Keluaran", "Mulai", "Batas Waktu", "Status", "Selesai",
                     "Kemungkinan Residual", "Dampak Residual", "Besaran Residual", "Level Residual"},
                    {},
                    {}};
  for (const auto& t : treatments) {
    std::vector<xlsx::Cell> cells{option_label(t.option), t.actions, t.output, t.starts_on, t.due_on, status_label(t.status),
                                  t.done_on};
    if (t.residual_magnitude && t.residual_likelihood && t.residual_impact_level) {
      cells.insert(cells.end(), {number(*t.residual_likelihood), number(*t.residual_impact_level),
                                 number(*t.residual_magnitude), level_of(criteria, *t.residual_magnitude).name});
      plans.fills.push_back({plans.rows.size(), 9, level_of(criteria, *t.residual_magnitude).colour});
    }
    plans.rows.push_back(std::move(cells));
  }
  return {risk, plans};
}

}  // namespace simpul::modules::risks
