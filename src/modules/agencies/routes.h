#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::agencies {

// GET /api/v1/agencies: the region's agencies, for forms (any signed-in user).
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::agencies
