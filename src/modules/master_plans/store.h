#pragma once
// SQL for master plans and their reviews.
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "modules/master_plans/model.h"

namespace simpul::modules::master_plans {

// Newest period first; `status` filters when not empty. With their reviews.
std::vector<MasterPlan> list(db::Connection& c, const std::string& region_id, const std::string& status);
std::optional<MasterPlan> find(db::Connection& c, const std::string& region_id, int64_t master_plan_id);
int64_t insert(db::Connection& c, MasterPlan& p);
// Writes every field where the stored version is still `expected_version`.
bool update(db::Connection& c, const MasterPlan& p, int64_t expected_version);
int64_t insert_review(db::Connection& c, Review& r);

}  // namespace simpul::modules::master_plans
