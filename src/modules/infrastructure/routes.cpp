#include "modules/infrastructure/routes.h"

namespace simpul::modules::infrastructure {

void add_routes(http::Router& router, AppContext& ctx) {
  add_facility_routes(router, ctx);
  add_host_routes(router, ctx);
  add_network_routes(router, ctx);
  add_lan_diagram_routes(router, ctx);
  add_ip_range_routes(router, ctx);
  add_domain_routes(router, ctx);
  add_backup_routes(router, ctx);
}

}  // namespace simpul::modules::infrastructure
