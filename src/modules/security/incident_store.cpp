#include "modules/security/incident_store.h"

#include <map>

#include "db/like.h"
#include "modules/security/values.h"

namespace simpul::modules::security {

namespace {
const char* kSelect =
    "SELECT i.incident_id, i.region_id, i.number, i.agency_id, a.name, a.short_name, i.title, i.description, i.severity, "
    "i.serious, i.stage, i.detected_at, i.reported_at, i.reported_by_user_id, i.closed_at, i.lessons_learned, "
    "i.ict_office_due_at, i.ict_office_sent_at, i.data_owner_required, i.data_owner_due_at, i.data_owner_sent_at, "
    "i.version, i.created_at, i.updated_at FROM security_incidents i JOIN agencies a ON a.agency_id = i.agency_id ";

Incident from_row(const db::Row& r) {
  Incident i;
  i.id = r.int64(0);
  i.region_id = r.text(1);
  i.number = r.text(2);
  i.agency_id = r.int64(3);
  i.agency_name = r.text(4);
  i.agency_short_name = r.is_null(5) ? "" : r.text(5);
  i.title = r.text(6);
  i.description = r.text(7);
  i.severity = r.text(8);
  i.serious = r.int64(9) != 0;
  i.stage = r.text(10);
  i.detected_at = r.text(11);
  i.reported_at = r.text(12);
  i.reported_by_user_id = id_or_null(r, 13);
  i.closed_at = text_or_null(r, 14);
  i.lessons_learned = r.text(15);
  i.ict_office_due_at = r.text(16);
  i.ict_office_sent_at = text_or_null(r, 17);
  i.data_owner_required = r.int64(18) != 0;
  i.data_owner_due_at = r.text(19);
  i.data_owner_sent_at = text_or_null(r, 20);
  i.version = r.int64(21);
  i.created_at = r.text(22);
  i.updated_at = r.text(23);
  return i;
}

std::vector<Incident> rows_to_incidents(const std::vector<db::Row>& rows) {
  std::vector<Incident> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(from_row(r));
  return out;
}

// What the list's stage "open" means: every stage but closed.
const char* kOpen = "i.stage <> 'closed'";

const char* kUnsentPastDue =
    "((i.ict_office_sent_at IS NULL AND i.ict_office_due_at < ?) OR "
    "(i.data_owner_required = 1 AND i.data_owner_sent_at IS NULL AND i.data_owner_due_at < ?))";
}  // namespace

std::vector<Incident> list_incidents(db::Connection& c, const std::string& region_id, const IncidentFilter& f) {
  std::string sql = std::string(kSelect) + "WHERE i.region_id = ?";
  db::Params params{region_id};
  if (f.agency_id) sql += " AND i.agency_id = ?", params.push_back(*f.agency_id);
  if (f.stage == "open")
    sql += std::string(" AND ") + kOpen;
  else if (!f.stage.empty())
    sql += " AND i.stage = ?", params.push_back(f.stage);
  if (!f.severity.empty()) sql += " AND i.severity = ?", params.push_back(f.severity);
  if (f.overdue) {
    sql += std::string(" AND ") + kUnsentPastDue;
    params.push_back(f.now);
    params.push_back(f.now);
  }
  if (!f.query.empty()) {
    sql += " AND (LOWER(i.number) LIKE ? ESCAPE '\\' OR LOWER(i.title) LIKE ? ESCAPE '\\')";
    auto pattern = db::like_pattern(f.query);
    params.insert(params.end(), 2, db::Value{pattern});
  }
  if (f.after) {
    sql += " AND (i.detected_at < ? OR (i.detected_at = ? AND i.incident_id < ?))";
    params.push_back(f.after->first);
    params.push_back(f.after->first);
    params.push_back(f.after->second);
  }
  sql += " ORDER BY i.detected_at DESC, i.incident_id DESC LIMIT ?";
  params.push_back(static_cast<int64_t>(f.limit + 1));
  return rows_to_incidents(c.query(sql, params));
}

int64_t open_incident_count(db::Connection& c, const std::string& region_id) {
  return c.query(std::string("SELECT COUNT(*) FROM security_incidents i WHERE i.region_id = ? AND ") + kOpen, {region_id})
      .at(0)
      .int64(0);
}

std::optional<Incident> find_incident(db::Connection& c, const std::string& region_id, int64_t incident_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE i.region_id = ? AND i.incident_id = ?", {region_id, incident_id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows[0]);
}

int64_t next_incident_number(db::Connection& c, const std::string& region_id, int year) {
  return c.query("INSERT INTO security_incident_counters (region_id, year, last_number) VALUES (?, ?, 1) "
                 "ON CONFLICT (region_id, year) DO UPDATE SET last_number = security_incident_counters.last_number + 1 "
                 "RETURNING last_number",
                 {region_id, static_cast<int64_t>(year)})
      .at(0)
      .int64(0);
}

void insert_incident(db::Connection& c, Incident& i) {
  i.id = c.query("INSERT INTO security_incidents (region_id, number, agency_id, title, description, severity, serious, stage, "
                 "detected_at, reported_at, reported_by_user_id, closed_at, lessons_learned, ict_office_due_at, "
                 "ict_office_sent_at, data_owner_required, data_owner_due_at, data_owner_sent_at, version, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING incident_id",
                 {i.region_id, i.number, i.agency_id, i.title, i.description, i.severity, static_cast<int64_t>(i.serious),
                  i.stage, i.detected_at, i.reported_at, value_of(i.reported_by_user_id), value_of(i.closed_at),
                  i.lessons_learned, i.ict_office_due_at, value_of(i.ict_office_sent_at),
                  static_cast<int64_t>(i.data_owner_required), i.data_owner_due_at, value_of(i.data_owner_sent_at),
                  i.version, i.created_at, i.updated_at})
             .at(0)
             .int64(0);
}

bool update_incident(db::Connection& c, const Incident& i, int64_t expected_version) {
  return c.execute("UPDATE security_incidents SET title = ?, description = ?, severity = ?, serious = ?, stage = ?, "
                   "detected_at = ?, closed_at = ?, lessons_learned = ?, ict_office_due_at = ?, ict_office_sent_at = ?, "
                   "data_owner_required = ?, data_owner_due_at = ?, data_owner_sent_at = ?, version = ?, updated_at = ? "
                   "WHERE region_id = ? AND incident_id = ? AND version = ?",
                   {i.title, i.description, i.severity, static_cast<int64_t>(i.serious), i.stage, i.detected_at,
                    value_of(i.closed_at), i.lessons_learned, i.ict_office_due_at, value_of(i.ict_office_sent_at),
                    static_cast<int64_t>(i.data_owner_required), i.data_owner_due_at, value_of(i.data_owner_sent_at),
                    i.version, i.updated_at, i.region_id, i.id, expected_version}) == 1;
}

namespace {
// COUNT(*) of `where`, and the first `limit` rows of it in `order`.
IncidentPage page_of(db::Connection& c, const std::string& where, db::Params params, const std::string& order, size_t limit) {
  IncidentPage page;
  page.total = c.query("SELECT COUNT(*) FROM security_incidents i " + where, params).at(0).int64(0);
  if (page.total == 0) return page;
  params.push_back(static_cast<int64_t>(limit));
  page.first = rows_to_incidents(c.query(std::string(kSelect) + where + " ORDER BY " + order + " LIMIT ?", params));
  return page;
}
}  // namespace

IncidentPage overdue_notices(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                             const std::string& kind, const std::string& now, size_t limit) {
  bool ict_office = kind == "ict_office";
  std::string where = ict_office ? "WHERE i.region_id = ? AND i.ict_office_sent_at IS NULL AND i.ict_office_due_at < ?"
                                 : "WHERE i.region_id = ? AND i.data_owner_sent_at IS NULL AND i.data_owner_required = 1 "
                                   "AND i.data_owner_due_at < ?";
  db::Params params{region_id, now};
  if (agency_id) where += " AND i.agency_id = ?", params.push_back(*agency_id);
  return page_of(c, where, params, ict_office ? "i.ict_office_due_at, i.incident_id" : "i.data_owner_due_at, i.incident_id",
                 limit);
}

IncidentPage incidents_open_since(db::Connection& c, const std::string& region_id, std::optional<int64_t> agency_id,
                                  const std::string& severity, const std::string& detected_before, size_t limit) {
  std::string where = "WHERE i.region_id = ? AND i.severity = ? AND i.stage <> 'closed' AND i.detected_at < ?";
  db::Params params{region_id, severity, detected_before};
  if (agency_id) where += " AND i.agency_id = ?", params.push_back(*agency_id);
  return page_of(c, where, params, "i.detected_at, i.incident_id", limit);
}

std::vector<Notice> notices(db::Connection& c, int64_t incident_id) {
  std::vector<Notice> out;
  for (const auto& r : c.query("SELECT notice_id, kind, sent_at, note, sha256, recorded_by_user_id, recorded_at "
                               "FROM security_incident_notices WHERE incident_id = ? ORDER BY notice_id",
                               {incident_id}))
    out.push_back({r.int64(0), r.text(1), r.text(2), r.text(3), text_or_null(r, 4), id_or_null(r, 5), r.text(6)});
  return out;
}

void insert_notice(db::Connection& c, const std::string& region_id, int64_t incident_id, Notice& n) {
  n.id = c.query("INSERT INTO security_incident_notices (region_id, incident_id, kind, sent_at, note, sha256, "
                 "recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING notice_id",
                 {region_id, incident_id, n.kind, n.sent_at, n.note, value_of(n.sha256), value_of(n.recorded_by_user_id),
                  n.recorded_at})
             .at(0)
             .int64(0);
}

namespace {
// The table, id column and label column of each kind of link target.
struct TargetTable {
  const char* table;
  const char* id;
  const char* label;
};
const std::map<std::string, TargetTable> kTargets{
    {"host", {"hosts", "host_id", "name"}},
    {"application", {"applications", "application_id", "name"}},
    {"dataset", {"datasets", "dataset_id", "title"}},
    {"risk", {"risks", "risk_id", "event"}},
};
}  // namespace

std::vector<IncidentLink> links(db::Connection& c, int64_t incident_id) {
  std::vector<IncidentLink> out;
  for (const auto& r : c.query("SELECT l.link_id, l.kind, l.target_id, l.created_at, "
                               "COALESCE(h.name, ap.name, d.title, rk.event, '') FROM security_incident_links l "
                               "LEFT JOIN hosts h ON l.kind = 'host' AND h.host_id = l.target_id "
                               "LEFT JOIN applications ap ON l.kind = 'application' AND ap.application_id = l.target_id "
                               "LEFT JOIN datasets d ON l.kind = 'dataset' AND d.dataset_id = l.target_id "
                               "LEFT JOIN risks rk ON l.kind = 'risk' AND rk.risk_id = l.target_id "
                               "WHERE l.incident_id = ? ORDER BY l.link_id",
                               {incident_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(2), r.text(4), r.text(3)});
  return out;
}

std::optional<IncidentLink> find_link(db::Connection& c, int64_t incident_id, int64_t link_id) {
  for (auto& l : links(c, incident_id))
    if (l.id == link_id) return l;
  return std::nullopt;
}

void insert_link(db::Connection& c, const std::string& region_id, int64_t incident_id, IncidentLink& l,
                 std::optional<int64_t> by_user_id) {
  l.id = c.query("INSERT INTO security_incident_links (region_id, incident_id, kind, target_id, created_by_user_id, "
                 "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING link_id",
                 {region_id, incident_id, l.kind, l.target_id, value_of(by_user_id), l.created_at})
             .at(0)
             .int64(0);
}

void delete_link(db::Connection& c, int64_t incident_id, int64_t link_id) {
  c.execute("DELETE FROM security_incident_links WHERE incident_id = ? AND link_id = ?", {incident_id, link_id});
}

std::optional<std::string> link_target_label(db::Connection& c, const std::string& region_id, const std::string& kind,
                                             int64_t target_id) {
  auto t = kTargets.find(kind);
  if (t == kTargets.end()) return std::nullopt;
  auto rows = c.query(std::string("SELECT ") + t->second.label + " FROM " + t->second.table + " WHERE region_id = ? AND " +
                          t->second.id + " = ?",
                      {region_id, target_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

std::vector<IncidentEvent> events(db::Connection& c, int64_t incident_id) {
  std::vector<IncidentEvent> out;
  for (const auto& r : c.query("SELECT e.event_id, e.at, e.actor_user_id, COALESCE(u.display_name, ''), e.action, "
                               "e.from_stage, e.to_stage, e.note FROM security_incident_events e "
                               "LEFT JOIN users u ON u.user_id = e.actor_user_id WHERE e.incident_id = ? ORDER BY e.event_id",
                               {incident_id}))
    out.push_back({r.int64(0), r.text(1), id_or_null(r, 2), r.text(3), r.text(4), text_or_null(r, 5), text_or_null(r, 6),
                   r.text(7)});
  return out;
}

void insert_event(db::Connection& c, const std::string& region_id, int64_t incident_id, const IncidentEvent& e) {
  c.execute("INSERT INTO security_incident_events (region_id, incident_id, at, actor_user_id, action, from_stage, to_stage, "
            "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {region_id, incident_id, e.at, value_of(e.actor_user_id), e.action, value_of(e.from_stage), value_of(e.to_stage),
             e.note});
}

}  // namespace simpul::modules::security
