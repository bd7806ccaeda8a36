#include "modules/assets/workbook.h"

namespace simpul::modules::assets {

namespace {

xlsx::Cell text_or_blank(const std::optional<std::string>& s) { return s ? xlsx::Cell{*s} : xlsx::Cell{}; }
xlsx::Cell number_or_blank(const std::optional<int64_t>& n) { return n ? xlsx::Cell{*n} : xlsx::Cell{}; }

}  // namespace

xlsx::Sheet asset_sheet(const std::vector<Asset>& assets) {
  xlsx::Sheet sheet{"Aset TIK",
                    {"Kode", "Nama", "Jenis", "Kategori", "Perangkat Daerah Pemilik", "Tahap", "Sejak", "Merek", "Model", "Versi",
                     "Nomor Seri", "Lokasi", "Tanggal Perolehan", "Nilai", "Garansi Sampai", "Jenis Lisensi", "Lisensi Sampai",
                     "Jumlah Lisensi", "Kode Aset Daerah", "Catatan"},
                    {},
                    {13}};
  for (const auto& a : assets)
    sheet.rows.push_back({a.code, a.name, a.kind, a.category, a.owner_agency_name, a.stage, a.stage_since, a.brand, a.model,
                          a.software_version, a.serial_number, a.location, text_or_blank(a.acquired_on), number_or_blank(a.value),
                          text_or_blank(a.warranty_until), text_or_blank(a.licence_kind), text_or_blank(a.licence_until),
                          number_or_blank(a.seats), a.regional_asset_code, a.notes});
  return sheet;
}

std::vector<xlsx::Sheet> report_sheets(const InventoryReport& report) {
  xlsx::Sheet summary{"Ringkasan",
                      {"Perangkat Daerah", "Kategori", "Jenis", "Perencanaan", "Pengadaan", "Digunakan", "Pemeliharaan",
                       "Dihapus", "Jumlah", "Nilai (Rp)"},
                      {},
                      {9}};
  summary.preamble = {{std::string("Laporan Inventarisasi Aset SPBE Tahun ") + std::to_string(report.year)},
                      {std::string("Penerima: ") + (report.recipient.empty() ? "-" : report.recipient)}};
  for (const auto& r : report.rows)
    summary.rows.push_back({r.agency_name, r.category, r.kind, r.planning, r.procurement, r.in_use, r.maintenance, r.disposed,
                            r.count, r.value});
  summary.rows.push_back({std::string("Jumlah"), xlsx::Cell{}, xlsx::Cell{}, xlsx::Cell{}, xlsx::Cell{}, xlsx::Cell{},
                          xlsx::Cell{}, xlsx::Cell{}, report.total_count, report.total_value});
  xlsx::Sheet missing{"Tanpa Kode Aset Daerah", {"Kode", "Nama", "Perangkat Daerah Pemilik"}, {}, {}};
  for (const auto& m : report.missing) missing.rows.push_back({m.code, m.name, m.owner_agency_name});
  return {summary, missing};
}

}  // namespace simpul::modules::assets
