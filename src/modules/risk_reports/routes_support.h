#pragma once
// What the context, report and workbook routes share: who may write a unit's records and the
// agency they name (the region's article and the year parameter come from modules/risks).
#include <cstdint>
#include <optional>
#include <string>

#include "auth/principal.h"
#include "db/database.h"
#include "http/message.h"

namespace simpul::modules::risk_reports {

// A unit's context and reports are kept by the unit (operators: their own agency only, 403).
void require_own_unit(const auth::Principal& me, int64_t agency_id);
// The agency's name; 422 on `field` when the agency is not in the caller's region.
std::string require_agency(db::Connection& c, const std::string& region_id, int64_t agency_id, const char* field);

}  // namespace simpul::modules::risk_reports

#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::risk_reports {

void add_context_routes(http::Router& router, AppContext& ctx);   // context_routes.cpp
void add_report_routes(http::Router& router, AppContext& ctx);    // report_routes.cpp
void add_workbook_route(http::Router& router, AppContext& ctx);   // report_routes.cpp

}  // namespace simpul::modules::risk_reports
