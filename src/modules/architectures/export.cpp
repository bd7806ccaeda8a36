#include "modules/architectures/export.h"

#include <map>

#include "export/xlsx.h"

namespace simpul::modules::architectures {

namespace {
xlsx::Cell cell(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return v.get<int64_t>();
  return std::monostate{};
}
}  // namespace

std::string workbook(const nlohmann::json& a) {
  xlsx::Sheet summary{"Arsitektur", {"Isian", "Nilai"}, {}, {}};
  auto row = [&](const std::string& label, const nlohmann::json& value) { summary.rows.push_back({label, cell(value)}); };
  row("Judul", a["title"]);
  row("Tahun awal", a["start_year"]);
  row("Tahun akhir", a["end_year"]);
  row("Status", a["status"]);
  row("Referensi arsitektur", a["reference_summary"]);
  row("Nomor keputusan", a["decree_number"]);
  row("Tanggal keputusan", a["decree_date"]);
  row("Versi", a["version"]);

  xlsx::Sheet domains{"Domain", {"Domain", "Kode", "Uraian", "Koordinator", "ID koordinator", "Pasal"}, {}, {}};
  for (const auto& d : a["domains"])
    domains.rows.push_back({cell(d["label"]["id"]), cell(d["domain"]), cell(d["description"]), cell(d["agency_name"]),
                            cell(d["agency_id"]), cell(d["article"])});

  std::map<std::string, std::string> label_of;  // reason code → its Indonesian label
  for (const auto& o : a["review_reason_options"]) label_of[o["code"].get<std::string>()] = o["label"]["id"].get<std::string>();
  xlsx::Sheet reviews{"Reviu", {"Jenis", "Tanggal", "Alasan", "Catatan", "Nomor keputusan", "Tanggal keputusan", "Dicatat oleh"}, {}, {}};
  for (const auto& r : a["reviews"]) {
    std::string reasons;
    for (const auto& code : r["reasons"]) {
      auto c = code.get<std::string>();
      reasons += (reasons.empty() ? "" : "; ") + (label_of.count(c) ? label_of[c] : c);
    }
    reviews.rows.push_back({cell(r["kind"]), cell(r["review_date"]), reasons, cell(r["note"]), cell(r["decree_number"]),
                            cell(r["decree_date"]), cell(r["recorded_by"])});
  }

  xlsx::Sheet due{"Jadwal Reviu", {"Jenis", "Tahun", "Jatuh tempo", "Keadaan"}, {}, {}};
  for (const auto& d : a["due_reviews"]) due.rows.push_back({cell(d["kind"]), cell(d["year"]), cell(d["due_date"]), cell(d["state"])});
  return xlsx::write_workbook({summary, domains, reviews, due});
}

}  // namespace simpul::modules::architectures
