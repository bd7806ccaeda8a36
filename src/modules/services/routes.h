#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::services {

// /api/v1/services: the region's SPBE services, their integration across agencies and the
// exports (docs/registries-contract.md, "Services and links").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::services
