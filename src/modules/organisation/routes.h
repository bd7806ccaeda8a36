#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::organisation {

// GET/PATCH /api/v1/region (the caller's region with its regulation's terms) and
// GET /api/v1/organisation (everything the organisation page shows, in one answer).
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::organisation
