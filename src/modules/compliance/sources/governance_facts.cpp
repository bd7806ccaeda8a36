#include "modules/compliance/sources/governance_facts.h"

#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "modules/architectures/store.h"
#include "modules/master_plans/store.h"

namespace simpul::modules::compliance::governance {

namespace {

// The region's date of a stored UTC timestamp (YYYY-MM-DDTHH:MM:SS.fffZ): a budget plan
// handed in at 20:00 UTC was handed in the next day in Madiun.
std::string local_date(const std::string& timestamp, int offset_hours) {
  if (timestamp.size() < 13 || timestamp[10] != 'T') return timestamp.substr(0, 10);
  int hour = std::stoi(timestamp.substr(11, 2));
  return hour + offset_hours >= 24 ? add_days(timestamp.substr(0, 10), 1) : timestamp.substr(0, 10);
}

// The roadmaps not superseded, with their activities grouped by area and program, the
// newest monitoring date and the changes recorded without a decree.
std::vector<RoadmapFacts> load_roadmaps(db::Connection& c, const std::string& region_id) {
  std::vector<RoadmapFacts> out;
  std::map<int64_t, size_t> at;
  for (auto& r : c.query("SELECT roadmap_id, title, start_year, end_year, decree_number, decree_date, status "
                         "FROM roadmaps WHERE region_id = ? AND status <> 'superseded' "
                         "ORDER BY start_year DESC, roadmap_id DESC",
                         {region_id})) {
    RoadmapFacts f;
    f.roadmap.id = r.int64(0);
    f.roadmap.title = r.text(1);
    f.roadmap.start_year = static_cast<int>(r.int64(2));
    f.roadmap.end_year = static_cast<int>(r.int64(3));
    f.roadmap.decree_number = db::text_or_empty(r, 4);
    f.roadmap.decree_date = db::text_or_empty(r, 5);
    f.roadmap.status = r.text(6);
    at[f.roadmap.id] = out.size();
    out.push_back(std::move(f));
  }
  if (out.empty()) return out;
  for (auto& r : c.query("SELECT roadmap_id, area, COUNT(*), COUNT(DISTINCT program) FROM roadmap_activities "
                         "WHERE region_id = ? GROUP BY roadmap_id, area",
                         {region_id})) {
    auto it = at.find(r.int64(0));
    if (it == at.end()) continue;
    auto& f = out[it->second];
    f.areas.push_back(r.text(1));
    f.activities += r.int64(2);
    f.programs += r.int64(3);
  }
  for (auto& r : c.query("SELECT roadmap_id, MAX(date) FROM roadmap_monitoring WHERE region_id = ? GROUP BY roadmap_id",
                         {region_id}))
    if (auto it = at.find(r.int64(0)); it != at.end()) out[it->second].last_monitoring = db::text_or_empty(r, 1);
  for (auto& r : c.query("SELECT change_id, roadmap_id, action, reason, changed_at FROM roadmap_changes "
                         "WHERE region_id = ? AND decree_number IS NULL ORDER BY change_id",
                         {region_id})) {
    auto it = at.find(r.int64(1));
    if (it == at.end()) continue;
    roadmaps::Change ch;
    ch.id = r.int64(0);
    ch.roadmap_id = r.int64(1);
    ch.action = r.text(2);
    ch.reason = r.text(3);
    ch.changed_at = r.text(4);
    out[it->second].changes_without_decree.push_back(std::move(ch));
  }
  return out;
}

void load_budget(db::Connection& c, const Scope& s, Facts& f) {
  // The newest plan each agency handed in (submitted, coordinated or verified).
  for (auto& r : c.query("SELECT agency_id, budget_plan_id, year, submitted_at, coordinated_at, verified_at "
                         "FROM budget_plans WHERE region_id = ? AND status <> 'draft' ORDER BY year, budget_plan_id",
                         {s.region_id})) {
    Submission sub{r.int64(1), static_cast<int>(r.int64(2)), local_date(db::text_or_empty(r, 3), f.utc_offset_hours)};
    if (!sub.date.empty() && (!f.last_submission.count(r.int64(0)) || f.last_submission[r.int64(0)].date <= sub.date))
      f.last_submission[r.int64(0)] = sub;
    auto newest = [&](std::optional<Submission>& slot, size_t col) {
      std::string d = local_date(db::text_or_empty(r, col), f.utc_offset_hours);
      if (!d.empty() && (!slot || slot->date <= d)) slot = Submission{sub.budget_plan_id, sub.year, d};
    };
    newest(f.last_coordinated, 4);
    newest(f.last_verified, 5);
  }
  // The lines of this year's and later plans: counted per agency, the unlinked ones listed.
  for (auto& r : c.query("SELECT p.agency_id, COUNT(*) FROM budget_lines l JOIN budget_plans p "
                         "ON p.budget_plan_id = l.budget_plan_id WHERE p.region_id = ? AND p.year >= ? GROUP BY p.agency_id",
                         {s.region_id, int64_t{f.this_year}}))
    f.lines_by_agency[r.int64(0)] = r.int64(1);
  for (auto& r : c.query("SELECT l.line_id, p.agency_id, p.budget_plan_id, l.description, p.year FROM budget_lines l "
                         "JOIN budget_plans p ON p.budget_plan_id = l.budget_plan_id "
                         "WHERE p.region_id = ? AND p.year >= ? AND l.roadmap_activity_id IS NULL ORDER BY p.year, l.line_id",
                         {s.region_id, int64_t{f.this_year}}))
    f.unlinked_lines.push_back({r.int64(0), r.int64(1), r.int64(2), r.text(3) + " (" + r.text(4) + ")"});
}

void load_processes(db::Connection& c, const Scope& s, Facts& f) {
  for (auto& r : c.query("SELECT agency_id, COUNT(*), SUM(CASE WHEN status <> 'draft' THEN 1 ELSE 0 END), MIN(process_id) "
                         "FROM business_processes WHERE region_id = ? GROUP BY agency_id",
                         {s.region_id}))
    f.processes_by_agency[r.int64(0)] = {r.int64(1), r.int64(2), r.int64(3)};
  for (auto& r : c.query("SELECT process_id, agency_id, code, name FROM business_processes "
                         "WHERE region_id = ? AND architecture_id IS NULL ORDER BY code",
                         {s.region_id}))
    f.processes_without_architecture.push_back({r.int64(0), r.int64(1), 0, r.text(2) + " " + r.text(3)});
  for (auto& r : c.query("SELECT l.link_id, a.process_id, a.agency_id, a.code, b.process_id, b.agency_id, b.code, "
                         "a.status, b.status FROM business_process_links l "
                         "JOIN business_processes a ON a.process_id = l.from_process_id "
                         "JOIN business_processes b ON b.process_id = l.to_process_id "
                         "WHERE l.region_id = ? AND a.agency_id <> b.agency_id ORDER BY l.link_id",
                         {s.region_id}))
    f.cross_agency_links.push_back({r.int64(0),
                                    {r.int64(1), r.int64(2), 0, r.text(3)},
                                    {r.int64(4), r.int64(5), 0, r.text(6)},
                                    r.text(7) == "coordinated" && r.text(8) == "coordinated"});
}

void load_organisation(db::Connection& c, const Scope& s, Facts& f) {
  f.committees = committees::list(c, s.region_id);
  auto g = c.query("SELECT p.position_id, p.title, p.agency_id, h.name FROM designations d "
                   "JOIN positions p ON p.position_id = d.position_id LEFT JOIN people h ON h.person_id = p.holder_person_id "
                   "WHERE d.region_id = ? AND d.designation = 'gcio'",
                   {s.region_id});
  if (!g.empty()) f.gcio = Gcio{g[0].int64(0), g[0].text(1), db::optional_int64(g[0], 2), db::text_or_empty(g[0], 3)};
  for (auto& r : c.query("SELECT assessment_id, agency_id, status, criteria, decree_number, decree_date, assessed_at "
                         "FROM self_sufficiency_assessments WHERE region_id = ? ORDER BY assessment_id",
                         {s.region_id})) {
    Assessment a;
    a.id = r.int64(0);
    a.agency_id = r.int64(1);
    a.status = r.text(2);
    a.decree_number = db::text_or_empty(r, 4);
    a.decree_date = db::text_or_empty(r, 5);
    a.assessed_on = local_date(r.text(6), f.utc_offset_hours);
    auto criteria = nlohmann::json::parse(r.text(3), nullptr, false);
    a.all_met = criteria.is_array() && !criteria.empty();
    if (criteria.is_array())
      for (const auto& j : criteria) {
        if (!j.is_object() || !j.contains("key") || !j["key"].is_string()) continue;
        a.judged.insert(j["key"].get<std::string>());
        a.all_met = a.all_met && j.value("met", false);
      }
    f.assessments.push_back(std::move(a));
  }
  for (auto& r : c.query("SELECT agency_id, name, ict_self_sufficient, ict_self_sufficient_decree FROM agencies WHERE region_id = ?",
                         {s.region_id})) {
    f.agency_names[r.int64(0)] = r.text(1);
    if (r.int64(2) != 0) f.self_sufficient[r.int64(0)] = db::text_or_empty(r, 3);
  }
}

template <class Plan>
std::vector<Plan> not_superseded(std::vector<Plan> all) {
  std::erase_if(all, [](const Plan& p) { return p.status == "superseded"; });
  return all;
}

}  // namespace

Facts load_facts(const Scope& s) {
  Facts f;
  f.profile = &s.profile;
  f.today = s.today;
  f.this_year = std::stoi(s.today.substr(0, 4));
  auto zone = s.c.query("SELECT time_zone FROM regions WHERE region_id = ?", {s.region_id});
  f.utc_offset_hours = utc_offset_hours(zone.empty() ? "" : zone[0].text(0));
  f.master_plans = not_superseded(master_plans::list(s.c, s.region_id, ""));
  f.architectures = not_superseded(architectures::list(s.c, s.region_id, ""));
  f.roadmaps = load_roadmaps(s.c, s.region_id);
  load_budget(s.c, s, f);
  load_processes(s.c, s, f);
  load_organisation(s.c, s, f);
  return f;
}

}  // namespace simpul::modules::compliance::governance
