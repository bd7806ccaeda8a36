#include "modules/budget_plans/store.h"

namespace simpul::modules::budget_plans {

namespace {
const char* kPlanSelect =
    "SELECT p.budget_plan_id, p.region_id, p.agency_id, g.name, p.year, p.status, p.note, p.submitted_by, p.submitted_at, "
    "p.coordinated_by, p.coordinated_at, p.verified_by, p.verified_at, p.returned_by, p.returned_at, p.returned_reason, "
    "p.version, p.created_at, p.updated_at FROM budget_plans p JOIN agencies g ON g.agency_id = p.agency_id ";
const char* kLineSelect =
    "SELECT l.line_id, l.region_id, l.budget_plan_id, l.description, l.amount, l.area, l.roadmap_activity_id, l.procurement, "
    "l.version, l.created_at, l.updated_at, a.roadmap_id, a.program, a.name, r.title FROM budget_lines l "
    "LEFT JOIN roadmap_activities a ON a.activity_id = l.roadmap_activity_id "
    "LEFT JOIN roadmaps r ON r.roadmap_id = a.roadmap_id ";

using db::text_or_empty;
using db::value_of;

BudgetPlan plan_from(const db::Row& r) {
  BudgetPlan p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  p.agency_id = r.int64(2);
  p.agency_name = r.text(3);
  p.year = static_cast<int>(r.int64(4));
  p.status = r.text(5);
  p.note = r.text(6);
  p.submitted_by = text_or_empty(r, 7);
  p.submitted_at = text_or_empty(r, 8);
  p.coordinated_by = text_or_empty(r, 9);
  p.coordinated_at = text_or_empty(r, 10);
  p.verified_by = text_or_empty(r, 11);
  p.verified_at = text_or_empty(r, 12);
  p.returned_by = text_or_empty(r, 13);
  p.returned_at = text_or_empty(r, 14);
  p.returned_reason = text_or_empty(r, 15);
  p.version = r.int64(16);
  p.created_at = r.text(17);
  p.updated_at = r.text(18);
  return p;
}

BudgetLine line_from(const db::Row& r) {
  BudgetLine l;
  l.id = r.int64(0);
  l.region_id = r.text(1);
  l.budget_plan_id = r.int64(2);
  l.description = r.text(3);
  l.amount = r.int64(4);
  l.area = r.text(5);
  if (!r.is_null(6)) {
    l.roadmap_activity_id = r.int64(6);
    if (!r.is_null(11)) l.activity = LinkedActivity{r.int64(6), r.int64(11), r.text(12), r.text(13), r.text(14)};
  }
  l.procurement = r.int64(7) != 0;
  l.version = r.int64(8);
  l.created_at = r.text(9);
  l.updated_at = r.text(10);
  return l;
}

db::Value optional_id(const std::optional<int64_t>& id) { return id ? db::Value{*id} : db::Value{}; }
}  // namespace

std::vector<BudgetPlan> list(db::Connection& c, const std::string& region_id, const PlanFilter& filter) {
  std::string sql = std::string(kPlanSelect) + "WHERE p.region_id = ?";
  db::Params params{region_id};
  if (filter.year) sql += " AND p.year = ?", params.push_back(int64_t{*filter.year});
  if (filter.agency_id) sql += " AND p.agency_id = ?", params.push_back(*filter.agency_id);
  if (!filter.status.empty()) sql += " AND p.status = ?", params.push_back(filter.status);
  sql += " ORDER BY p.year DESC, g.name, p.budget_plan_id";
  std::vector<BudgetPlan> out;
  for (const auto& r : c.query(sql, params)) out.push_back(plan_from(r));
  return out;
}

std::optional<BudgetPlan> find(db::Connection& c, const std::string& region_id, int64_t plan_id) {
  auto rows = c.query(std::string(kPlanSelect) + "WHERE p.region_id = ? AND p.budget_plan_id = ?", {region_id, plan_id});
  if (rows.empty()) return std::nullopt;
  return plan_from(rows[0]);
}

bool exists_for(db::Connection& c, const std::string& region_id, int64_t agency_id, int year) {
  return !c.query("SELECT 1 FROM budget_plans WHERE region_id = ? AND agency_id = ? AND year = ?", {region_id, agency_id, int64_t{year}})
              .empty();
}

int64_t insert(db::Connection& c, BudgetPlan& p) {
  p.id = c.query("INSERT INTO budget_plans (region_id, agency_id, year, status, note, version, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING budget_plan_id",
                 {p.region_id, p.agency_id, int64_t{p.year}, p.status, p.note, p.version, p.created_at, p.updated_at})
             .at(0)
             .int64(0);
  return p.id;
}

bool update(db::Connection& c, const BudgetPlan& p, int64_t expected_version) {
  return !c.query("UPDATE budget_plans SET status = ?, note = ?, submitted_by = ?, submitted_at = ?, coordinated_by = ?, "
                  "coordinated_at = ?, verified_by = ?, verified_at = ?, returned_by = ?, returned_at = ?, returned_reason = ?, "
                  "version = ?, updated_at = ? WHERE region_id = ? AND budget_plan_id = ? AND version = ? RETURNING budget_plan_id",
                  {p.status, p.note, value_of(p.submitted_by), value_of(p.submitted_at), value_of(p.coordinated_by),
                   value_of(p.coordinated_at), value_of(p.verified_by), value_of(p.verified_at), value_of(p.returned_by),
                   value_of(p.returned_at), value_of(p.returned_reason), p.version, p.updated_at, p.region_id, p.id,
                   expected_version})
              .empty();
}

void touch(db::Connection& c, const std::string& region_id, int64_t plan_id, const std::string& at) {
  c.execute("UPDATE budget_plans SET version = version + 1, updated_at = ? WHERE region_id = ? AND budget_plan_id = ?",
            {at, region_id, plan_id});
}

std::vector<BudgetLine> lines(db::Connection& c, const std::string& region_id, int64_t plan_id) {
  std::vector<BudgetLine> out;
  for (const auto& r : c.query(std::string(kLineSelect) + "WHERE l.region_id = ? AND l.budget_plan_id = ? ORDER BY l.line_id",
                               {region_id, plan_id}))
    out.push_back(line_from(r));
  return out;
}

std::optional<BudgetLine> find_line(db::Connection& c, const std::string& region_id, int64_t line_id) {
  auto rows = c.query(std::string(kLineSelect) + "WHERE l.region_id = ? AND l.line_id = ?", {region_id, line_id});
  if (rows.empty()) return std::nullopt;
  return line_from(rows[0]);
}

size_t line_count(db::Connection& c, int64_t plan_id) {
  return static_cast<size_t>(c.query("SELECT COUNT(*) FROM budget_lines WHERE budget_plan_id = ?", {plan_id}).at(0).int64(0));
}

Summary summary(db::Connection& c, int64_t plan_id) {
  auto r = c.query("SELECT COUNT(*), COALESCE(SUM(amount), 0), COALESCE(SUM(CASE WHEN roadmap_activity_id IS NULL THEN 1 ELSE 0 END), 0) "
                   "FROM budget_lines WHERE budget_plan_id = ?",
                   {plan_id}).at(0);
  return {r.int64(0), r.int64(1), r.int64(2)};
}

int64_t total_without(db::Connection& c, int64_t plan_id, int64_t except_line_id) {
  return c.query("SELECT COALESCE(SUM(amount), 0) FROM budget_lines WHERE budget_plan_id = ? AND line_id <> ?", {plan_id, except_line_id})
      .at(0)
      .int64(0);
}

int64_t insert_line(db::Connection& c, BudgetLine& l) {
  l.id = c.query("INSERT INTO budget_lines (region_id, budget_plan_id, description, amount, area, roadmap_activity_id, procurement, "
                 "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING line_id",
                 {l.region_id, l.budget_plan_id, l.description, l.amount, l.area, optional_id(l.roadmap_activity_id),
                  int64_t{l.procurement}, l.version, l.created_at, l.updated_at})
             .at(0)
             .int64(0);
  return l.id;
}

bool update_line(db::Connection& c, const BudgetLine& l, int64_t expected_version) {
  return !c.query("UPDATE budget_lines SET description = ?, amount = ?, area = ?, roadmap_activity_id = ?, procurement = ?, "
                  "version = ?, updated_at = ? WHERE region_id = ? AND line_id = ? AND version = ? RETURNING line_id",
                  {l.description, l.amount, l.area, optional_id(l.roadmap_activity_id), int64_t{l.procurement}, l.version,
                   l.updated_at, l.region_id, l.id, expected_version})
              .empty();
}

bool delete_line(db::Connection& c, const std::string& region_id, int64_t line_id, int64_t expected_version) {
  return c.execute("DELETE FROM budget_lines WHERE region_id = ? AND line_id = ? AND version = ?", {region_id, line_id, expected_version}) > 0;
}

std::optional<LinkTarget> link_target(db::Connection& c, const std::string& region_id, int64_t activity_id) {
  auto rows = c.query("SELECT r.start_year, r.end_year, r.status, a.area FROM roadmap_activities a "
                      "JOIN roadmaps r ON r.roadmap_id = a.roadmap_id WHERE a.region_id = ? AND a.activity_id = ?",
                      {region_id, activity_id});
  if (rows.empty()) return std::nullopt;
  return LinkTarget{static_cast<int>(rows[0].int64(0)), static_cast<int>(rows[0].int64(1)), rows[0].text(2), rows[0].text(3)};
}

std::vector<PlanAreaSum> plan_area_sums(db::Connection& c, const std::string& region_id, int year) {
  // One pass over the year's lines through budget_lines_by_plan (every column it needs is in the index).
  auto rows = c.query(
      "SELECT p.budget_plan_id, p.agency_id, g.name, g.short_name, p.status, l.area, COUNT(l.line_id), COALESCE(SUM(l.amount), 0), "
      "COALESCE(SUM(CASE WHEN l.line_id IS NOT NULL AND l.roadmap_activity_id IS NULL THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN l.roadmap_activity_id IS NULL THEN l.amount ELSE 0 END), 0), COALESCE(SUM(l.procurement), 0) "
      "FROM budget_plans p JOIN agencies g ON g.agency_id = p.agency_id "
      "LEFT JOIN budget_lines l ON l.budget_plan_id = p.budget_plan_id "
      "WHERE p.region_id = ? AND p.year = ? "
      "GROUP BY p.budget_plan_id, p.agency_id, g.name, g.short_name, p.status, l.area ORDER BY g.name, p.budget_plan_id, l.area",
      {region_id, int64_t{year}});
  std::vector<PlanAreaSum> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back({r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), text_or_empty(r, 5), r.int64(6), r.int64(7), r.int64(8),
                   r.int64(9), r.int64(10)});
  return out;
}

