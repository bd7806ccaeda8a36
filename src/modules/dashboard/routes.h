#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::dashboard {

// /api/v1/dashboard: the leadership dashboard — compliance, open and overdue duties, risks by
// level, overdue audits and incidents, the service desk's SLA attainment and the SPBE budget
// by area, each number with the link to the records behind it (docs/compliance-contract.md).
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::dashboard
