#include "modules/infrastructure/store.h"

namespace simpul::modules::infrastructure {

namespace {
const char* kSelect =
    "SELECT r.range_id, r.region_id, r.agency_id, a.name, a.short_name, r.cidr, r.family, r.purpose, r.allocated_by, "
    "r.version, r.created_at, r.updated_at FROM ip_ranges r JOIN agencies a ON a.agency_id = r.agency_id ";

IpRange from_row(const db::Row& r) {
  return {r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5), r.int64(6), r.text(7), r.text(8),
          r.int64(9), r.text(10), r.text(11)};
}
}  // namespace

std::vector<IpRange> list_ip_ranges(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id) {
  std::string sql = std::string(kSelect) + "WHERE r.region_id = ?";
  db::Params params{region_id};
  if (agency_id) sql += " AND r.agency_id = ?", params.push_back(*agency_id);
  sql += " ORDER BY r.family, r.cidr";
  std::vector<IpRange> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<IpRange> find_ip_range(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelect) + "WHERE r.region_id = ? AND r.range_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int64_t insert_ip_range(db::Connection& c, IpRange& r) {
  r.id = c.query("INSERT INTO ip_ranges (region_id, agency_id, cidr, family, purpose, allocated_by, version, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING range_id",
                 {r.region_id, r.agency_id, r.cidr, r.family, r.purpose, r.allocated_by, r.version, r.created_at,
                  r.updated_at})
             .at(0)
             .int64(0);
  return r.id;
}

bool update_ip_range(db::Connection& c, const IpRange& r, int64_t expected_version) {
  return !c.query("UPDATE ip_ranges SET agency_id = ?, cidr = ?, family = ?, purpose = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND range_id = ? AND version = ? RETURNING range_id",
                  {r.agency_id, r.cidr, r.family, r.purpose, r.version, r.updated_at, r.region_id, r.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::infrastructure
