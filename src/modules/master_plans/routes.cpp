#include "modules/master_plans/routes.h"

namespace simpul::modules::master_plans {

void add_routes(http::Router& router, AppContext& ctx) {}

}  // namespace simpul::modules::master_plans
