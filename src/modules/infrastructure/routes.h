#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::infrastructure {

// /api/v1/facilities, /hosts, /networks, /lan-diagrams, /ip-ranges, /domains and /backups:
// the region's SPBE infrastructure registry (docs/registries-contract.md, "Infrastructure").
void add_routes(http::Router& router, AppContext& ctx);

// One function per record kind, each in its own <kind>_routes.cpp.
void add_facility_routes(http::Router& router, AppContext& ctx);
void add_host_routes(http::Router& router, AppContext& ctx);
void add_network_routes(http::Router& router, AppContext& ctx);
void add_lan_diagram_routes(http::Router& router, AppContext& ctx);
void add_ip_range_routes(http::Router& router, AppContext& ctx);
void add_domain_routes(http::Router& router, AppContext& ctx);
void add_backup_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::infrastructure
