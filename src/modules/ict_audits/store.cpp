#include "modules/ict_audits/store.h"

#include <map>

#include "db/like.h"
#include "modules/ict_audits/schedule.h"

namespace simpul::modules::ict_audits {

namespace {

using db::text_or_empty;
using db::value_of;

const char* kSelectObject =
    "SELECT o.object_id, o.region_id, o.kind, o.name, o.application_id, ap.category, o.facility_id, o.owner_agency_id, "
    "ag.name, o.source, o.sync_key, o.active, o.registered_on, o.last_audit_on, o.next_due_on, o.version, o.created_at, "
    "o.updated_at FROM ict_audit_objects o JOIN agencies ag ON ag.agency_id = o.owner_agency_id "
    "LEFT JOIN applications ap ON ap.application_id = o.application_id ";

AuditObject object_from(const db::Row& r) {
  AuditObject o;
  o.id = r.int64(0);
  o.region_id = r.text(1);
  o.kind = r.text(2);
  o.name = r.text(3);
  if (!r.is_null(4)) o.application_id = r.int64(4);
  o.application_category = text_or_empty(r, 5);
  if (!r.is_null(6)) o.facility_id = r.int64(6);
  o.owner_agency_id = r.int64(7);
  o.owner_agency_name = r.text(8);
  o.source = r.text(9);
  o.sync_key = text_or_empty(r, 10);
  o.active = r.int64(11) != 0;
  o.registered_on = r.text(12);
  o.last_audit_on = text_or_empty(r, 13);
  o.next_due_on = text_or_empty(r, 14);
  o.version = r.int64(15);
  o.created_at = r.text(16);
  o.updated_at = r.text(17);
  return o;
}

const char* kSelectAudit =
    "SELECT a.audit_id, a.region_id, a.object_id, o.name, o.kind, a.planned_on, a.auditor_kind, a.auditor_name, "
    "a.auditor_credential, a.aspects, a.state, a.pre_evaluation_due_on, a.pre_evaluated_on, a.pre_evaluation_note, "
    "a.pre_evaluation_sha256, a.started_on, a.completed_on, a.report_sha256, a.report_due_on, a.reported_on, "
    "a.report_note, a.reported_through, a.version, a.created_at, a.updated_at "
    "FROM ict_audits a JOIN ict_audit_objects o ON o.object_id = a.object_id ";

Audit audit_from(const db::Row& r) {
  Audit a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.object_id = r.int64(2);
  a.object_name = r.text(3);
  a.object_kind = r.text(4);
  a.planned_on = r.text(5);
  a.auditor_kind = r.text(6);
  a.auditor_name = r.text(7);
  a.auditor_credential = r.text(8);
  for (const auto& s : nlohmann::json::parse(r.text(9))) a.aspects.push_back(s.get<std::string>());
  a.state = r.text(10);
  a.pre_evaluation_due_on = text_or_empty(r, 11);
  a.pre_evaluated_on = text_or_empty(r, 12);
  a.pre_evaluation_note = r.text(13);
  a.pre_evaluation_sha256 = text_or_empty(r, 14);
  a.started_on = text_or_empty(r, 15);
  a.completed_on = text_or_empty(r, 16);
  a.report_sha256 = text_or_empty(r, 17);
  a.report_due_on = text_or_empty(r, 18);
  a.reported_on = text_or_empty(r, 19);
  a.report_note = r.text(20);
  a.reported_through = text_or_empty(r, 21);
  a.version = r.int64(22);
  a.created_at = r.text(23);
  a.updated_at = r.text(24);
  return a;
}

std::vector<Audit> audits_where(db::Connection& c, const std::string& where, const db::Params& params) {
  std::vector<Audit> out;
  for (const auto& r : c.query(std::string(kSelectAudit) + where, params)) out.push_back(audit_from(r));
  return out;
}

const char* kSelectFinding =
    "SELECT f.finding_id, f.region_id, f.audit_id, a.object_id, o.name, ag.name, f.severity, f.title, f.description, "
    "f.recommendation, f.owner_agency_id, f.due_on, f.status, f.closed_on, f.version, f.created_at, f.updated_at "
    "FROM ict_audit_findings f JOIN ict_audits a ON a.audit_id = f.audit_id "
    "JOIN ict_audit_objects o ON o.object_id = a.object_id JOIN agencies ag ON ag.agency_id = f.owner_agency_id ";

// The findings of `where` with their follow-ups (one query for all of them).
std::vector<Finding> findings_where(db::Connection& c, const std::string& region_id, const std::string& where,
                                    const db::Params& params) {
  std::vector<Finding> out;
  for (const auto& r : c.query(std::string(kSelectFinding) + where, params)) {
    Finding f;
    f.id = r.int64(0);
    f.region_id = r.text(1);
    f.audit_id = r.int64(2);
    f.object_id = r.int64(3);
    f.object_name = r.text(4);
    f.owner_agency_name = r.text(5);
    f.severity = r.text(6);
    f.title = r.text(7);
    f.description = r.text(8);
    f.recommendation = r.text(9);
    f.owner_agency_id = r.int64(10);
    f.due_on = r.text(11);
    f.status = r.text(12);
    f.closed_on = text_or_empty(r, 13);
    f.version = r.int64(14);
    f.created_at = r.text(15);
    f.updated_at = r.text(16);
    out.push_back(f);
  }
  if (out.empty()) return out;
  std::map<int64_t, Finding*> by_id;
  std::string ids;
  db::Params follow_params{region_id};
  for (auto& f : out) {
    by_id[f.id] = &f;
    ids += ids.empty() ? "?" : ", ?";
    follow_params.push_back(f.id);
  }
  for (const auto& r : c.query("SELECT follow_up_id, region_id, finding_id, note, sha256, created_by, created_at "
                               "FROM ict_audit_follow_ups WHERE region_id = ? AND finding_id IN (" + ids + ") ORDER BY follow_up_id",
                               follow_params))
    by_id[r.int64(2)]->follow_ups.push_back({r.int64(0), r.text(1), r.int64(2), r.text(3), text_or_empty(r, 4), r.text(5), r.text(6)});
  return out;
}

}  // namespace

Settings load_settings(db::Connection& c, const std::string& region_id) {
  Settings s{*profiles::parse_period(kDefaultPeriod), 0};
  auto rows = c.query("SELECT default_period, version FROM ict_audit_settings WHERE region_id = ?", {region_id});
  if (rows.empty()) return s;
  if (auto p = profiles::parse_period(rows[0].text(0))) s.default_period = *p;
  s.version = rows[0].int64(1);
  return s;
}

profiles::Period default_period(db::Connection& c, const std::string& region_id) { return load_settings(c, region_id).default_period; }

bool save_settings(db::Connection& c, const std::string& region_id, const std::string& period, int64_t expected_version,
                   const std::string& now) {
  if (expected_version == 0)
    return !c.query("INSERT INTO ict_audit_settings (region_id, default_period, version, updated_at) VALUES (?, ?, 1, ?) "
                    "RETURNING region_id",
                    {region_id, period, now})
                .empty();
  return !c.query("UPDATE ict_audit_settings SET default_period = ?, version = version + 1, updated_at = ? "
                  "WHERE region_id = ? AND version = ? RETURNING region_id",
                  {period, now, region_id, expected_version})
              .empty();
}

void set_next_due(db::Connection& c, const std::string& region_id, int64_t object_id, const std::string& next_due_on) {
  c.execute("UPDATE ict_audit_objects SET next_due_on = ? WHERE region_id = ? AND object_id = ?",
            {value_of(next_due_on), region_id, object_id});
}

std::vector<AuditObject> list_objects(db::Connection& c, const std::string& region_id, const ObjectFilter& f) {
  std::string sql = std::string(kSelectObject) + "WHERE o.region_id = ?";
  db::Params params{region_id};
  if (!f.kind.empty()) sql += " AND o.kind = ?", params.push_back(f.kind);
  if (f.agency_id) sql += " AND o.owner_agency_id = ?", params.push_back(*f.agency_id);
  if (f.active) sql += " AND o.active = ?", params.push_back(int64_t{*f.active ? 1 : 0});
  if (!f.query.empty()) sql += " AND LOWER(o.name) LIKE ? ESCAPE '\\'", params.push_back(db::like_pattern(f.query));
  if (f.status == "not_required") sql += " AND o.next_due_on IS NULL";
  if (f.status == "overdue") sql += " AND o.next_due_on < ?", params.push_back(f.today);
  if (f.status == "due_soon" || f.status == "due") {
    profiles::Period soon;
    soon.days = kDueSoonDays;
    auto limit = profiles::add_period(f.today, soon);
    if (f.status == "due_soon") sql += " AND o.next_due_on >= ? AND o.next_due_on <= ?", params.push_back(f.today), params.push_back(limit);
    else sql += " AND o.next_due_on > ?", params.push_back(limit);
  }
  if (f.after_id) sql += " AND o.object_id > ?", params.push_back(*f.after_id);
  sql += " ORDER BY o.object_id";
  if (f.limit) sql += " LIMIT ?", params.push_back(int64_t{*f.limit});
  std::vector<AuditObject> out;
  for (const auto& r : c.query(sql, params)) out.push_back(object_from(r));
  return out;
}

std::vector<AuditObject> overdue_objects(db::Connection& c, const std::string& region_id, const std::string& today, int limit) {
  std::vector<AuditObject> out;
  for (const auto& r : c.query(std::string(kSelectObject) +
                                   "WHERE o.region_id = ? AND o.next_due_on < ? ORDER BY o.next_due_on, o.object_id LIMIT ?",
                               {region_id, today, int64_t{limit}}))
    out.push_back(object_from(r));
  return out;
}

int64_t overdue_object_count(db::Connection& c, const std::string& region_id, const std::string& today) {
  return c.query("SELECT COUNT(*) FROM ict_audit_objects WHERE region_id = ? AND next_due_on < ?", {region_id, today})
      .at(0)
      .int64(0);
}

std::optional<AuditObject> find_object(db::Connection& c, const std::string& region_id, int64_t object_id) {
  auto rows = c.query(std::string(kSelectObject) + "WHERE o.region_id = ? AND o.object_id = ?", {region_id, object_id});
  if (rows.empty()) return std::nullopt;
  return object_from(rows[0]);
}

std::vector<AuditObject> objects_due_by(db::Connection& c, const std::string& region_id, const std::string& until) {
  std::vector<AuditObject> out;
  for (const auto& r : c.query(std::string(kSelectObject) +
                                   "WHERE o.region_id = ? AND o.active = 1 AND o.next_due_on IS NOT NULL AND o.next_due_on <= ? "
                                   "ORDER BY o.next_due_on, o.object_id",
                               {region_id, until}))
    out.push_back(object_from(r));
  return out;
}

std::set<std::string> sync_keys(db::Connection& c, const std::string& region_id) {
  std::set<std::string> out;
  for (const auto& r : c.query("SELECT sync_key FROM ict_audit_objects WHERE region_id = ? AND sync_key IS NOT NULL", {region_id}))
    out.insert(r.text(0));
  return out;
}

int64_t insert_object(db::Connection& c, AuditObject& o) {
  o.id = c.query("INSERT INTO ict_audit_objects (region_id, kind, name, application_id, facility_id, owner_agency_id, source, "
                 "sync_key, active, registered_on, last_audit_on, next_due_on, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING object_id",
                 {o.region_id, o.kind, o.name, value_of(o.application_id), value_of(o.facility_id), o.owner_agency_id, o.source,
                  value_of(o.sync_key), int64_t{o.active ? 1 : 0}, o.registered_on, value_of(o.last_audit_on),
                  value_of(o.next_due_on), o.version, o.created_at, o.updated_at})
             .at(0)
             .int64(0);
  return o.id;
}

bool update_object(db::Connection& c, const AuditObject& o, int64_t expected_version) {
  return !c.query("UPDATE ict_audit_objects SET name = ?, facility_id = ?, owner_agency_id = ?, active = ?, registered_on = ?, "
                  "last_audit_on = ?, next_due_on = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND object_id = ? AND version = ? RETURNING object_id",
                  {o.name, value_of(o.facility_id), o.owner_agency_id, int64_t{o.active ? 1 : 0}, o.registered_on,
                   value_of(o.last_audit_on), value_of(o.next_due_on), o.version, o.updated_at, o.region_id, o.id,
                   expected_version})
              .empty();
}

std::optional<std::string> application_category(db::Connection& c, const std::string& region_id, int64_t application_id) {
  auto rows = c.query("SELECT category FROM applications WHERE region_id = ? AND application_id = ?", {region_id, application_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

bool facility_exists(db::Connection& c, const std::string& region_id, int64_t facility_id) {
  return !c.query("SELECT 1 FROM facilities WHERE region_id = ? AND facility_id = ?", {region_id, facility_id}).empty();
}

std::vector<RegistryApplication> applications_in_use(db::Connection& c, const std::string& region_id) {
  std::vector<RegistryApplication> out;
  for (const auto& r : c.query("SELECT application_id, name, category, created_at, owner_agency_id FROM applications "
                               "WHERE region_id = ? AND lifecycle = 'in_production' ORDER BY application_id",
                               {region_id}))
    out.push_back({r.int64(0), r.text(1), r.text(2), r.text(3).substr(0, 10), r.int64(4)});
  return out;
}

std::optional<int64_t> ict_office_id(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT agency_id FROM agencies WHERE region_id = ? AND ict_office = 1", {region_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].int64(0);
}

std::vector<Audit> list_audits(db::Connection& c, const std::string& region_id, const AuditFilter& f) {
  std::string where = "WHERE a.region_id = ?";
  db::Params params{region_id};
  if (f.object_id) where += " AND a.object_id = ?", params.push_back(*f.object_id);
  if (!f.state.empty()) where += " AND a.state = ?", params.push_back(f.state);
  if (f.year) {
    where += " AND a.planned_on >= ? AND a.planned_on <= ?";
    params.push_back(std::to_string(*f.year) + "-01-01");
    params.push_back(std::to_string(*f.year) + "-12-31");
  }
  if (f.after_id) where += " AND a.audit_id > ?", params.push_back(*f.after_id);
  where += " ORDER BY a.audit_id";
  if (f.limit) where += " LIMIT ?", params.push_back(int64_t{*f.limit});
  return audits_where(c, where, params);
}

std::optional<Audit> find_audit(db::Connection& c, const std::string& region_id, int64_t audit_id) {
  auto found = audits_where(c, "WHERE a.region_id = ? AND a.audit_id = ?", {region_id, audit_id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::vector<Audit> open_audits(db::Connection& c, const std::string& region_id, std::optional<int64_t> object_id) {
  std::string where = "WHERE a.region_id = ? AND a.state IN ('planned', 'pre_evaluated', 'in_progress')";
  db::Params params{region_id};
  if (object_id) where += " AND a.object_id = ?", params.push_back(*object_id);
  return audits_where(c, where + " ORDER BY a.planned_on, a.audit_id", params);
}

std::vector<Audit> pre_evaluations_overdue(db::Connection& c, const std::string& region_id, const std::string& today) {
  return audits_where(c, "WHERE a.region_id = ? AND a.state = 'planned' AND a.pre_evaluation_due_on < ? "
                         "ORDER BY a.pre_evaluation_due_on, a.audit_id",
                      {region_id, today});
}

std::vector<Audit> reports_overdue(db::Connection& c, const std::string& region_id, const std::string& today) {
  return audits_where(c, "WHERE a.region_id = ? AND a.state = 'completed' AND a.report_due_on < ? "
                         "ORDER BY a.report_due_on, a.audit_id",
                      {region_id, today});
}

int64_t insert_audit(db::Connection& c, Audit& a) {
  a.id = c.query("INSERT INTO ict_audits (region_id, object_id, planned_on, auditor_kind, auditor_name, auditor_credential, "
                 "aspects, state, pre_evaluation_due_on, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING audit_id",
                 {a.region_id, a.object_id, a.planned_on, a.auditor_kind, a.auditor_name, a.auditor_credential,
                  nlohmann::json(a.aspects).dump(), a.state, value_of(a.pre_evaluation_due_on), a.version, a.created_at,
                  a.updated_at})
             .at(0)
             .int64(0);
  return a.id;
}

bool update_audit(db::Connection& c, const Audit& a, int64_t expected_version) {
  return !c.query("UPDATE ict_audits SET planned_on = ?, auditor_kind = ?, auditor_name = ?, auditor_credential = ?, aspects = ?, "
                  "state = ?, pre_evaluation_due_on = ?, pre_evaluated_on = ?, pre_evaluation_note = ?, pre_evaluation_sha256 = ?, "
                  "started_on = ?, completed_on = ?, report_sha256 = ?, report_due_on = ?, reported_on = ?, report_note = ?, "
                  "reported_through = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND audit_id = ? AND version = ? RETURNING audit_id",
                  {a.planned_on, a.auditor_kind, a.auditor_name, a.auditor_credential, nlohmann::json(a.aspects).dump(), a.state,
                   value_of(a.pre_evaluation_due_on), value_of(a.pre_evaluated_on), a.pre_evaluation_note,
                   value_of(a.pre_evaluation_sha256), value_of(a.started_on), value_of(a.completed_on),
                   value_of(a.report_sha256), value_of(a.report_due_on), value_of(a.reported_on), a.report_note,
                   value_of(a.reported_through), a.version, a.updated_at, a.region_id, a.id, expected_version})
              .empty();
}

std::vector<Finding> findings_of_audit(db::Connection& c, const std::string& region_id, int64_t audit_id) {
  return findings_where(c, region_id, "WHERE f.region_id = ? AND f.audit_id = ? ORDER BY f.finding_id", {region_id, audit_id});
}

std::optional<Finding> find_finding(db::Connection& c, const std::string& region_id, int64_t finding_id) {
  auto found = findings_where(c, region_id, "WHERE f.region_id = ? AND f.finding_id = ?", {region_id, finding_id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::vector<Finding> findings_overdue(db::Connection& c, const std::string& region_id, const std::string& today) {
  return findings_where(c, region_id, "WHERE f.region_id = ? AND f.status = 'open' AND f.due_on < ? ORDER BY f.due_on, f.finding_id",
                        {region_id, today});
}

int64_t insert_finding(db::Connection& c, Finding& f) {
  f.id = c.query("INSERT INTO ict_audit_findings (region_id, audit_id, severity, title, description, recommendation, "
                 "owner_agency_id, due_on, status, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING finding_id",
                 {f.region_id, f.audit_id, f.severity, f.title, f.description, f.recommendation, f.owner_agency_id, f.due_on,
                  f.status, f.version, f.created_at, f.updated_at})
             .at(0)
             .int64(0);
  return f.id;
}

bool update_finding(db::Connection& c, const Finding& f, int64_t expected_version) {
  return !c.query("UPDATE ict_audit_findings SET severity = ?, title = ?, description = ?, recommendation = ?, owner_agency_id = ?, "
                  "due_on = ?, status = ?, closed_on = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND finding_id = ? AND version = ? RETURNING finding_id",
                  {f.severity, f.title, f.description, f.recommendation, f.owner_agency_id, f.due_on, f.status,
                   value_of(f.closed_on), f.version, f.updated_at, f.region_id, f.id, expected_version})
              .empty();
}

int64_t insert_follow_up(db::Connection& c, FollowUp& f) {
  f.id = c.query("INSERT INTO ict_audit_follow_ups (region_id, finding_id, note, sha256, created_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING follow_up_id",
                 {f.region_id, f.finding_id, f.note, value_of(f.sha256), f.created_by, f.created_at})
             .at(0)
             .int64(0);
  return f.id;
}

}  // namespace simpul::modules::ict_audits
