#include "modules/committees/store.h"

#include <map>

#include "core/clock.h"

namespace simpul::modules::committees {

namespace {
const char* kSelect =
    "SELECT committee_id, region_id, parent_committee_id, profile_key, kind, name, article, formed_by, decree_number, "
    "decree_date, version, created_at, updated_at FROM committees ";

Committee from_row(const db::Row& r) {
  Committee c;
  c.id = r.int64(0);
  c.region_id = r.text(1);
  if (!r.is_null(2)) c.parent_committee_id = r.int64(2);
  c.key = r.text(3);
  c.kind = r.text(4);
  c.name = r.text(5);
  c.article = r.text(6);
  c.formed_by = r.text(7);
  c.decree_number = r.is_null(8) ? "" : r.text(8);
  c.decree_date = r.is_null(9) ? "" : r.text(9);
  c.version = r.int64(10);
  c.created_at = r.text(11);
  c.updated_at = r.text(12);
  return c;
}

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
nlohmann::json or_null(const std::optional<int64_t>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
using db::value_of;

// Members of the region's committees, grouped by committee, in the order of the regulation.
std::map<int64_t, std::vector<Member>> members_of(db::Connection& c, const std::string& region_id,
                                                  std::optional<int64_t> committee_id) {
  std::string sql =
      "SELECT m.committee_id, m.member_id, m.role, m.position_id, p.title, pe.person_id, pe.name, m.selector "
      "FROM committee_members m LEFT JOIN positions p ON p.position_id = m.position_id "
      "LEFT JOIN people pe ON pe.person_id = p.holder_person_id WHERE m.region_id = ?";
  std::vector<db::Value> params{region_id};
  if (committee_id) {
    sql += " AND m.committee_id = ?";
    params.push_back(*committee_id);
  }
  sql += " ORDER BY m.committee_id, m.member_id";
  std::map<int64_t, std::vector<Member>> out;
  for (const auto& r : c.query(sql, params)) {
    Member m;
    m.id = r.int64(1);
    m.role = r.text(2);
    if (!r.is_null(3)) m.position_id = r.int64(3), m.position_title = r.text(4);
    if (!r.is_null(5)) m.holder_id = r.int64(5), m.holder_name = r.text(6);
    m.selector = r.is_null(7) ? "" : r.text(7);
    out[r.int64(0)].push_back(m);
  }
  return out;
}
}  // namespace

nlohmann::json record_json(const Committee& c) {
  return {{"id", c.id},
          {"key", c.key},
          {"kind", c.kind},
          {"name", c.name},
          {"article", c.article},
          {"formed_by", c.formed_by},
          {"parent_committee_id", or_null(c.parent_committee_id)},
          {"decree_number", or_null(c.decree_number)},
          {"decree_date", or_null(c.decree_date)},
          {"version", c.version},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at}};
}

nlohmann::json to_json(const Committee& c) {
  auto j = record_json(c);
  j["members"] = nlohmann::json::array();
  for (const auto& m : c.members)
    j["members"].push_back({{"id", m.id},
                            {"role", m.role},
                            {"position_id", or_null(m.position_id)},
                            {"position_title", or_null(m.position_title)},
                            {"holder", m.holder_id ? nlohmann::json{{"id", *m.holder_id}, {"name", m.holder_name}} : nlohmann::json(nullptr)},
                            {"selector", or_null(m.selector)}});
  return j;
}

std::vector<Committee> list(db::Connection& c, const std::string& region_id) {
  auto members = members_of(c, region_id, std::nullopt);
  std::vector<Committee> out;
  for (const auto& r : c.query(std::string(kSelect) + "WHERE region_id = ? ORDER BY committee_id", {region_id})) {
    out.push_back(from_row(r));
    out.back().members = members[out.back().id];
  }
  return out;
}

std::optional<Committee> find(db::Connection& c, const std::string& region_id, int64_t committee_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE region_id = ? AND committee_id = ?", {region_id, committee_id});
  if (rows.empty()) return std::nullopt;
  auto committee = from_row(rows[0]);
  committee.members = members_of(c, region_id, committee_id)[committee_id];
  return committee;
}

std::optional<Committee> find_by_key(db::Connection& c, const std::string& region_id, const std::string& key) {
  auto rows = c.query("SELECT committee_id FROM committees WHERE region_id = ? AND profile_key = ?", {region_id, key});
  if (rows.empty()) return std::nullopt;
  return find(c, region_id, rows[0].int64(0));
}

int64_t insert(db::Connection& c, Committee& k) {
  k.id = c.query("INSERT INTO committees (region_id, parent_committee_id, profile_key, kind, name, article, formed_by, "
                 "decree_number, decree_date, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING committee_id",
                 {k.region_id, value_of(k.parent_committee_id), k.key, k.kind, k.name, k.article, k.formed_by,
                  value_of(k.decree_number), value_of(k.decree_date), k.version, k.created_at, k.updated_at})
             .at(0)
             .int64(0);
  return k.id;
}

bool update(db::Connection& c, const Committee& k, int64_t expected_version) {
  return !c.query("UPDATE committees SET name = ?, decree_number = ?, decree_date = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND committee_id = ? AND version = ? RETURNING committee_id",
                  {k.name, value_of(k.decree_number), value_of(k.decree_date), k.version, k.updated_at, k.region_id, k.id,
                   expected_version})
              .empty();
}

int64_t add_member(db::Connection& c, const std::string& region_id, int64_t committee_id, const std::string& role,
                   std::optional<int64_t> position_id, const std::string& selector) {
  return c.query("INSERT INTO committee_members (region_id, committee_id, role, position_id, selector, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING member_id",
                 {region_id, committee_id, role, value_of(position_id), value_of(selector), now_rfc3339()})
      .at(0)
      .int64(0);
}

bool remove_member(db::Connection& c, const std::string& region_id, int64_t committee_id, int64_t member_id) {
  return !c.query("DELETE FROM committee_members WHERE region_id = ? AND committee_id = ? AND member_id = ? RETURNING member_id",
                  {region_id, committee_id, member_id})
              .empty();
}

void touch(db::Connection& c, const std::string& region_id, int64_t committee_id) {
  c.execute("UPDATE committees SET version = version + 1, updated_at = ? WHERE region_id = ? AND committee_id = ?",
            {now_rfc3339(), region_id, committee_id});
}

std::vector<Coordinator> coordinators(db::Connection& c, const std::string& region_id) {
  std::vector<Coordinator> out;
  for (const auto& r : c.query("SELECT domain, agency_id, article FROM architecture_coordinators WHERE region_id = ? ORDER BY domain",
                               {region_id}))
    out.push_back({r.text(0), r.int64(1), r.text(2)});
  return out;
}

void set_coordinator(db::Connection& c, const std::string& region_id, const Coordinator& k) {
  c.execute("DELETE FROM architecture_coordinators WHERE region_id = ? AND domain = ?", {region_id, k.domain});
  c.execute("INSERT INTO architecture_coordinators (region_id, domain, agency_id, article, updated_at) VALUES (?, ?, ?, ?, ?)",
            {region_id, k.domain, k.agency_id, k.article, now_rfc3339()});
}

std::optional<Designation> designation(db::Connection& c, const std::string& region_id, const std::string& which) {
  auto rows = c.query("SELECT d.position_id, p.title, pe.person_id, pe.name, d.article FROM designations d "
                      "JOIN positions p ON p.position_id = d.position_id LEFT JOIN people pe ON pe.person_id = p.holder_person_id "
                      "WHERE d.region_id = ? AND d.designation = ?",
                      {region_id, which});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  Designation d{which, r.int64(0), r.text(1), std::nullopt, "", r.text(4)};
  if (!r.is_null(2)) d.holder_id = r.int64(2), d.holder_name = r.text(3);
  return d;
}

void set_designation(db::Connection& c, const std::string& region_id, const std::string& which, int64_t position_id,
                     const std::string& article) {
  c.execute("DELETE FROM designations WHERE region_id = ? AND designation = ?", {region_id, which});
  c.execute("INSERT INTO designations (region_id, designation, position_id, article, updated_at) VALUES (?, ?, ?, ?, ?)",
            {region_id, which, position_id, article, now_rfc3339()});
}

nlohmann::json to_json(const Designation& d) {
  return {{"position_id", d.position_id},
          {"title", d.title},
          {"holder", d.holder_id ? nlohmann::json{{"id", *d.holder_id}, {"name", d.holder_name}} : nlohmann::json(nullptr)},
          {"article", or_null(d.article)}};
}

}  // namespace simpul::modules::committees
