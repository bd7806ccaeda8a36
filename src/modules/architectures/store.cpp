#include "modules/architectures/store.h"

#include "modules/architectures/rules.h"
#include "modules/planning/plan_fields.h"

namespace simpul::modules::architectures {

namespace {
using plan_fields::list_of;
using plan_fields::list_text;

const char* kSelect =
    "SELECT architecture_id, region_id, title, start_year, end_year, reference_summary, decree_number, decree_date, "
    "status, version, created_at, updated_at FROM architectures ";

using db::text_or_empty;
using db::value_of;
db::Value id_value(const std::optional<int64_t>& id) { return id ? db::Value{*id} : db::Value{}; }

Architecture from_row(const db::Row& r) {
  Architecture a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.title = r.text(2);
  a.start_year = static_cast<int>(r.int64(3));
  a.end_year = static_cast<int>(r.int64(4));
  a.reference_summary = r.text(5);
  a.decree_number = text_or_empty(r, 6);
  a.decree_date = text_or_empty(r, 7);
  a.status = r.text(8);
  a.version = r.int64(9);
  a.created_at = r.text(10);
  a.updated_at = r.text(11);
  return a;
}

void load_children(db::Connection& c, Architecture& a) {
  std::vector<Domain> stored;
  for (const auto& r : c.query("SELECT d.domain, d.description, d.agency_id, ag.name, d.article FROM architecture_domains d "
                               "LEFT JOIN agencies ag ON ag.agency_id = d.agency_id "
                               "WHERE d.region_id = ? AND d.architecture_id = ?",
                               {a.region_id, a.id}))
    stored.push_back({r.text(0), r.text(1), r.is_null(2) ? std::nullopt : std::optional<int64_t>{r.int64(2)},
                      text_or_empty(r, 3), text_or_empty(r, 4)});
  a.domains.clear();
  for (const auto& name : domain_names())  // the regulation's order
    for (const auto& d : stored)
      if (d.domain == name) a.domains.push_back(d);
  a.reviews.clear();
  for (const auto& r : c.query("SELECT review_id, kind, review_date, reasons, note, decree_number, decree_date, recorded_by, "
                               "created_at FROM architecture_reviews WHERE region_id = ? AND architecture_id = ? "
                               "ORDER BY review_date DESC, review_id DESC",
                               {a.region_id, a.id})) {
    Review v;
    v.id = r.int64(0);
    v.region_id = a.region_id;
    v.architecture_id = a.id;
    v.kind = r.text(1);
    v.review_date = r.text(2);
    v.reasons = list_of(r.text(3));
    v.note = r.text(4);
    v.decree_number = text_or_empty(r, 5);
    v.decree_date = text_or_empty(r, 6);
    v.recorded_by = r.text(7);
    v.created_at = r.text(8);
    a.reviews.push_back(v);
  }
}
}  // namespace

std::vector<Architecture> list(db::Connection& c, const std::string& region_id, const std::string& status) {
  std::string sql = std::string(kSelect) + "WHERE region_id = ?";
  std::vector<db::Value> params{region_id};
  if (!status.empty()) sql += " AND status = ?", params.push_back(status);
  sql += " ORDER BY start_year DESC, architecture_id DESC";
  std::vector<Architecture> out;
  for (const auto& r : c.query(sql, params)) {
    out.push_back(from_row(r));
    load_children(c, out.back());
  }
  return out;
}

std::optional<Architecture> find(db::Connection& c, const std::string& region_id, int64_t architecture_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE region_id = ? AND architecture_id = ?", {region_id, architecture_id});
  if (rows.empty()) return std::nullopt;
  auto a = from_row(rows[0]);
  load_children(c, a);
  return a;
}

int64_t insert(db::Connection& c, Architecture& a) {
  a.id = c.query("INSERT INTO architectures (region_id, title, start_year, end_year, reference_summary, decree_number, "
                 "decree_date, status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING architecture_id",
                 {a.region_id, a.title, int64_t{a.start_year}, int64_t{a.end_year}, a.reference_summary,
                  value_of(a.decree_number), value_of(a.decree_date), a.status, a.version, a.created_at, a.updated_at})
             .at(0)
             .int64(0);
  for (const auto& d : a.domains)
    c.execute("INSERT INTO architecture_domains (region_id, architecture_id, domain, description, agency_id, article) "
              "VALUES (?, ?, ?, ?, ?, ?)",
              {a.region_id, a.id, d.domain, d.description, id_value(d.agency_id), value_of(d.article)});
  return a.id;
}

bool update(db::Connection& c, const Architecture& a, int64_t expected_version) {
  bool saved = !c.query("UPDATE architectures SET title = ?, start_year = ?, end_year = ?, reference_summary = ?, "
                        "decree_number = ?, decree_date = ?, status = ?, version = ?, updated_at = ? "
                        "WHERE region_id = ? AND architecture_id = ? AND version = ? RETURNING architecture_id",
                        {a.title, int64_t{a.start_year}, int64_t{a.end_year}, a.reference_summary, value_of(a.decree_number),
                         value_of(a.decree_date), a.status, a.version, a.updated_at, a.region_id, a.id, expected_version})
                     .empty();
  if (!saved) return false;
  for (const auto& d : a.domains)
    c.execute("UPDATE architecture_domains SET description = ?, agency_id = ?, article = ? "
              "WHERE region_id = ? AND architecture_id = ? AND domain = ?",
              {d.description, id_value(d.agency_id), value_of(d.article), a.region_id, a.id, d.domain});
  return true;
}

int64_t insert_review(db::Connection& c, Review& r) {
  r.id = c.query("INSERT INTO architecture_reviews (region_id, architecture_id, kind, review_date, reasons, note, "
                 "decree_number, decree_date, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING review_id",
                 {r.region_id, r.architecture_id, r.kind, r.review_date, list_text(r.reasons), r.note,
                  value_of(r.decree_number), value_of(r.decree_date), r.recorded_by, r.created_at})
             .at(0)
             .int64(0);
  return r.id;
}

}  // namespace simpul::modules::architectures
