#include "modules/changes/store.h"

#include <cstdio>
#include <map>

#include "db/like.h"
#include "modules/changes/window.h"

namespace simpul::modules::changes {

namespace {

using db::text_or_empty;
using db::value_of;

const char* kSelect =
    "SELECT c.change_id, c.region_id, c.number, c.title, c.description, c.reason, c.agency_id, ag.name, ag.short_name, "
    "c.target_kind, c.target_label, c.links, c.change_type, c.risk_level, c.risk_notes, c.impact, c.rollback_plan, "
    "c.implementer, c.planned_start, c.planned_end, c.stage, c.approver, c.decision, c.decided_by, c.decided_by_name, "
    "c.decided_at, c.decision_note, c.implemented_at, c.result, c.lessons, c.version, c.created_at, c.updated_at "
    "FROM change_requests c JOIN agencies ag ON ag.agency_id = c.agency_id ";

Change change_from(const db::Row& r) {
  Change c;
  c.id = r.int64(0);
  c.region_id = r.text(1);
  c.number = r.text(2);
  c.title = r.text(3);
  c.description = r.text(4);
  c.reason = r.text(5);
  c.agency_id = r.int64(6);
  c.agency_name = r.text(7);
  c.agency_short_name = text_or_empty(r, 8);
  c.target_kind = r.text(9);
  c.target_label = r.text(10);
  c.links = links_from_json(r.text(11));
  c.change_type = r.text(12);
  c.risk_level = r.text(13);
  c.risk_notes = r.text(14);
  c.impact = r.text(15);
  c.rollback_plan = r.text(16);
  c.implementer = r.text(17);
  c.planned_start = r.text(18);
  c.planned_end = r.text(19);
  c.stage = r.text(20);
  c.approver = r.text(21);
  c.decision = text_or_empty(r, 22);
  if (!r.is_null(23)) c.decided_by = r.int64(23);
  c.decided_by_name = text_or_empty(r, 24);
  c.decided_at = text_or_empty(r, 25);
  c.decision_note = text_or_empty(r, 26);
  c.implemented_at = text_or_empty(r, 27);
  c.result = text_or_empty(r, 28);
  c.lessons = r.text(29);
  c.version = r.int64(30);
  c.created_at = r.text(31);
  c.updated_at = r.text(32);
  return c;
}

db::Params row_values(const Change& c) {
  auto window = calendar_window(c.planned_start, c.planned_end, c.implemented_at);
  return {c.title,
          c.description,
          c.reason,
          c.agency_id,
          c.target_kind,
          c.target_label,
          links_json(c.links).dump(),
          link_keys_of(c.links),
          c.change_type,
          c.risk_level,
          c.risk_notes,
          c.impact,
          c.rollback_plan,
          c.implementer,
          c.planned_start,
          c.planned_end,
          window.start,
          window.end,
          c.stage,
          c.approver,
          value_of(c.decision),
          value_of(c.decided_by),
          value_of(c.decided_by_name),
          value_of(c.decided_at),
          value_of(c.decision_note),
          value_of(c.implemented_at),
          value_of(c.result),
          c.lessons,
          c.version,
          c.updated_at};
}

}  // namespace

std::string link_keys_of(const std::vector<Link>& links) {
  std::string out = " ";
  for (const auto& l : links) out += link_key(l.kind, l.id) + " ";
  return out;
}

std::string next_number(db::Connection& c, const std::string& region_id, int year) {
  auto n = c.query("INSERT INTO change_counters (region_id, year, last_number) VALUES (?, ?, 1) "
                   "ON CONFLICT (region_id, year) DO UPDATE SET last_number = change_counters.last_number + 1 "
                   "RETURNING last_number",
                   {region_id, static_cast<int64_t>(year)})
               .at(0)
               .int64(0);
  char out[32];
  std::snprintf(out, sizeof out, "RFC-%04d-%04lld", year, static_cast<long long>(n));
  return out;
}

std::optional<Change> find(db::Connection& c, const std::string& region_id, int64_t id) {
  auto rows = c.query(std::string(kSelect) + "WHERE c.region_id = ? AND c.change_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return change_from(rows[0]);
}

int64_t insert(db::Connection& c, Change& change) {
  auto values = row_values(change);
  db::Params params{change.region_id, change.number};
  params.insert(params.end(), values.begin(), values.end());
  params.push_back(change.created_at);
  change.id = c.query("INSERT INTO change_requests (region_id, number, title, description, reason, agency_id, target_kind, "
                      "target_label, links, link_keys, change_type, risk_level, risk_notes, impact, rollback_plan, "
                      "implementer, planned_start, planned_end, window_start, window_end, stage, approver, decision, "
                      "decided_by, decided_by_name, decided_at, decision_note, implemented_at, result, lessons, version, "
                      "updated_at, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "RETURNING change_id",
                      params)
                  .at(0)
                  .int64(0);
  return change.id;
}

bool update(db::Connection& c, const Change& change, int64_t before_version) {
  auto params = row_values(change);
  params.push_back(change.region_id);
  params.push_back(change.id);
  params.push_back(before_version);
  return c.execute("UPDATE change_requests SET title = ?, description = ?, reason = ?, agency_id = ?, target_kind = ?, "
                   "target_label = ?, links = ?, link_keys = ?, change_type = ?, risk_level = ?, risk_notes = ?, impact = ?, "
                   "rollback_plan = ?, implementer = ?, planned_start = ?, planned_end = ?, window_start = ?, "
                   "window_end = ?, stage = ?, approver = ?, decision = ?, decided_by = ?, decided_by_name = ?, "
                   "decided_at = ?, decision_note = ?, implemented_at = ?, result = ?, lessons = ?, version = ?, "
                   "updated_at = ? WHERE region_id = ? AND change_id = ? AND version = ?",
                   params) == 1;
}

std::vector<Step> steps(db::Connection& c, const std::string& region_id, int64_t change_id) {
  std::vector<Step> out;
  for (const auto& r : c.query("SELECT step_id, region_id, change_id, action, from_stage, to_stage, note, by_user_id, "
                               "by_name, at FROM change_steps WHERE region_id = ? AND change_id = ? ORDER BY step_id",
                               {region_id, change_id})) {
    Step s;
    s.id = r.int64(0);
    s.region_id = r.text(1);
    s.change_id = r.int64(2);
    s.action = r.text(3);
    s.from_stage = r.text(4);
    s.to_stage = r.text(5);
    s.note = r.text(6);
    if (!r.is_null(7)) s.by_user_id = r.int64(7);
    s.by_name = r.text(8);
    s.at = r.text(9);
    out.push_back(s);
  }
  return out;
}

void insert_step(db::Connection& c, Step& s) {
  s.id = c.query("INSERT INTO change_steps (region_id, change_id, action, from_stage, to_stage, note, by_user_id, by_name, at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING step_id",
                 {s.region_id, s.change_id, s.action, s.from_stage, s.to_stage, s.note, value_of(s.by_user_id), s.by_name,
                  s.at})
             .at(0)
             .int64(0);
}

void insert_steps(db::Connection& c, const std::vector<Step>& steps) {
  if (steps.empty()) return;
  std::string sql = "INSERT INTO change_steps (region_id, change_id, action, from_stage, to_stage, note, by_user_id, by_name, at) VALUES ";
  db::Params params;
  for (size_t i = 0; i < steps.size(); ++i) {
    const auto& s = steps[i];
    sql += i ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    params.insert(params.end(), {s.region_id, s.change_id, s.action, s.from_stage, s.to_stage, s.note,
                                 value_of(s.by_user_id), s.by_name, s.at});
  }
  c.execute(sql, params);
}

std::vector<Change> list(db::Connection& c, const std::string& region_id, const ListFilter& f) {
  std::string sql = std::string(kSelect) + "WHERE c.region_id = ?";
  db::Params params{region_id};
  if (!f.stage.empty()) sql += " AND c.stage = ?", params.push_back(f.stage);
  if (!f.target_kind.empty()) sql += " AND c.target_kind = ?", params.push_back(f.target_kind);
  if (!f.risk_level.empty()) sql += " AND c.risk_level = ?", params.push_back(f.risk_level);
  if (!f.change_type.empty()) sql += " AND c.change_type = ?", params.push_back(f.change_type);
  if (f.agency_id) sql += " AND c.agency_id = ?", params.push_back(*f.agency_id);
  if (!f.link.empty()) sql += " AND c.link_keys LIKE ?", params.push_back("% " + f.link + " %");
  if (!f.query.empty()) {
    sql += " AND (LOWER(c.number) LIKE ? ESCAPE '\\' OR LOWER(c.title) LIKE ? ESCAPE '\\' OR LOWER(c.description) LIKE ? ESCAPE '\\')";
    auto pattern = db::like_pattern(f.query);
    params.insert(params.end(), {pattern, pattern, pattern});
  }
  if (f.before_id) sql += " AND c.change_id < ?", params.push_back(*f.before_id);
  sql += " ORDER BY c.change_id DESC LIMIT ?";
  params.push_back(static_cast<int64_t>(f.limit));
  std::vector<Change> out;
  for (const auto& r : c.query(sql, params)) out.push_back(change_from(r));
  return out;
}

std::vector<CalendarRow> calendar(db::Connection& c, const std::string& region_id, const CalendarFilter& f) {
  // The agencies' short names once, rather than a join per row; the columns read are all in the
  // change_requests_calendar index, so the scan never visits the table.
  std::map<int64_t, std::string> short_names;
  for (const auto& r : c.query("SELECT agency_id, short_name FROM agencies WHERE region_id = ?", {region_id}))
    short_names[r.int64(0)] = text_or_empty(r, 1);
  std::string sql =
      "SELECT change_id, number, title, stage, risk_level, change_type, target_kind, target_label, link_keys, decision, "
      "agency_id, window_start, window_end FROM change_requests "
      "WHERE region_id = ? AND window_start >= ? AND window_start < ? AND window_end > ? "
      "AND stage NOT IN ('cancelled', 'refused')";
  db::Params params{region_id, f.scan_from, f.period_end, f.period_start};
  if (f.agency_id) sql += " AND agency_id = ?", params.push_back(*f.agency_id);
  if (!f.target_kind.empty()) sql += " AND target_kind = ?", params.push_back(f.target_kind);
  sql += " ORDER BY window_start, change_id";
  std::vector<CalendarRow> out;
  auto rows = c.query(sql, params);
  out.reserve(rows.size());
  for (const auto& r : rows) {
    CalendarRow row;
    row.id = r.int64(0);
    row.number = r.text(1);
    row.title = r.text(2);
    row.stage = r.text(3);
    row.risk_level = r.text(4);
    row.change_type = r.text(5);
    row.target_kind = r.text(6);
    row.target_label = r.text(7);
    row.link_keys = r.text(8);
    row.decision = text_or_empty(r, 9);
    row.agency_id = r.int64(10);
    if (auto it = short_names.find(row.agency_id); it != short_names.end()) row.agency_short_name = it->second;
    row.start = r.text(11);
    row.end = r.text(12);
    out.push_back(std::move(row));
  }
  return out;
}

GateFacts gate_facts(db::Connection& c, const std::string& region_id, const Change& change) {
  GateFacts facts;
  facts.target_kind = change.target_kind;
  auto agency = c.query("SELECT ict_self_sufficient FROM agencies WHERE region_id = ? AND agency_id = ?",
                        {region_id, change.agency_id});
  facts.agency_self_sufficient = !agency.empty() && agency[0].int64(0) != 0;
  for (const auto& l : change.links) {
    if (l.kind != "application") continue;
    auto rows = c.query("SELECT category FROM applications WHERE region_id = ? AND application_id = ?", {region_id, l.id});
    if (!rows.empty()) facts.application_categories.push_back(rows[0].text(0));
    // An application serves the public when it is linked to a public service of the registry.
    auto public_service = c.query(
        "SELECT 1 FROM element_links el JOIN services s ON s.region_id = el.region_id AND s.kind = 'public' AND "
        "((el.from_kind = 'service' AND el.from_id = s.service_id AND el.to_kind = 'application' AND el.to_id = ?) OR "
        "(el.to_kind = 'service' AND el.to_id = s.service_id AND el.from_kind = 'application' AND el.from_id = ?)) "
        "WHERE el.region_id = ? LIMIT 1",
        {l.id, l.id, region_id});
    facts.public_service_application |= !public_service.empty();
  }
  return facts;
}

std::optional<std::string> link_label(db::Connection& c, const std::string& region_id, const std::string& kind, int64_t id) {
  std::vector<db::Row> rows;
  if (kind == "asset") return std::string();
  if (kind == "application")
    rows = c.query("SELECT name FROM applications WHERE region_id = ? AND application_id = ?", {region_id, id});
  else if (kind == "host")
    rows = c.query("SELECT name FROM hosts WHERE region_id = ? AND host_id = ?", {region_id, id});
  else if (kind == "ticket")
    rows = c.query("SELECT number || ' ' || title FROM tickets WHERE region_id = ? AND ticket_id = ?", {region_id, id});
  else if (kind == "risk")
    rows = c.query("SELECT event FROM risks WHERE region_id = ? AND risk_id = ?", {region_id, id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

}  // namespace simpul::modules::changes
