#include "modules/roadmaps/store.h"

namespace simpul::modules::roadmaps {

namespace {
const char* kRoadmapSelect =
    "SELECT roadmap_id, region_id, title, start_year, end_year, decree_number, decree_date, status, enacted_by, enacted_at, "
    "version, created_at, updated_at FROM roadmaps ";
const char* kActivitySelect =
    "SELECT a.activity_id, a.region_id, a.roadmap_id, a.program, a.name, a.area, a.owner_agency_id, g.name, a.description, "
    "a.years, a.version, a.created_at, a.updated_at FROM roadmap_activities a JOIN agencies g ON g.agency_id = a.owner_agency_id ";

using db::text_or_empty;
using db::value_of;

Roadmap roadmap_from(const db::Row& r) {
  Roadmap m;
  m.id = r.int64(0);
  m.region_id = r.text(1);
  m.title = r.text(2);
  m.start_year = static_cast<int>(r.int64(3));
  m.end_year = static_cast<int>(r.int64(4));
  m.decree_number = text_or_empty(r, 5);
  m.decree_date = text_or_empty(r, 6);
  m.status = r.text(7);
  m.enacted_by = text_or_empty(r, 8);
  m.enacted_at = text_or_empty(r, 9);
  m.version = r.int64(10);
  m.created_at = r.text(11);
  m.updated_at = r.text(12);
  return m;
}

std::string years_text(const std::vector<YearPlan>& years) { return years_json(years).dump(); }

Activity activity_from(const db::Row& r) {
  Activity a;
  a.id = r.int64(0);
  a.region_id = r.text(1);
  a.roadmap_id = r.int64(2);
  a.program = r.text(3);
  a.name = r.text(4);
  a.area = r.text(5);
  a.owner_agency_id = r.int64(6);
  a.owner_agency_name = r.text(7);
  a.description = r.text(8);
  for (const auto& y : nlohmann::json::parse(r.text(9)))
    a.years.push_back({y.at("year").get<int>(), y.value("target", ""), y.value("planned_status", "not_planned"),
                       y.value("actual_status", "not_started")});
  a.version = r.int64(10);
  a.created_at = r.text(11);
  a.updated_at = r.text(12);
  return a;
}
}  // namespace

std::vector<Roadmap> list(db::Connection& c, const std::string& region_id) {
  std::vector<Roadmap> out;
  for (const auto& r : c.query(std::string(kRoadmapSelect) + "WHERE region_id = ? ORDER BY start_year DESC, roadmap_id DESC", {region_id}))
    out.push_back(roadmap_from(r));
  return out;
}

std::optional<Roadmap> find(db::Connection& c, const std::string& region_id, int64_t roadmap_id) {
  auto rows = c.query(std::string(kRoadmapSelect) + "WHERE region_id = ? AND roadmap_id = ?", {region_id, roadmap_id});
  if (rows.empty()) return std::nullopt;
  return roadmap_from(rows[0]);
}

int64_t insert(db::Connection& c, Roadmap& r) {
  r.id = c.query("INSERT INTO roadmaps (region_id, title, start_year, end_year, decree_number, decree_date, status, version, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING roadmap_id",
                 {r.region_id, r.title, int64_t{r.start_year}, int64_t{r.end_year}, value_of(r.decree_number),
                  value_of(r.decree_date), r.status, r.version, r.created_at, r.updated_at})
             .at(0)
             .int64(0);
  return r.id;
}

bool update(db::Connection& c, const Roadmap& r, int64_t expected_version) {
  return !c.query("UPDATE roadmaps SET title = ?, start_year = ?, end_year = ?, decree_number = ?, decree_date = ?, status = ?, "
                  "enacted_by = ?, enacted_at = ?, version = ?, updated_at = ? "
                  "WHERE region_id = ? AND roadmap_id = ? AND version = ? RETURNING roadmap_id",
                  {r.title, int64_t{r.start_year}, int64_t{r.end_year}, value_of(r.decree_number), value_of(r.decree_date),
                   r.status, value_of(r.enacted_by), value_of(r.enacted_at), r.version, r.updated_at, r.region_id, r.id,
                   expected_version})
              .empty();
}

void touch(db::Connection& c, const std::string& region_id, int64_t roadmap_id, const std::string& at) {
  c.execute("UPDATE roadmaps SET version = version + 1, updated_at = ? WHERE region_id = ? AND roadmap_id = ?",
            {at, region_id, roadmap_id});
}

std::vector<Activity> activities(db::Connection& c, const std::string& region_id, int64_t roadmap_id) {
  std::vector<Activity> out;
  for (const auto& r : c.query(std::string(kActivitySelect) + "WHERE a.region_id = ? AND a.roadmap_id = ? "
                                                              "ORDER BY a.program, a.name, a.activity_id",
                               {region_id, roadmap_id}))
    out.push_back(activity_from(r));
  return out;
}

std::optional<Activity> find_activity(db::Connection& c, const std::string& region_id, int64_t activity_id) {
  auto rows = c.query(std::string(kActivitySelect) + "WHERE a.region_id = ? AND a.activity_id = ?", {region_id, activity_id});
  if (rows.empty()) return std::nullopt;
  return activity_from(rows[0]);
}

int64_t insert_activity(db::Connection& c, Activity& a) {
  a.id = c.query("INSERT INTO roadmap_activities (region_id, roadmap_id, program, name, area, owner_agency_id, description, "
                 "years, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING activity_id",
                 {a.region_id, a.roadmap_id, a.program, a.name, a.area, a.owner_agency_id, a.description, years_text(a.years),
                  a.version, a.created_at, a.updated_at})
             .at(0)
             .int64(0);
  return a.id;
}

bool update_activity(db::Connection& c, const Activity& a, int64_t expected_version) {
  return !c.query("UPDATE roadmap_activities SET program = ?, name = ?, area = ?, owner_agency_id = ?, description = ?, years = ?, "
                  "version = ?, updated_at = ? WHERE region_id = ? AND activity_id = ? AND version = ? RETURNING activity_id",
                  {a.program, a.name, a.area, a.owner_agency_id, a.description, years_text(a.years), a.version, a.updated_at,
                   a.region_id, a.id, expected_version})
              .empty();
}

bool delete_activity(db::Connection& c, const std::string& region_id, int64_t activity_id, int64_t expected_version) {
  return c.execute("DELETE FROM roadmap_activities WHERE region_id = ? AND activity_id = ? AND version = ?",
                   {region_id, activity_id, expected_version}) > 0;
}

size_t activity_count(db::Connection& c, const std::string& region_id, int64_t roadmap_id) {
  return static_cast<size_t>(
      c.query("SELECT COUNT(*) FROM roadmap_activities WHERE region_id = ? AND roadmap_id = ?", {region_id, roadmap_id}).at(0).int64(0));
}

int64_t budget_links(db::Connection& c, int64_t activity_id) {
  return c.query("SELECT COUNT(*) FROM budget_lines WHERE roadmap_activity_id = ?", {activity_id}).at(0).int64(0);
}

std::vector<Monitoring> monitoring(db::Connection& c, const std::string& region_id, int64_t roadmap_id) {
  std::vector<Monitoring> out;
  for (const auto& r : c.query("SELECT monitoring_id, region_id, roadmap_id, year, date, summary, findings, recorded_by, created_at "
                               "FROM roadmap_monitoring WHERE region_id = ? AND roadmap_id = ? ORDER BY year",
                               {region_id, roadmap_id}))
    out.push_back({r.int64(0), r.text(1), r.int64(2), static_cast<int>(r.int64(3)), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8)});
  return out;
}

