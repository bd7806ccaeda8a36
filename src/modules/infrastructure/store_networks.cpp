#include "modules/infrastructure/store.h"
#include "modules/infrastructure/store_support.h"

namespace simpul::modules::infrastructure {

namespace {
using namespace store_support;

const char* kSelect =
    "SELECT n.network_id, n.region_id, n.owner_agency_id, a.name, a.short_name, n.name, n.kind, n.description, n.version, "
    "n.created_at, n.updated_at FROM networks n LEFT JOIN agencies a ON a.agency_id = n.owner_agency_id ";

Network from_row(const db::Row& r) {
  Network n;
  n.id = r.int64(0);
  n.region_id = r.text(1);
  n.owner_agency_id = id_or_none(r, 2);
  n.agency_name = text_or_empty(r, 3);
  n.agency_short_name = text_or_empty(r, 4);
  n.name = r.text(5);
  n.kind = r.text(6);
  n.description = r.text(7);
  n.version = r.int64(8);
  n.created_at = r.text(9);
  n.updated_at = r.text(10);
  return n;
}
}  // namespace

std::vector<Network> list_networks(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelect) + "WHERE n.region_id = ?";
  db::Params params{region_id};
  if (agency_id) sql += " AND n.owner_agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY CASE WHEN n.kind = 'wan' THEN 0 ELSE 1 END, a.name, n.name";
  std::vector<Network> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Network> find_network(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelect) + "WHERE n.region_id = ? AND n.network_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool network_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id) {
  return !c.query("SELECT 1 FROM networks WHERE region_id = ? AND LOWER(name) = LOWER(?) AND network_id <> ?",
                  {region_id, name, except_id})
              .empty();
}

int64_t insert_network(db::Connection& c, Network& n) {
  n.id = c.query("INSERT INTO networks (region_id, owner_agency_id, name, kind, description, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING network_id",
                 {n.region_id, value_of(n.owner_agency_id), n.name, n.kind, n.description, n.version, n.created_at,
                  n.updated_at})
             .at(0)
             .int64(0);
  return n.id;
}

bool update_network(db::Connection& c, const Network& n, int64_t expected_version) {
  return !c.query("UPDATE networks SET name = ?, description = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND network_id = ? AND version = ? RETURNING network_id",
                  {n.name, n.description, n.version, n.updated_at, n.region_id, n.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::infrastructure
