#include "db/like.h"
#include "modules/services/store.h"

#include <cctype>

namespace simpul::modules::services {

namespace {
const char* kSelect =
    "SELECT s.service_id, s.region_id, s.owner_agency_id, a.name, a.short_name, s.code, s.name, s.kind, s.sector, "
    "s.channels, s.description, s.status, s.participating_agency_ids, s.integration_coordinated_by, "
    "s.integration_coordinated_at, s.integration_note, s.version, s.created_at, s.updated_at "
    "FROM services s JOIN agencies a ON a.agency_id = s.owner_agency_id ";

using db::text_or_empty;
using db::value_of;

Service from_row(const db::Row& r) {
  Service s;
  s.id = r.int64(0);
  s.region_id = r.text(1);
  s.owner_agency_id = r.int64(2);
  s.agency_name = r.text(3);
  s.agency_short_name = r.text(4);
  s.code = r.text(5);
  s.name = r.text(6);
  s.kind = r.text(7);
  s.sector = r.text(8);
  for (const auto& c : nlohmann::json::parse(r.text(9))) s.channels.push_back(c.get<std::string>());
  s.description = r.text(10);
  s.status = r.text(11);
  for (const auto& a : nlohmann::json::parse(r.text(12))) s.participating_agency_ids.push_back(a.get<int64_t>());
  s.integration_coordinated_by = text_or_empty(r, 13);
  s.integration_coordinated_at = text_or_empty(r, 14);
  s.integration_note = text_or_empty(r, 15);
  s.version = r.int64(16);
  s.created_at = r.text(17);
  s.updated_at = r.text(18);
  return s;
}

}  // namespace

std::vector<Service> list(db::Connection& c, const std::string& region_id, const Filter& filter) {
  std::string sql = std::string(kSelect) + "WHERE s.region_id = ?";
  db::Params params{region_id};
  if (filter.agency_id) {
    // The id list is stored as JSON ("[3,7]"): a participant matches "[7]", "[7," or ",7]" / ",7,".
    sql += " AND (s.owner_agency_id = ? OR s.participating_agency_ids LIKE ? OR s.participating_agency_ids LIKE ? "
           "OR s.participating_agency_ids LIKE ? OR s.participating_agency_ids LIKE ?)";
    auto id = std::to_string(*filter.agency_id);
    params.push_back(*filter.agency_id);
    for (const auto& p : {"[" + id + "]", "[" + id + ",%", "%," + id + "]", "%," + id + ",%"}) params.push_back(p);
  }
  if (!filter.kind.empty()) sql += " AND s.kind = ?", params.push_back(filter.kind);
  if (!filter.status.empty()) sql += " AND s.status = ?", params.push_back(filter.status);
  if (!filter.channel.empty()) sql += " AND s.channels LIKE ?", params.push_back("%\"" + filter.channel + "\"%");
  if (!filter.query.empty()) {
    sql += " AND (LOWER(s.code) LIKE ? ESCAPE '\\' OR LOWER(s.name) LIKE ? ESCAPE '\\' OR LOWER(s.sector) LIKE ? ESCAPE '\\')";
    params.insert(params.end(), 3, db::Value{db::like_pattern(filter.query)});
  }
  if (filter.after_code) sql += " AND s.code > ?", params.push_back(*filter.after_code);
  sql += " ORDER BY s.code";
  if (filter.limit) sql += " LIMIT ?", params.push_back(int64_t{*filter.limit});
  std::vector<Service> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Service> find(db::Connection& c, const std::string& region_id, int64_t service_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE s.region_id = ? AND s.service_id = ?", {region_id, service_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

std::optional<Service> find_by_code(db::Connection& c, const std::string& region_id, const std::string& code) {
  auto rows = c.query(std::string(kSelect) + "WHERE s.region_id = ? AND s.code = ?", {region_id, code});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_service_id) {
  return !c.query("SELECT 1 FROM services WHERE region_id = ? AND code = ? AND service_id <> ?",
                  {region_id, code, except_service_id})
              .empty();
}

int64_t insert(db::Connection& c, Service& s) {
  s.id = c.query("INSERT INTO services (region_id, owner_agency_id, code, name, kind, sector, channels, description, "
                 "status, participating_agency_ids, integration_coordinated_by, integration_coordinated_at, "
                 "integration_note, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING service_id",
                 {s.region_id, s.owner_agency_id, s.code, s.name, s.kind, s.sector, nlohmann::json(s.channels).dump(),
                  s.description, s.status, nlohmann::json(s.participating_agency_ids).dump(),
                  value_of(s.integration_coordinated_by), value_of(s.integration_coordinated_at),
                  value_of(s.integration_note), s.version, s.created_at, s.updated_at})
             .at(0)
             .int64(0);
  return s.id;
}

bool update(db::Connection& c, const Service& s, int64_t expected_version) {
  return !c.query("UPDATE services SET code = ?, name = ?, kind = ?, sector = ?, channels = ?, description = ?, status = ?, "
                  "participating_agency_ids = ?, integration_coordinated_by = ?, integration_coordinated_at = ?, "
                  "integration_note = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND service_id = ? AND version = ? RETURNING service_id",
                  {s.code, s.name, s.kind, s.sector, nlohmann::json(s.channels).dump(), s.description, s.status,
                   nlohmann::json(s.participating_agency_ids).dump(), value_of(s.integration_coordinated_by),
                   value_of(s.integration_coordinated_at), value_of(s.integration_note), s.version, s.updated_at,
                   s.region_id, s.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::services