std::vector<AgencyRef> agencies_without_plan(db::Connection& c, const std::string& region_id, int year) {
  std::vector<AgencyRef> out;
  for (const auto& r : c.query("SELECT g.agency_id, g.name FROM agencies g WHERE g.region_id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM budget_plans p WHERE p.region_id = g.region_id AND p.agency_id = g.agency_id AND p.year = ?) "
                               "ORDER BY g.name",
                               {region_id, int64_t{year}}))
    out.push_back({r.int64(0), r.text(1)});
  return out;
}

std::vector<YearLine> year_lines(db::Connection& c, const std::string& region_id, int year) {
  std::vector<YearLine> out;
  for (const auto& r : c.query(
           "SELECT l.line_id, l.region_id, l.budget_plan_id, l.description, l.amount, l.area, l.roadmap_activity_id, l.procurement, "
           "l.version, l.created_at, l.updated_at, a.roadmap_id, a.program, a.name, r.title, g.name, p.status "
           "FROM budget_plans p JOIN agencies g ON g.agency_id = p.agency_id "
           "JOIN budget_lines l ON l.budget_plan_id = p.budget_plan_id "
           "LEFT JOIN roadmap_activities a ON a.activity_id = l.roadmap_activity_id "
           "LEFT JOIN roadmaps r ON r.roadmap_id = a.roadmap_id "
           "WHERE p.region_id = ? AND p.year = ? ORDER BY g.name, l.line_id",
           {region_id, int64_t{year}}))
    out.push_back({line_from(r), r.text(15), r.text(16)});
  return out;
}

}  // namespace simpul::modules::budget_plans
