#include "modules/roadmaps/routes.h"

namespace simpul::modules::roadmaps {

void add_routes(http::Router& router, AppContext& ctx) {}

}  // namespace simpul::modules::roadmaps