bool has_monitoring(db::Connection& c, int64_t roadmap_id, int year) {
  return !c.query("SELECT 1 FROM roadmap_monitoring WHERE roadmap_id = ? AND year = ?", {roadmap_id, int64_t{year}}).empty();
}

int64_t insert_monitoring(db::Connection& c, Monitoring& m) {
  m.id = c.query("INSERT INTO roadmap_monitoring (region_id, roadmap_id, year, date, summary, findings, recorded_by, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING monitoring_id",
                 {m.region_id, m.roadmap_id, int64_t{m.year}, m.date, m.summary, m.findings, m.recorded_by, m.created_at})
             .at(0)
             .int64(0);
  return m.id;
}

std::vector<Change> changes(db::Connection& c, const std::string& region_id, int64_t roadmap_id) {
  std::vector<Change> out;
  for (const auto& r : c.query("SELECT change_id, region_id, roadmap_id, activity_id, action, fields, reason, article, note, "
                               "decree_number, decree_date, changed_by, changed_at FROM roadmap_changes "
                               "WHERE region_id = ? AND roadmap_id = ? ORDER BY change_id DESC",
                               {region_id, roadmap_id})) {
    Change ch;
    ch.id = r.int64(0);
    ch.region_id = r.text(1);
    ch.roadmap_id = r.int64(2);
    if (!r.is_null(3)) ch.activity_id = r.int64(3);
    ch.action = r.text(4);
    ch.fields = nlohmann::json::parse(r.text(5)).get<std::vector<std::string>>();
    ch.reason = r.text(6);
    ch.article = r.text(7);
    ch.note = r.text(8);
    ch.decree_number = text_or_empty(r, 9);
    ch.decree_date = text_or_empty(r, 10);
    ch.changed_by = r.text(11);
    ch.changed_at = r.text(12);
    out.push_back(ch);
  }
  return out;
}

int64_t insert_change(db::Connection& c, Change& ch) {
  ch.id = c.query("INSERT INTO roadmap_changes (region_id, roadmap_id, activity_id, action, fields, reason, article, note, "
                  "decree_number, decree_date, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING change_id",
                  {ch.region_id, ch.roadmap_id, ch.activity_id ? db::Value{*ch.activity_id} : db::Value{}, ch.action,
                   nlohmann::json(ch.fields).dump(), ch.reason, ch.article, ch.note, value_of(ch.decree_number),
                   value_of(ch.decree_date), ch.changed_by, ch.changed_at})
              .at(0)
              .int64(0);
  return ch.id;
}

}  // namespace simpul::modules::roadmaps
