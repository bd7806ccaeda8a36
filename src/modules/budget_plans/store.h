#pragma once
// SQL for budget plans, their lines and the consolidated view of a year.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/budget_plans/model.h"
#include "modules/budget_plans/rules.h"

namespace simpul::modules::budget_plans {

struct PlanFilter {
  std::optional<int> year;
  std::optional<int64_t> agency_id;
  std::string status;
};

std::vector<BudgetPlan> list(db::Connection& c, const std::string& region_id, const PlanFilter& filter);
std::optional<BudgetPlan> find(db::Connection& c, const std::string& region_id, int64_t plan_id);
bool exists_for(db::Connection& c, const std::string& region_id, int64_t agency_id, int year);
int64_t insert(db::Connection& c, BudgetPlan& p);
bool update(db::Connection& c, const BudgetPlan& p, int64_t expected_version);
// A line changed: the plan's version moves on, so a submit made from an older view gets 412.
void touch(db::Connection& c, const std::string& region_id, int64_t plan_id, const std::string& at);

std::vector<BudgetLine> lines(db::Connection& c, const std::string& region_id, int64_t plan_id);
std::optional<BudgetLine> find_line(db::Connection& c, const std::string& region_id, int64_t line_id);
size_t line_count(db::Connection& c, int64_t plan_id);
struct Summary {
  int64_t lines = 0;
  int64_t amount = 0;
  int64_t unlinked_lines = 0;
};
Summary summary(db::Connection& c, int64_t plan_id);
// The plan's total without `except_line_id` (0: every line).
int64_t total_without(db::Connection& c, int64_t plan_id, int64_t except_line_id);
int64_t insert_line(db::Connection& c, BudgetLine& l);
bool update_line(db::Connection& c, const BudgetLine& l, int64_t expected_version);
bool delete_line(db::Connection& c, const std::string& region_id, int64_t line_id, int64_t expected_version);

// The roadmap behind an activity of the region, for the link check.
std::optional<LinkTarget> link_target(db::Connection& c, const std::string& region_id, int64_t activity_id);

// The year's sums by plan and area, in one grouped query.
std::vector<PlanAreaSum> plan_area_sums(db::Connection& c, const std::string& region_id, int year);
std::vector<AgencyRef> agencies_without_plan(db::Connection& c, const std::string& region_id, int year);

// Every line of a year with its agency, for the consolidated workbook.
struct YearLine {
  BudgetLine line;
  std::string agency_name;
  std::string plan_status;
};
std::vector<YearLine> year_lines(db::Connection& c, const std::string& region_id, int year);

}  // namespace simpul::modules::budget_plans
