#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::applications {

// /api/v1/applications: the region's applications (Aplikasi SPBE), their required documents,
// tests, GCIO decisions, lifecycle moves with the production gate, and the exports
// (docs/registries-contract.md, "Applications").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::applications
