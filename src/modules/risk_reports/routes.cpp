#include "modules/risk_reports/routes.h"

#include "modules/risk_reports/routes_support.h"

namespace simpul::modules::risk_reports {

void add_routes(http::Router& router, AppContext& ctx) {
  add_context_routes(router, ctx);
  add_report_routes(router, ctx);
  add_workbook_route(router, ctx);
}

}  // namespace simpul::modules::risk_reports
