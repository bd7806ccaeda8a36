#include "modules/security/routes.h"

#include "modules/security/incident_routes.h"
#include "modules/security/policy_routes.h"
#include "modules/security/programme_routes.h"

namespace simpul::modules::security {

void add_routes(http::Router& router, AppContext& ctx) {
  add_programme_routes(router, ctx);
  add_policy_routes(router, ctx);
  add_incident_routes(router, ctx);
}

}  // namespace simpul::modules::security
