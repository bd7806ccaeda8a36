#include "modules/business_processes/workbook.h"

#include <map>

namespace simpul::modules::business_processes {

namespace {

std::string kind_label(const std::string& kind) { return kind == "core" ? "Utama" : "Pendukung"; }

std::string status_label(const std::string& status) {
  if (status == "submitted") return "Diajukan";
  if (status == "coordinated") return "Terkoordinasi";
  return "Draf";
}

std::string link_label(const std::string& kind) {
  if (kind == "input_from") return "Menerima masukan dari";
  if (kind == "output_to") return "Memberi keluaran ke";
  return "Langkah bersama";
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace

std::vector<xlsx::Sheet> workbook_sheets(const std::vector<BusinessProcess>& processes, const std::vector<Link>& links) {
  xlsx::Sheet sheet{"Proses Bisnis",
                    {"Kode", "Nama", "Perangkat Daerah", "Jenis", "Status", "Arsitektur SPBE", "Uraian", "Tujuan",
                     "Keluaran", "Jumlah Langkah", "Layanan Terkait", "Aplikasi Terkait", "Versi", "Diperbarui"},
                    {},
                    {}};
  xlsx::Sheet steps{"Langkah", {"Kode Proses", "Nama Proses", "No", "Langkah", "Pelaksana"}, {}, {}};
  std::map<int64_t, const BusinessProcess*> by_id;
  for (const auto& p : processes) {
    by_id[p.id] = &p;
    std::string architecture;
    if (p.architecture)
      architecture = p.architecture->title + " (" + std::to_string(p.architecture->start_year) + "-" +
                     std::to_string(p.architecture->end_year) + ")";
    sheet.rows.push_back({p.code, p.name, p.agency_name, kind_label(p.kind), status_label(p.status), architecture,
                          p.description, p.purpose, p.outputs, static_cast<int64_t>(p.steps.size()),
                          joined(p.related_services), joined(p.related_applications), p.version, p.updated_at});
    for (size_t i = 0; i < p.steps.size(); ++i)
      steps.rows.push_back({p.code, p.name, static_cast<int64_t>(i + 1), p.steps[i].name, p.steps[i].responsible});
  }
  xlsx::Sheet linked{"Keterkaitan",
                     {"No", "Kode Proses Asal", "PD Asal", "Hubungan", "Kode Proses Tujuan", "PD Tujuan", "Catatan",
                      "Dicatat Oleh", "Dicatat Pada"},
                     {},
                     {}};
  for (const auto& l : links) {
    auto from = by_id.find(l.from_process_id);
    auto to = by_id.find(l.to_process_id);
    if (from == by_id.end() || to == by_id.end()) continue;
    linked.rows.push_back({l.id, from->second->code, from->second->agency_name, link_label(l.kind), to->second->code,
                           to->second->agency_name, l.note, l.created_by, l.created_at});
  }
  return {sheet, steps, linked};
}

}  // namespace simpul::modules::business_processes
