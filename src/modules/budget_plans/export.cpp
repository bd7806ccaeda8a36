#include "modules/budget_plans/export.h"

#include <cstdio>

#include "export/xlsx.h"
#include "modules/budget_plans/rules.h"
#include "modules/roadmaps/areas.h"

namespace simpul::modules::budget_plans {

namespace {
using xlsx::Cell;
Cell text(const std::string& s) { return s.empty() ? Cell{} : Cell{s}; }
Cell number(int64_t n) { return Cell{n}; }
Cell text_of(const nlohmann::json& j) { return text(j.get<std::string>()); }
Cell number_of(const nlohmann::json& j) { return number(j.get<int64_t>()); }

const char* status_label(const std::string& s) {
  if (s == "submitted") return "Diajukan";
  if (s == "coordinated") return "Dikoordinasikan";
  if (s == "verified") return "Diverifikasi";
  return "Draf";
}

std::string percent(double p) {
  char out[16];
  std::snprintf(out, sizeof out, "%.1f", p);
  return out;
}

std::string flags_text(const std::vector<std::string>& flags) {
  std::string out;
  for (const auto& f : flags) {
    std::string label = f == "no_roadmap_link" ? "tanpa rujukan peta rencana" : f == "procurement_unverified" ? "pengadaan belum diverifikasi" : f;
    out += (out.empty() ? "" : "; ") + label;
  }
  return out;
}

std::vector<Cell> line_row(const BudgetLine& l, const std::string& plan_status) {
  return {number(l.id),
          text(l.description),
          text(roadmaps::area_label(l.area).id),
          text(l.area),
          number(l.amount),
          l.roadmap_activity_id ? number(*l.roadmap_activity_id) : Cell{},
          text(l.activity ? l.activity->program + " / " + l.activity->name : ""),
          text(l.procurement ? "Ya" : "Tidak"),
          text(flags_text(line_flags(l, plan_status)))};
}

const std::vector<std::string> kLineHeader = {"ID Baris", "Uraian", "Cakupan", "Kode Cakupan", "Jumlah (Rp)", "ID Kegiatan",
                                              "Program / Kegiatan", "Pengadaan", "Catatan"};
}  // namespace

std::string plan_workbook(const BudgetPlan& p, const std::vector<BudgetLine>& lines) {
  auto t = totals_of(lines);
  xlsx::Sheet plan{"Rencana", {"ID", "Perangkat Daerah", "Tahun", "Status", "Jumlah Baris", "Total (Rp)", "Tanpa Rujukan (Rp)", "Catatan"}, {}, {5, 6}};
  plan.rows.push_back({number(p.id), text(p.agency_name), number(p.year), text(status_label(p.status)), number(t.lines), number(t.amount),
                       number(t.unlinked_amount), text(p.note)});
  xlsx::Sheet line_sheet{"Baris Anggaran", kLineHeader, {}, {4}};
  for (const auto& l : lines) line_sheet.rows.push_back(line_row(l, p.status));
  xlsx::Sheet area_sheet{"Per Cakupan", {"Cakupan", "Kode Cakupan", "Jumlah Baris", "Total (Rp)", "Tanpa Rujukan (Rp)"}, {}, {3, 4}};
  for (const auto& a : t.by_area)
    area_sheet.rows.push_back({text(roadmaps::area_label(a.area).id), text(a.area), number(a.lines), number(a.amount), number(a.unlinked_amount)});
  return xlsx::write_workbook({plan, line_sheet, area_sheet});
}

std::string year_workbook(const nlohmann::json& consolidated, const std::vector<YearLine>& lines) {
  xlsx::Sheet agencies{"Per Perangkat Daerah",
                       {"Perangkat Daerah", "Singkatan", "ID Rencana", "Status", "Jumlah Baris", "Total (Rp)", "Baris Tanpa Rujukan",
                        "Tanpa Rujukan (Rp)", "Baris Pengadaan", "Persen"},
                       {},
                       {5, 7}};
  for (const auto& a : consolidated["by_agency"])
    agencies.rows.push_back({text_of(a["agency_name"]), text_of(a["agency_short_name"]), number_of(a["budget_plan_id"]),
                             text(status_label(a["status"].get<std::string>())), number_of(a["lines"]), number_of(a["amount"]), number_of(a["unlinked_lines"]),
                             number_of(a["unlinked_amount"]), number_of(a["procurement_lines"]), text(percent(a["share_percent"].get<double>()))});
  const auto& total = consolidated["total"];
  agencies.rows.push_back({text("Jumlah"), Cell{}, Cell{}, Cell{}, number_of(total["lines"]), number_of(total["amount"]),
                           number_of(consolidated["unlinked"]["lines"]), number_of(consolidated["unlinked"]["amount"]),
                           number_of(consolidated["procurement_lines"]), text(total["amount"].get<int64_t>() > 0 ? "100.0" : "0.0")});

  xlsx::Sheet areas{"Per Cakupan", {"Cakupan", "Kode Cakupan", "Jumlah Baris", "Total (Rp)", "Baris Tanpa Rujukan", "Tanpa Rujukan (Rp)", "Persen"},
                    {}, {3, 5}};
  for (const auto& a : consolidated["by_area"])
    areas.rows.push_back({text_of(a["label"]["id"]), text_of(a["area"]), number_of(a["lines"]), number_of(a["amount"]), number_of(a["unlinked_lines"]),
                          number_of(a["unlinked_amount"]), text(percent(a["share_percent"].get<double>()))});

  auto header = kLineHeader;
  header.insert(header.begin(), {"Perangkat Daerah", "ID Rencana"});
  xlsx::Sheet line_sheet{"Baris Anggaran", header, {}, {6}};
  line_sheet.rows.reserve(lines.size());
  for (const auto& y : lines) {
    auto row = line_row(y.line, y.plan_status);
    row.insert(row.begin(), {text(y.agency_name), number(y.line.budget_plan_id)});
    line_sheet.rows.push_back(std::move(row));
  }
  return xlsx::write_workbook({agencies, areas, line_sheet});
}

}  // namespace simpul::modules::budget_plans
