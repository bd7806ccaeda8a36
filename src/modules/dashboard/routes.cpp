#include "modules/dashboard/routes.h"

namespace simpul::modules::dashboard {

void add_routes(http::Router& router, AppContext& ctx) {}

}  // namespace simpul::modules::dashboard
