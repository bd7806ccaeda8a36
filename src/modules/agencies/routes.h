#pragma once
#include <nlohmann/json.hpp>

#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::agencies {

// /api/v1/agencies: list (any signed-in user), create and edit (superadmin), detail.
void add_routes(http::Router& router, AppContext& ctx);

// Every agency of the region as the API shows it (head, people count, grants).
nlohmann::json agencies_json(db::Connection& c, const std::string& region_id);

}  // namespace simpul::modules::agencies
