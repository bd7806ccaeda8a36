#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::compliance {

// /api/v1/compliance…: the region's compliance with its own regulation — per region, agency
// and obligation, the calendar of duties, statements of compliance, snapshots and reports
// (docs/compliance-contract.md).
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::compliance
