#include "modules/infrastructure/workbook.h"

#include <cstdio>

namespace simpul::modules::infrastructure {

namespace {

std::string host_kind_label(const std::string& kind) {
  if (kind == "physical_server") return "Server fisik";
  if (kind == "virtual_machine") return "Mesin virtual";
  return "VPS";
}

std::string domain_kind_label(const std::string& kind) {
  if (kind == "region_domain") return "Domain pemerintah daerah";
  if (kind == "agency_subdomain") return "Subdomain perangkat daerah";
  if (kind == "website") return "Situs web";
  return "Surat elektronik resmi";
}

std::string uptime_text(const std::optional<int64_t>& basis_points) {
  if (!basis_points) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%lld.%02lld%%", static_cast<long long>(*basis_points / 100),
                static_cast<long long>(*basis_points % 100));
  return buffer;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

}  // namespace

xlsx::Sheet hosts_sheet(const std::vector<Host>& hosts) {
  xlsx::Sheet sheet{"Server",
                    {"No", "Nama", "Perangkat Daerah", "Jenis", "Fasilitas", "Uptime per Bulan", "Sistem Operasi",
                     "Kegunaan", "Alamat IP", "Status", "Versi", "Diperbarui"},
                    {},
                    {}};
  for (const auto& h : hosts)
    sheet.rows.push_back({h.id, h.name, h.agency_name, host_kind_label(h.kind), h.facility_name, uptime_text(h.uptime_basis_points),
                          h.operating_system, h.purpose, joined(h.addresses), h.status == "active" ? "Aktif" : "Tidak dipakai",
                          h.version, h.updated_at});
  return sheet;
}

xlsx::Sheet ip_ranges_sheet(const std::vector<IpRange>& ranges) {
  xlsx::Sheet sheet{"Rentang IP",
                    {"No", "CIDR", "Versi IP", "Perangkat Daerah", "Kegunaan", "Dialokasikan Oleh", "Versi", "Diperbarui"},
                    {},
                    {}};
  for (const auto& r : ranges)
    sheet.rows.push_back({r.id, r.cidr, "IPv" + std::to_string(r.family), r.agency_name, r.purpose, r.allocated_by, r.version,
                          r.updated_at});
  return sheet;
}

xlsx::Sheet domains_sheet(const std::vector<Domain>& domains) {
  xlsx::Sheet sheet{"Domain", {"No", "Nama", "Jenis", "Perangkat Daerah", "Kegunaan", "Versi", "Diperbarui"}, {}, {}};
  for (const auto& d : domains)
    sheet.rows.push_back({d.id, d.name, domain_kind_label(d.kind), d.agency_name, d.purpose, d.version, d.updated_at});
  return sheet;
}

}  // namespace simpul::modules::infrastructure
