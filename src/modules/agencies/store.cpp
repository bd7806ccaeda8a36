#include "modules/agencies/store.h"

namespace simpul::modules::agencies {

namespace {
const char* kColumns =
    "agency_id, region_id, name, short_name, kind, parent_agency_id, profile_key, ict_office, planning_office, "
    "organization_bureau, ict_self_sufficient, ict_self_sufficient_decree, ict_self_sufficient_since, version, "
    "created_at, updated_at";

Agency from_row(const db::Row& r) {
  Agency a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.name = r.text(2);
  a.short_name = r.text(3);
  a.kind = r.text(4);
  if (!r.is_null(5)) a.parent_agency_id = r.int64(5);
  a.profile_key = r.is_null(6) ? "" : r.text(6);
  a.ict_office = r.int64(7) != 0;
  a.planning_office = r.int64(8) != 0;
  a.organization_bureau = r.int64(9) != 0;
  a.ict_self_sufficient = r.int64(10) != 0;
  a.ict_self_sufficient_decree = r.is_null(11) ? "" : r.text(11);
  a.ict_self_sufficient_since = r.is_null(12) ? "" : r.text(12);
  a.version = r.int64(13);
  a.created_at = r.text(14);
  a.updated_at = r.text(15);
  return a;
}

db::Value optional_text(const std::string& s) { return s.empty() ? db::Value{} : db::Value{s}; }
db::Value optional_id(const std::optional<int64_t>& id) { return id ? db::Value{*id} : db::Value{}; }
}  // namespace

std::vector<Agency> list(db::Connection& c, const std::string& region_id) {
  std::vector<Agency> out;
  for (const auto& r : c.query(std::string("SELECT ") + kColumns + " FROM agencies WHERE region_id = ? ORDER BY name, agency_id",
                               {region_id}))
    out.push_back(from_row(r));
  return out;
}

std::optional<Agency> find(db::Connection& c, const std::string& region_id, int64_t agency_id) {
  auto rows = c.query(std::string("SELECT ") + kColumns + " FROM agencies WHERE region_id = ? AND agency_id = ?",
                      {region_id, agency_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool exists(db::Connection& c, const std::string& region_id, int64_t agency_id) {
  return !c.query("SELECT 1 FROM agencies WHERE region_id = ? AND agency_id = ?", {region_id, agency_id}).empty();
}

int64_t insert(db::Connection& c, Agency& a) {
  a.id = c.query(
              "INSERT INTO agencies (region_id, name, short_name, kind, parent_agency_id, profile_key, ict_office, "
              "planning_office, organization_bureau, ict_self_sufficient, ict_self_sufficient_decree, "
              "ict_self_sufficient_since, version, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING agency_id",
              {a.region_id, a.name, a.short_name, a.kind, optional_id(a.parent_agency_id), optional_text(a.profile_key),
               int64_t{a.ict_office}, int64_t{a.planning_office}, int64_t{a.organization_bureau},
               int64_t{a.ict_self_sufficient}, optional_text(a.ict_self_sufficient_decree),
               optional_text(a.ict_self_sufficient_since), a.version, a.created_at, a.updated_at})
             .at(0)
             .int64(0);
  return a.id;
}

bool update(db::Connection& c, const Agency& a, int64_t expected_version) {
  return !c.query(
               "UPDATE agencies SET name = ?, short_name = ?, kind = ?, parent_agency_id = ?, ict_office = ?, "
               "planning_office = ?, organization_bureau = ?, ict_self_sufficient = ?, ict_self_sufficient_decree = ?, "
               "ict_self_sufficient_since = ?, version = ?, updated_at = ? "
               "WHERE region_id = ? AND agency_id = ? AND version = ? RETURNING agency_id",
               {a.name, a.short_name, a.kind, optional_id(a.parent_agency_id), int64_t{a.ict_office},
                int64_t{a.planning_office}, int64_t{a.organization_bureau}, int64_t{a.ict_self_sufficient},
                optional_text(a.ict_self_sufficient_decree), optional_text(a.ict_self_sufficient_since), a.version,
                a.updated_at, a.region_id, a.id, expected_version})
              .empty();
}

std::map<int64_t, Head> heads(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, Head> out;
  for (const auto& r : c.query("SELECT p.agency_id, p.position_id, p.title, p.holder_person_id, pe.name FROM positions p "
                               "LEFT JOIN people pe ON pe.person_id = p.holder_person_id "
                               "WHERE p.region_id = ? AND p.is_head = 1 AND p.agency_id IS NOT NULL",
                               {region_id})) {
    Head h{r.int64(1), r.text(2), std::nullopt, ""};
    if (!r.is_null(3)) h.person_id = r.int64(3), h.person_name = r.text(4);
    out[r.int64(0)] = h;
  }
  return out;
}

std::map<int64_t, int64_t> people_counts(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, int64_t> out;
  for (const auto& r : c.query("SELECT agency_id, COUNT(*) FROM people WHERE region_id = ? AND agency_id IS NOT NULL "
                               "GROUP BY agency_id",
                               {region_id}))
    out[r.int64(0)] = r.int64(1);
  return out;
}

}  // namespace simpul::modules::agencies
