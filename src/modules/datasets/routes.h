#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::datasets {

// /api/v1/datasets (the data catalog), /api/v1/public/datasets (its open part, without
// signing in) and /api/v1/data-sharing-agreements (docs/registries-contract.md, "Datasets").
void add_routes(http::Router& router, AppContext& ctx);

// The agreements' routes, in sharing_routes.cpp.
void add_sharing_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::datasets
