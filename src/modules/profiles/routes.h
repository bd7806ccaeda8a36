#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::profiles {

// GET /api/v1/profiles and /api/v1/profiles/{name}: the regulations this binary carries.
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::profiles
