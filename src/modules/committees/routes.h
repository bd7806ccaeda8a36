#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::committees {

// /api/v1/committees (+ members), /api/v1/architecture-coordinators/{domain}, /api/v1/gcio.
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::committees
