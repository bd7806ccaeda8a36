#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::positions {

// /api/v1/positions: the positions of each agency and who holds them.
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::positions
