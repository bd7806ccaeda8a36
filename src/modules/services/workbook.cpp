#include "modules/services/workbook.h"

namespace simpul::modules::services {

namespace {

std::string kind_label(const std::string& kind) {
  return kind == "administrative" ? "Layanan Administrasi Pemerintahan" : "Layanan Publik";
}

std::string status_label(const std::string& status) {
  if (status == "active") return "Berjalan";
  if (status == "retired") return "Dihentikan";
  return "Direncanakan";
}

std::string integration_label(const std::string& status) {
  if (status == "coordinated") return "Terkoordinasi dengan Dinas";
  if (status == "awaiting_coordination") return "Menunggu koordinasi Dinas";
  return "-";
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

}  // namespace

std::vector<xlsx::Sheet> workbook_sheets(const std::vector<Service>& services, const std::map<int64_t, std::string>& agency_names) {
  xlsx::Sheet sheet{"Layanan SPBE",
                    {"Kode", "Nama", "Perangkat Daerah", "Jenis", "Sektor", "Kanal", "Status", "Uraian",
                     "Jumlah PD Terlibat", "Integrasi", "Versi", "Diperbarui"},
                    {},
                    {}};
  xlsx::Sheet participants{"PD Terlibat", {"Kode Layanan", "Nama Layanan", "PD Pemilik", "PD Terlibat"}, {}, {}};
  for (const auto& s : services) {
    sheet.rows.push_back({s.code, s.name, s.agency_name, kind_label(s.kind), s.sector, joined(s.channels),
                          status_label(s.status), s.description, static_cast<int64_t>(s.participating_agency_ids.size()),
                          integration_label(integration_status(s)), s.version, s.updated_at});
    for (auto id : s.participating_agency_ids) {
      auto name = agency_names.find(id);
      participants.rows.push_back({s.code, s.name, s.agency_name, name == agency_names.end() ? std::to_string(id) : name->second});
    }
  }
  return {sheet, participants};
}

}  // namespace simpul::modules::services
