#include "modules/infrastructure/store.h"
#include "modules/infrastructure/store_support.h"

namespace simpul::modules::infrastructure {

namespace {
using namespace store_support;

const char* kSelect =
    "SELECT f.facility_id, f.region_id, f.name, f.kind, f.location, f.operator_agency_id, a.short_name, f.tier, f.notes, "
    "f.version, f.created_at, f.updated_at FROM facilities f LEFT JOIN agencies a ON a.agency_id = f.operator_agency_id ";

Facility from_row(const db::Row& r) {
  Facility f;
  f.id = r.int64(0);
  f.region_id = r.text(1);
  f.name = r.text(2);
  f.kind = r.text(3);
  f.location = r.text(4);
  f.operator_agency_id = id_or_none(r, 5);
  f.operator_agency_short_name = text_or_empty(r, 6);
  f.tier = r.text(7);
  f.notes = r.text(8);
  f.version = r.int64(9);
  f.created_at = r.text(10);
  f.updated_at = r.text(11);
  return f;
}
}  // namespace

std::vector<Facility> list_facilities(db::Connection& c, const std::string& region_id) {
  std::vector<Facility> out;
  for (const auto& r : c.query(std::string(kSelect) + "WHERE f.region_id = ? ORDER BY f.kind, f.name", {region_id}))
    out.push_back(from_row(r));
  return out;
}

std::optional<Facility> find_facility(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelect) + "WHERE f.region_id = ? AND f.facility_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool facility_name_taken(db::Connection& c, const std::string& region_id, const std::string& name, int64_t except_id) {
  return !c.query("SELECT 1 FROM facilities WHERE region_id = ? AND LOWER(name) = LOWER(?) AND facility_id <> ?",
                  {region_id, name, except_id})
              .empty();
}

int64_t insert_facility(db::Connection& c, Facility& f) {
  f.id = c.query("INSERT INTO facilities (region_id, name, kind, location, operator_agency_id, tier, notes, version, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING facility_id",
                 {f.region_id, f.name, f.kind, f.location, value_of(f.operator_agency_id), f.tier, f.notes, f.version,
                  f.created_at, f.updated_at})
             .at(0)
             .int64(0);
  return f.id;
}

bool update_facility(db::Connection& c, const Facility& f, int64_t expected_version) {
  return !c.query("UPDATE facilities SET name = ?, kind = ?, location = ?, operator_agency_id = ?, tier = ?, notes = ?, "
                  "version = ?, updated_at = ? WHERE region_id = ? AND facility_id = ? AND version = ? RETURNING facility_id",
                  {f.name, f.kind, f.location, value_of(f.operator_agency_id), f.tier, f.notes, f.version, f.updated_at,
                   f.region_id, f.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::infrastructure
