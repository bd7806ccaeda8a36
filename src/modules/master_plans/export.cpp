#include "modules/master_plans/export.h"

#include <map>

#include "export/xlsx.h"

namespace simpul::modules::master_plans {

namespace {
xlsx::Cell text_or_blank(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return v.get<int64_t>();
  return std::monostate{};
}
}  // namespace

std::string workbook(const nlohmann::json& plan) {
  xlsx::Sheet summary{"Rencana Induk", {"Isian", "Nilai"}, {}, {}};
  auto row = [&](const std::string& label, xlsx::Cell value) { summary.rows.push_back({label, std::move(value)}); };
  row("Judul", plan["title"].get<std::string>());
  row("Tahun awal", plan["start_year"].get<int64_t>());
  row("Tahun akhir", plan["end_year"].get<int64_t>());
  row("Status", plan["status"].get<std::string>());
  row("Visi", plan["vision"].get<std::string>());
  row("Acuan RPJMD", text_or_blank(plan["rpjmd_reference"]));
  row("Nomor keputusan", text_or_blank(plan["decree_number"]));
  row("Tanggal keputusan", text_or_blank(plan["decree_date"]));
  row("Tinjauan setiap (bulan)", plan["review_months"].get<int64_t>());
  row("Tinjauan berikutnya", text_or_blank(plan["next_review_due"]));
  row("Versi", plan["version"].get<int64_t>());

  xlsx::Sheet contents{"Isi", {"Bagian", "No", "Uraian"}, {}, {}};
  const std::pair<const char*, const char*> parts[] = {{"missions", "Misi"},
                                                        {"goals", "Tujuan"},
                                                        {"targets", "Sasaran"},
                                                        {"policy_directions", "Arah kebijakan"},
                                                        {"strategies", "Strategi"}};
  for (const auto& [field, label] : parts) {
    int64_t n = 0;
    for (const auto& item : plan[field]) contents.rows.push_back({std::string(label), ++n, item.get<std::string>()});
  }

  xlsx::Sheet reviews{"Tinjauan", {"Tanggal", "Alasan", "Hasil", "Catatan", "Dicatat oleh"}, {}, {}};
  std::map<std::string, std::string> label_of;  // reason code → its Indonesian label
  for (const auto& o : plan["review_reason_options"]) label_of[o["code"].get<std::string>()] = o["label"]["id"].get<std::string>();
  for (const auto& r : plan["reviews"]) {
    std::string reasons;
    for (const auto& code : r["reasons"]) {
      auto c = code.get<std::string>();
      reasons += (reasons.empty() ? "" : "; ") + (label_of.count(c) ? label_of[c] : c);
    }
    reviews.rows.push_back({r["review_date"].get<std::string>(), reasons, r["outcome"].get<std::string>(),
                            r["note"].get<std::string>(), r["recorded_by"].get<std::string>()});
  }
  return xlsx::write_workbook({summary, contents, reviews});
}

}  // namespace simpul::modules::master_plans
