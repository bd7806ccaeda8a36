#pragma once
// Public read access to regions: the web UI needs the region's name and time
// zone before anyone signs in.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::regions {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::regions
