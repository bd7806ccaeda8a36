#include "modules/dashboard/routes.h"

#include "modules/dashboard/sections.h"
#include "modules/regions/store.h"

namespace simpul::modules::dashboard {

void add_routes(http::Router& router, AppContext& ctx) {
  // One read, one round trip: every card of the dashboard from the same snapshot of the data.
  router.add("GET", "/api/v1/dashboard", auth::Permission::dashboard_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto today = regions::region_today(c, region_id);
      int year = std::stoi(today.substr(0, 4));
      return http::Response::json(200, {{"as_of", today},
                                        {"compliance", compliance_section(c, region_id)},
                                        {"risks", risk_section(c, region_id, year)},
                                        {"ict_audits", ict_audit_section(c, region_id)},
                                        {"incidents", incident_section(c, region_id)},
                                        {"service_desk", service_desk_section(c, region_id, req.lang)},
                                        {"budget", budget_section(c, region_id, year)}});
    });
  });
}

}  // namespace simpul::modules::dashboard
