#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::roadmaps {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::roadmaps
