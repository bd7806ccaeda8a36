#include "db/like.h"
#include "modules/applications/store.h"

#include <cctype>

namespace simpul::modules::applications {

namespace {
const char* kSelect =
    "SELECT p.application_id, p.region_id, p.owner_agency_id, a.name, a.short_name, p.code, p.name, p.description, "
    "p.category, p.user_agency_ids, p.user_groups, p.lifecycle, p.development_round, p.lifecycle_reason, "
    "p.lifecycle_changed_by, p.lifecycle_changed_at, p.licence_kind, p.licence_name, p.repository_location, p.runs_at, "
    "p.copyright_owner, p.version, p.created_at, p.updated_at "
    "FROM applications p JOIN agencies a ON a.agency_id = p.owner_agency_id ";

using db::text_or_empty;
using db::value_of;

Application from_row(const db::Row& r) {
  Application a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.owner_agency_id = r.int64(2);
  a.agency_name = r.text(3);
  a.agency_short_name = r.text(4);
  a.code = r.text(5);
  a.name = r.text(6);
  a.description = r.text(7);
  a.category = r.text(8);
  for (const auto& id : nlohmann::json::parse(r.text(9))) a.user_agency_ids.push_back(id.get<int64_t>());
  a.user_groups = r.text(10);
  a.lifecycle = r.text(11);
  a.development_round = r.int64(12);
  a.lifecycle_reason = r.text(13);
  a.lifecycle_changed_by = text_or_empty(r, 14);
  a.lifecycle_changed_at = text_or_empty(r, 15);
  a.licence_kind = r.text(16);
  a.licence_name = r.text(17);
  a.repository_location = r.text(18);
  a.runs_at = r.text(19);
  a.copyright_owner = r.text(20);
  a.version = r.int64(21);
  a.created_at = r.text(22);
  a.updated_at = r.text(23);
  return a;
}

}  // namespace

std::vector<Application> list(db::Connection& c, const std::string& region_id, const Filter& filter) {
  std::string sql = std::string(kSelect) + "WHERE p.region_id = ?";
  db::Params params{region_id};
  if (filter.agency_id) sql += " AND p.owner_agency_id = ?", params.push_back(*filter.agency_id);
  if (!filter.category.empty()) sql += " AND p.category = ?", params.push_back(filter.category);
  if (!filter.lifecycle.empty()) sql += " AND p.lifecycle = ?", params.push_back(filter.lifecycle);
  if (!filter.query.empty()) {
    sql += " AND (LOWER(p.code) LIKE ? ESCAPE '\\' OR LOWER(p.name) LIKE ? ESCAPE '\\')";
    auto pattern = db::like_pattern(filter.query);
    params.insert(params.end(), 2, db::Value{pattern});
  }
  if (filter.after_code) sql += " AND p.code > ?", params.push_back(*filter.after_code);
  sql += " ORDER BY p.code";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  std::vector<Application> out;
  for (const auto& r : c.query(sql, params)) out.push_back(from_row(r));
  return out;
}

std::optional<Application> find(db::Connection& c, const std::string& region_id, int64_t application_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE p.region_id = ? AND p.application_id = ?", {region_id, application_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

bool code_taken(db::Connection& c, const std::string& region_id, const std::string& code, int64_t except_application_id) {
  return !c.query("SELECT 1 FROM applications WHERE region_id = ? AND code = ? AND application_id <> ?",
                  {region_id, code, except_application_id})
              .empty();
}

int64_t insert(db::Connection& c, Application& a) {
  a.id = c.query("INSERT INTO applications (region_id, owner_agency_id, code, name, description, category, user_agency_ids, "
                 "user_groups, lifecycle, development_round, lifecycle_reason, lifecycle_changed_by, lifecycle_changed_at, "
                 "licence_kind, licence_name, repository_location, runs_at, copyright_owner, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING application_id",
                 {a.region_id, a.owner_agency_id, a.code, a.name, a.description, a.category,
                  nlohmann::json(a.user_agency_ids).dump(), a.user_groups, a.lifecycle, a.development_round,
                  a.lifecycle_reason, value_of(a.lifecycle_changed_by), value_of(a.lifecycle_changed_at), a.licence_kind,
                  a.licence_name, a.repository_location, a.runs_at, a.copyright_owner, a.version, a.created_at,
                  a.updated_at})
             .at(0)
             .int64(0);
  return a.id;
}

bool update(db::Connection& c, const Application& a, int64_t expected_version) {
  return !c.query("UPDATE applications SET owner_agency_id = ?, code = ?, name = ?, description = ?, category = ?, "
                  "user_agency_ids = ?, user_groups = ?, lifecycle = ?, development_round = ?, lifecycle_reason = ?, "
                  "lifecycle_changed_by = ?, lifecycle_changed_at = ?, licence_kind = ?, licence_name = ?, "
                  "repository_location = ?, runs_at = ?, copyright_owner = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND application_id = ? AND version = ? RETURNING application_id",
                  {a.owner_agency_id, a.code, a.name, a.description, a.category, nlohmann::json(a.user_agency_ids).dump(),
                   a.user_groups, a.lifecycle, a.development_round, a.lifecycle_reason, value_of(a.lifecycle_changed_by),
                   value_of(a.lifecycle_changed_at), a.licence_kind, a.licence_name, a.repository_location, a.runs_at,
                   a.copyright_owner, a.version, a.updated_at, a.region_id, a.id, expected_version})
              .empty();
}

std::vector<Document> documents(db::Connection& c, const std::string& region_id, int64_t application_id) {
  std::vector<Document> out;
  for (const auto& r : c.query("SELECT document_id, region_id, application_id, kind, file_sha256, uploaded_by, uploaded_at "
                               "FROM application_documents WHERE region_id = ? AND application_id = ? ORDER BY document_id",
                               {region_id, application_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5), r.text(6)});
  return out;
}

int64_t insert_document(db::Connection& c, Document& d) {
  d.id = c.query("INSERT INTO application_documents (region_id, application_id, kind, file_sha256, uploaded_by, uploaded_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING document_id",
                 {d.region_id, d.application_id, d.kind, d.file_sha256, d.uploaded_by, d.uploaded_at})
             .at(0)
             .int64(0);
  return d.id;
}

std::vector<TestRecord> tests(db::Connection& c, const std::string& region_id, int64_t application_id) {
  std::vector<TestRecord> out;
  for (const auto& r : c.query("SELECT test_id, region_id, application_id, tested_on, result, summary, report_sha256, "
                               "recorded_by, recorded_at FROM application_tests "
                               "WHERE region_id = ? AND application_id = ? ORDER BY test_id",
                               {region_id, application_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5), text_or_empty(r, 6), r.text(7), r.text(8)});
  return out;
}

int64_t insert_test(db::Connection& c, TestRecord& t) {
  t.id = c.query("INSERT INTO application_tests (region_id, application_id, tested_on, result, summary, report_sha256, "
                 "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING test_id",
                 {t.region_id, t.application_id, t.tested_on, t.result, t.summary, value_of(t.report_sha256),
                  t.recorded_by, t.recorded_at})
             .at(0)
             .int64(0);
  return t.id;
}

std::vector<GcioDecision> gcio_decisions(db::Connection& c, const std::string& region_id, int64_t application_id) {
  std::vector<GcioDecision> out;
  for (const auto& r : c.query("SELECT decision_id, region_id, application_id, decision, note, covers, decided_by, decided_at "
                               "FROM application_gcio_decisions WHERE region_id = ? AND application_id = ? ORDER BY decision_id",
                               {region_id, application_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7)});
  return out;
}

int64_t insert_gcio_decision(db::Connection& c, GcioDecision& d) {
  d.id = c.query("INSERT INTO application_gcio_decisions (region_id, application_id, decision, note, covers, decided_by, "
                 "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING decision_id",
                 {d.region_id, d.application_id, d.decision, d.note, d.covers, d.decided_by, d.decided_at})
             .at(0)
             .int64(0);
  return d.id;
}

}  // namespace simpul::modules::applications
