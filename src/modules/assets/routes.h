#pragma once
// The HTTP routes of the ICT asset register under /api/v1/assets (docs/management-processes-contract.md,
// "ICT assets").
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::assets {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::assets
