#include "modules/regions/store.h"

#include "core/dates.h"

namespace simpul::modules::regions {

namespace {
constexpr const char* kColumns =
    "region_id, name, kind, time_zone, domain, profile, version, created_at, updated_at";

Region from_row(const db::Row& row) {
  return {row.text(0), row.text(1), row.text(2), row.text(3), row.text(4),
          row.text(5), row.int64(6), row.text(7), row.text(8)};
}
}  // namespace

std::optional<Region> find(db::Connection& c, const std::string& id) {
  static const std::string sql = std::string("SELECT ") + kColumns + " FROM regions WHERE region_id = ?";
  auto rows = c.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::vector<Region> list(db::Connection& c, const std::optional<std::string>& after, int limit) {
  static const std::string first = std::string("SELECT ") + kColumns + " FROM regions ORDER BY region_id LIMIT ?";
  static const std::string next =
      std::string("SELECT ") + kColumns + " FROM regions WHERE region_id > ? ORDER BY region_id LIMIT ?";
  auto rows = after ? c.query(next, {*after, int64_t{limit}}) : c.query(first, {int64_t{limit}});
  std::vector<Region> out;
  for (const auto& row : rows) out.push_back(from_row(row));
  return out;
}

void insert(db::Connection& c, const Region& r) {
  c.execute(
      "INSERT INTO regions (region_id, name, kind, time_zone, domain, profile, version, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {r.id, r.name, r.kind, r.time_zone, r.domain, r.profile, r.version, r.created_at, r.updated_at});
}

int64_t count(db::Connection& c) { return c.query("SELECT COUNT(*) FROM regions").at(0).int64(0); }

std::string region_today(db::Connection& c, const std::string& region_id) {
  auto region = find(c, region_id);
  return today_in_zone(region ? region->time_zone : "Asia/Jakarta");
}

}  // namespace simpul::modules::regions

namespace simpul::modules::regions {

bool update(db::Connection& c, const Region& r, int64_t expected_version) {
  return !c.query("UPDATE regions SET name = ?, time_zone = ?, domain = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND version = ? RETURNING region_id",
                  {r.name, r.time_zone, r.domain, r.version, r.updated_at, r.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::regions
