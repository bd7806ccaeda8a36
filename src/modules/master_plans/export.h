#pragma once
// The master plan as a workbook: the plan, its contents one statement a row, its reviews.
#include <string>

#include <nlohmann/json.hpp>

namespace simpul::modules::master_plans {

// `plan` is the plan as the API shows it (see routes.cpp), so the file says what the screen says.
std::string workbook(const nlohmann::json& plan);

}  // namespace simpul::modules::master_plans
