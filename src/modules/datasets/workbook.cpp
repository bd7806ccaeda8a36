#include "modules/datasets/workbook.h"

#include "modules/datasets/rules.h"

namespace simpul::modules::datasets {

namespace {

std::string classification_label(const std::string& c) {
  if (c == "public") return "Terbuka";
  if (c == "internal") return "Internal";
  if (c == "restricted") return "Terbatas";
  if (c == "secret") return "Rahasia";
  return c;
}

std::string frequency_label(const std::string& f) {
  if (f == "daily") return "Harian";
  if (f == "weekly") return "Mingguan";
  if (f == "monthly") return "Bulanan";
  if (f == "quarterly") return "Triwulanan";
  if (f == "semiannual") return "Semesteran";
  if (f == "yearly") return "Tahunan";
  return "Tidak tentu";
}

std::string key_label(const std::string& k) {
  if (k == "nik") return "NIK";
  if (k == "nip") return "NIP";
  if (k == "other") return "Lainnya";
  return "-";
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace

std::vector<xlsx::Sheet> workbook_sheets(const std::vector<Dataset>& datasets, const std::string& today) {
  xlsx::Sheet sheet{"Katalog Data",
                    {"Kode", "Judul", "Perangkat Daerah", "Walidata", "Klasifikasi", "Frekuensi Pemutakhiran",
                     "Pemutakhiran Terakhir", "Jatuh Tempo Berikutnya", "Terlambat", "Format", "Kata Kunci", "Tema",
                     "Cakupan Waktu", "Cakupan Wilayah", "Lisensi", "Halaman", "Alamat Akses", "Narahubung",
                     "Surel Narahubung", "Terbit", "Data Induk", "Data Referensi", "Kunci", "Status", "Uraian", "Versi",
                     "Diperbarui"},
                    {},
                    {}};
  for (const auto& d : datasets) {
    auto due = next_update_due(d.update_frequency, d.last_updated, today);
    sheet.rows.push_back({d.code, d.title, d.owner_agency_name, d.data_steward_name, classification_label(d.classification),
                          frequency_label(d.update_frequency), d.last_updated,
                          d.status == "active" && due ? *due : std::string(), update_overdue(d, today) ? "Ya" : "Tidak",
                          joined(d.formats), joined(d.keywords), d.theme, d.temporal_coverage, d.spatial_coverage,
                          d.licence, d.landing_page, d.access_url, d.contact_name, d.contact_email, d.issued,
                          d.master_data ? "Ya" : "Tidak", d.reference_data ? "Ya" : "Tidak", key_label(d.data_key),
                          d.status == "active" ? "Aktif" : "Tidak aktif", d.description, d.version, d.updated_at});
  }
  return {sheet};
}

}  // namespace simpul::modules::datasets
