#pragma once
// Health, readiness, metrics and the status summary the web UI shows.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::system {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::system
