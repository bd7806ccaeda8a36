#pragma once
// HTTP routes of the SPBE risk register (docs/risk-security-audit-contract.md, "Risk management").
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::risks {

void add_routes(http::Router& router, AppContext& ctx);

// The parts, each in its own file.
void add_register_routes(http::Router& router, AppContext& ctx);   // routes.cpp
void add_treatment_routes(http::Router& router, AppContext& ctx);  // routes_treatments.cpp
void add_view_routes(http::Router& router, AppContext& ctx);       // routes_views.cpp
void add_criteria_routes(http::Router& router, AppContext& ctx);   // routes_criteria.cpp

}  // namespace simpul::modules::risks
