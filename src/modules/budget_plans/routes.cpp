#include "modules/budget_plans/routes.h"

namespace simpul::modules::budget_plans {

void add_routes(http::Router& router, AppContext& ctx) {}

}  // namespace simpul::modules::budget_plans
