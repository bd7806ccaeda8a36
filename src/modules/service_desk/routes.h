#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::service_desk {

// /api/v1/service-desk/…: the region's business hours and holidays, the SLA targets, the
// coverage of Service Desk Tier 1 across agencies and the reports to the ICT office
// (docs/service-desk-contract.md, "Calendar, SLA targets, Tier 1 coverage, reports").
void add_routes(http::Router& router, AppContext& ctx);

// The reports (report_routes.cpp).
void add_report_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::service_desk
