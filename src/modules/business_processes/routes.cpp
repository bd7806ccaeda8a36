#include "modules/business_processes/routes.h"

namespace simpul::modules::business_processes {

void add_routes(http::Router& router, AppContext& ctx) {}

}  // namespace simpul::modules::business_processes
