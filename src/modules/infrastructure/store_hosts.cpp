#include "modules/infrastructure/store.h"
#include "modules/infrastructure/store_support.h"

namespace simpul::modules::infrastructure {

namespace {
using namespace store_support;

const char* kSelect =
    "SELECT h.host_id, h.region_id, h.owner_agency_id, a.name, a.short_name, h.name, h.kind, h.facility_id, f.name, f.kind, "
    "h.uptime_basis_points, h.operating_system, h.purpose, h.addresses, h.status, h.version, h.created_at, h.updated_at "
    "FROM hosts h JOIN agencies a ON a.agency_id = h.owner_agency_id "
    "LEFT JOIN facilities f ON f.facility_id = h.facility_id ";

Host from_row(const db::Row& r) {
  Host h;
  h.id = r.int64(0);
  h.region_id = r.text(1);
  h.owner_agency_id = r.int64(2);
  h.agency_name = r.text(3);
  h.agency_short_name = r.text(4);
  h.name = r.text(5);
  h.kind = r.text(6);
  h.facility_id = id_or_none(r, 7);
  h.facility_name = text_or_empty(r, 8);
  h.facility_kind = text_or_empty(r, 9);
  h.uptime_basis_points = id_or_none(r, 10);
  h.operating_system = r.text(11);
  h.purpose = r.text(12);
  for (const auto& a : nlohmann::json::parse(r.text(13))) h.addresses.push_back(a.get<std::string>());
  h.status = r.text(14);
  h.version = r.int64(15);
  h.created_at = r.text(16);
  h.updated_at = r.text(17);
  return h;
}
}  // namespace

std::vector<Host> list_hosts(db::Connection& c, const std::string& region_id, const HostFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE h.region_id = ?";
  db::Params params{region_id};
  if (filter.agency_id) sql += " AND h.owner_agency_id = ?", params.push_back(*filter.agency_id);
  if (filter.facility_id) sql += " AND h.facility_id = ?", params.push_back(*filter.facility_id);
  if (!filter.kind.empty()) sql += " AND h.kind = ?", params.push_back(filter.kind);
  if (!filter.status.empty()) sql += " AND h.status = ?", params.push_back(filter.status);
  sql += " ORDER BY a.name, h.name";
  std::vector<Host> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Host> find_host(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelect) + "WHERE h.region_id = ? AND h.host_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool host_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id) {
  return !c.query("SELECT 1 FROM hosts WHERE region_id = ? AND LOWER(name) = LOWER(?) AND host_id <> ?",
                  {region_id, name, except_id})
              .empty();
}

int64_t insert_host(db::Connection& c, Host& h) {
  h.id = c.query("INSERT INTO hosts (region_id, owner_agency_id, name, kind, facility_id, uptime_basis_points, "
                 "operating_system, purpose, addresses, status, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING host_id",
                 {h.region_id, h.owner_agency_id, h.name, h.kind, value_of(h.facility_id), value_of(h.uptime_basis_points),
                  h.operating_system, h.purpose, nlohmann::json(h.addresses).dump(), h.status, h.version, h.created_at,
                  h.updated_at})
             .at(0)
             .int64(0);
  return h.id;
}

bool update_host(db::Connection& c, const Host& h, int64_t expected_version) {
  return !c.query("UPDATE hosts SET owner_agency_id = ?, name = ?, kind = ?, facility_id = ?, uptime_basis_points = ?, "
                  "operating_system = ?, purpose = ?, addresses = ?, status = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND host_id = ? AND version = ? RETURNING host_id",
                  {h.owner_agency_id, h.name, h.kind, value_of(h.facility_id), value_of(h.uptime_basis_points),
                   h.operating_system, h.purpose, nlohmann::json(h.addresses).dump(), h.status, h.version, h.updated_at,
                   h.region_id, h.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::infrastructure
