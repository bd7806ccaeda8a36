#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::business_processes {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::business_processes
