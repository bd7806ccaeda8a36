#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::element_links {

// /api/v1/element-links (list, create, delete), /api/v1/impact ("what breaks if this goes
// down") and /api/v1/dependencies ("what does this use"): docs/registries-contract.md,
// "Services and links".
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::element_links
