#include "modules/people/store.h"

namespace simpul::modules::people {

namespace {
const char* kColumns =
    "person_id, region_id, agency_id, nip, name, email, phone, spbe_roles, user_id, version, created_at, updated_at";

Person from_row(const db::Row& r) {
  Person p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  if (!r.is_null(2)) p.agency_id = r.int64(2);
  p.nip = r.is_null(3) ? "" : r.text(3);
  p.name = r.text(4);
  p.email = r.is_null(5) ? "" : r.text(5);
  p.phone = r.is_null(6) ? "" : r.text(6);
  p.spbe_roles = nlohmann::json::parse(r.text(7)).get<std::vector<std::string>>();
  if (!r.is_null(8)) p.user_id = r.int64(8);
  p.version = r.int64(9);
  p.created_at = r.text(10);
  p.updated_at = r.text(11);
  return p;
}

db::Value optional_text(const std::string& s) { return s.empty() ? db::Value{} : db::Value{s}; }
db::Value optional_id(const std::optional<int64_t>& id) { return id ? db::Value{*id} : db::Value{}; }

std::optional<Person> first(std::vector<db::Row> rows) {
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}
}  // namespace

std::vector<Person> list(db::Connection& c, const std::string& region_id, const Filter& f) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM people WHERE region_id = ?";
  std::vector<db::Value> params{region_id};
  if (f.agency_id) {
    sql += " AND agency_id = ?";
    params.push_back(*f.agency_id);
  }
  if (!f.query.empty()) {
    sql += " AND (LOWER(name) LIKE ? OR nip LIKE ?)";
    std::string lower;
    for (char ch : f.query) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    params.push_back("%" + lower + "%");
    params.push_back(f.query + "%");
  }
  if (f.after) {
    sql += " AND (name > ? OR (name = ? AND person_id > ?))";
    params.push_back(f.after->first);
    params.push_back(f.after->first);
    params.push_back(f.after->second);
  }
  sql += " ORDER BY name, person_id LIMIT ?";
  params.push_back(int64_t{f.limit});
  std::vector<Person> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Person> find(db::Connection& c, const std::string& region_id, int64_t person_id) {
  return first(c.query(std::string("SELECT ") + kColumns + " FROM people WHERE region_id = ? AND person_id = ?",
                       {region_id, person_id}));
}

std::optional<Person> find_by_user(db::Connection& c, int64_t user_id) {
  return first(c.query(std::string("SELECT ") + kColumns + " FROM people WHERE user_id = ?", {user_id}));
}

std::optional<Person> find_by_nip(db::Connection& c, const std::string& region_id, const std::string& nip) {
  return first(c.query(std::string("SELECT ") + kColumns + " FROM people WHERE region_id = ? AND nip = ?", {region_id, nip}));
}

int64_t insert(db::Connection& c, Person& p) {
  p.id = c.query("INSERT INTO people (region_id, agency_id, nip, name, email, phone, spbe_roles, user_id, version, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING person_id",
                 {p.region_id, optional_id(p.agency_id), optional_text(p.nip), p.name, optional_text(p.email),
                  optional_text(p.phone), nlohmann::json(p.spbe_roles).dump(), optional_id(p.user_id), p.version,
                  p.created_at, p.updated_at})
             .at(0)
             .int64(0);
  return p.id;
}

bool update(db::Connection& c, const Person& p, int64_t expected_version) {
  return !c.query("UPDATE people SET agency_id = ?, nip = ?, name = ?, email = ?, phone = ?, spbe_roles = ?, user_id = ?, "
                  "version = ?, updated_at = ? WHERE region_id = ? AND person_id = ? AND version = ? RETURNING person_id",
                  {optional_id(p.agency_id), optional_text(p.nip), p.name, optional_text(p.email), optional_text(p.phone),
                   nlohmann::json(p.spbe_roles).dump(), optional_id(p.user_id), p.version, p.updated_at, p.region_id,
                   p.id, expected_version})
              .empty();
}

}  // namespace simpul::modules::people
