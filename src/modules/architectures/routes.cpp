#include "modules/architectures/routes.h"

namespace simpul::modules::architectures {

void add_routes(http::Router& router, AppContext& ctx) {}

}  // namespace simpul::modules::architectures
