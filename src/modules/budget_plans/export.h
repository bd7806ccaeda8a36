#pragma once
// Budget plans as workbooks, headers in Bahasa Indonesia, rupiah as whole numbers:
// one plan (the plan, its lines, its totals per area) and a whole year (per agency,
// per area, every line).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/budget_plans/model.h"
#include "modules/budget_plans/store.h"

namespace simpul::modules::budget_plans {

std::string plan_workbook(const BudgetPlan& p, const std::vector<BudgetLine>& lines);
// `consolidated` is the JSON of consolidate(); `lines` every line of the year.
std::string year_workbook(const nlohmann::json& consolidated, const std::vector<YearLine>& lines);

}  // namespace simpul::modules::budget_plans
