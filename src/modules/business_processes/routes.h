#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::business_processes {

// /api/v1/business-processes and /api/v1/business-process-links: each agency's processes,
// the links between them, their coordination by the organisation bureau, the map and the
// exports (docs/governance-contract.md, "Business processes").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::business_processes
