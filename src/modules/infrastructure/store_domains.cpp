#include "modules/infrastructure/store.h"
#include "modules/infrastructure/store_support.h"

namespace simpul::modules::infrastructure {

namespace {
using namespace store_support;

const char* kSelect =
    "SELECT d.domain_id, d.region_id, d.agency_id, a.name, a.short_name, d.name, d.kind, d.purpose, d.version, "
    "d.created_at, d.updated_at FROM domains d LEFT JOIN agencies a ON a.agency_id = d.agency_id ";

Domain from_row(const db::Row& r) {
  Domain d;
  d.id = r.int64(0);
  d.region_id = r.text(1);
  d.agency_id = id_or_none(r, 2);
  d.agency_name = text_or_empty(r, 3);
  d.agency_short_name = text_or_empty(r, 4);
  d.name = r.text(5);
  d.kind = r.text(6);
  d.purpose = r.text(7);
  d.version = r.int64(8);
  d.created_at = r.text(9);
  d.updated_at = r.text(10);
  return d;
}
}  // namespace

std::vector<Domain> list_domains(db::Connection& c, const std::string& region_id, const DomainFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE d.region_id = ?";
  db::Params params{region_id};
  if (filter.agency_id) sql += " AND d.agency_id = ?", params.push_back(*filter.agency_id);
  if (!filter.kind.empty()) sql += " AND d.kind = ?", params.push_back(filter.kind);
  sql += " ORDER BY d.kind, d.name";
  std::vector<Domain> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Domain> find_domain(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelect) + "WHERE d.region_id = ? AND d.domain_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool domain_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id) {
  return !c.query("SELECT 1 FROM domains WHERE region_id = ? AND name = ? AND domain_id <> ?", {region_id, name, except_id})
              .empty();
}

int64_t insert_domain(db::Connection& c, Domain& d) {
  d.id = c.query("INSERT INTO domains (region_id, agency_id, name, kind, purpose, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING domain_id",
                 {d.region_id, value_of(d.agency_id), d.name, d.kind, d.purpose, d.version, d.created_at, d.updated_at})
             .at(0)
             .int64(0);
  return d.id;
}

bool update_domain(db::Connection& c, const Domain& d, int64_t expected_version) {
  return !c.query("UPDATE domains SET agency_id = ?, name = ?, kind = ?, purpose = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND domain_id = ? AND version = ? RETURNING domain_id",
                  {value_of(d.agency_id), d.name, d.kind, d.purpose, d.version, d.updated_at, d.region_id, d.id,
                   expected_version})
              .empty();
}

}  // namespace simpul::modules::infrastructure
