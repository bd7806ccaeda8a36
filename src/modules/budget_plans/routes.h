#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::budget_plans {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::budget_plans
