#include "modules/master_plans/store.h"

#include "modules/planning/plan_fields.h"

namespace simpul::modules::master_plans {

namespace {
using plan_fields::list_of;
using plan_fields::list_text;

const char* kSelect =
    "SELECT master_plan_id, region_id, title, start_year, end_year, vision, missions, goals, targets, policy_directions, "
    "strategies, rpjmd_reference, decree_number, decree_date, status, enacted_at, superseded_at, superseded_by, "
    "supersede_note, version, created_at, updated_at FROM master_plans ";

using db::text_or_empty;
using db::value_of;

MasterPlan from_row(const db::Row& r) {
  MasterPlan p;
  p.id = r.int64(0);
  p.region_id = r.text(1);
  p.title = r.text(2);
  p.start_year = static_cast<int>(r.int64(3));
  p.end_year = static_cast<int>(r.int64(4));
  p.vision = r.text(5);
  p.missions = list_of(r.text(6));
  p.goals = list_of(r.text(7));
  p.targets = list_of(r.text(8));
  p.policy_directions = list_of(r.text(9));
  p.strategies = list_of(r.text(10));
  p.rpjmd_reference = text_or_empty(r, 11);
  p.decree_number = text_or_empty(r, 12);
  p.decree_date = text_or_empty(r, 13);
  p.status = r.text(14);
  p.enacted_at = text_or_empty(r, 15);
  p.superseded_at = text_or_empty(r, 16);
  if (!r.is_null(17)) p.superseded_by = r.int64(17);
  p.supersede_note = text_or_empty(r, 18);
  p.version = r.int64(19);
  p.created_at = r.text(20);
  p.updated_at = r.text(21);
  return p;
}

std::vector<Review> reviews_of(db::Connection& c, const std::string& region_id, int64_t plan_id) {
  std::vector<Review> out;
  for (const auto& r : c.query("SELECT review_id, review_date, reasons, outcome, note, recorded_by, created_at "
                               "FROM master_plan_reviews WHERE region_id = ? AND master_plan_id = ? "
                               "ORDER BY review_date DESC, review_id DESC",
                               {region_id, plan_id})) {
    Review v;
    v.id = r.int64(0);
    v.region_id = region_id;
    v.master_plan_id = plan_id;
    v.review_date = r.text(1);
    v.reasons = list_of(r.text(2));
    v.outcome = r.text(3);
    v.note = r.text(4);
    v.recorded_by = r.text(5);
    v.created_at = r.text(6);
    out.push_back(v);
  }
  return out;
}
}  // namespace

std::vector<MasterPlan> list(db::Connection& c, const std::string& region_id, const std::string& status) {
  std::string sql = std::string(kSelect) + "WHERE region_id = ?";
  std::vector<db::Value> params{region_id};
  if (!status.empty()) sql += " AND status = ?", params.push_back(status);
  sql += " ORDER BY start_year DESC, master_plan_id DESC";
  std::vector<MasterPlan> out;
  for (const auto& r : c.query(sql, params)) {
    out.push_back(from_row(r));
    out.back().reviews = reviews_of(c, region_id, out.back().id);
  }
  return out;
}

std::optional<MasterPlan> find(db::Connection& c, const std::string& region_id, int64_t master_plan_id) {
  auto rows = c.query(std::string(kSelect) + "WHERE region_id = ? AND master_plan_id = ?", {region_id, master_plan_id});
  if (rows.empty()) return std::nullopt;
  auto p = from_row(rows[0]);
  p.reviews = reviews_of(c, region_id, p.id);
  return p;
}

int64_t insert(db::Connection& c, MasterPlan& p) {
  p.id = c.query("INSERT INTO master_plans (region_id, title, start_year, end_year, vision, missions, goals, targets, "
                 "policy_directions, strategies, rpjmd_reference, decree_number, decree_date, status, version, created_at, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING master_plan_id",
                 {p.region_id, p.title, int64_t{p.start_year}, int64_t{p.end_year}, p.vision, list_text(p.missions),
                  list_text(p.goals), list_text(p.targets), list_text(p.policy_directions), list_text(p.strategies),
                  value_of(p.rpjmd_reference), value_of(p.decree_number), value_of(p.decree_date), p.status, p.version,
                  p.created_at, p.updated_at})
             .at(0)
             .int64(0);
  return p.id;
}

bool update(db::Connection& c, const MasterPlan& p, int64_t expected_version) {
  return !c.query("UPDATE master_plans SET title = ?, start_year = ?, end_year = ?, vision = ?, missions = ?, goals = ?, "
                  "targets = ?, policy_directions = ?, strategies = ?, rpjmd_reference = ?, decree_number = ?, "
                  "decree_date = ?, status = ?, enacted_at = ?, superseded_at = ?, superseded_by = ?, supersede_note = ?, "
                  "version = ?, updated_at = ? WHERE region_id = ? AND master_plan_id = ? AND version = ? "
                  "RETURNING master_plan_id",
                  {p.title, int64_t{p.start_year}, int64_t{p.end_year}, p.vision, list_text(p.missions), list_text(p.goals),
                   list_text(p.targets), list_text(p.policy_directions), list_text(p.strategies), value_of(p.rpjmd_reference),
                   value_of(p.decree_number), value_of(p.decree_date), p.status, value_of(p.enacted_at),
                   value_of(p.superseded_at), p.superseded_by ? db::Value{*p.superseded_by} : db::Value{},
                   value_of(p.supersede_note), p.version, p.updated_at, p.region_id, p.id, expected_version})
              .empty();
}

int64_t insert_review(db::Connection& c, Review& r) {
  r.id = c.query("INSERT INTO master_plan_reviews (region_id, master_plan_id, review_date, reasons, outcome, note, "
                 "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING review_id",
                 {r.region_id, r.master_plan_id, r.review_date, list_text(r.reasons), r.outcome, r.note, r.recorded_by,
                  r.created_at})
             .at(0)
             .int64(0);
  return r.id;
}

}  // namespace simpul::modules::master_plans
