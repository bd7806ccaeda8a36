#include "app/routes.h"

#include "modules/agencies/routes.h"
#include "modules/audit/routes.h"
#include "modules/account/routes.h"
#include "modules/client_errors/routes.h"
#include "modules/tokens/routes.h"
#include "modules/users/routes.h"
#include "modules/regions/routes.h"
#include "modules/system/routes.h"
#include "modules/committees/routes.h"
#include "modules/organisation/routes.h"
#include "modules/people/routes.h"
#include "modules/positions/routes.h"
#include "modules/profiles/routes.h"
#include "modules/self_sufficiency/routes.h"
#include "modules/master_plans/routes.h"
#include "modules/architectures/routes.h"
#include "modules/roadmaps/routes.h"
#include "modules/budget_plans/routes.h"
#include "modules/business_processes/routes.h"
// ==== element registry includes (one line per module, keep this marker) ====
#include "modules/services/routes.h"
#include "modules/element_links/routes.h"
#include "modules/infrastructure/routes.h"
#include "modules/datasets/routes.h"
#include "modules/applications/routes.h"
#include "modules/files/routes.h"
// ==== service desk includes (one line per module, keep this marker) ====
#include "modules/service_desk/routes.h"
#include "modules/tickets/routes.h"
#include "modules/complaints/routes.h"
#include "modules/notifications/routes.h"
// ==== risk, security and audit includes (one line per module, keep this marker) ====
#include "modules/risks/routes.h"
#include "modules/security/routes.h"
#include "modules/ict_audits/routes.h"
#include "modules/risk_reports/routes.h"
// ==== management processes includes: assets, change, knowledge, competencies (one line per module, keep this marker) ====
#include "modules/knowledge/routes.h"
#include "modules/assets/routes.h"
#include "modules/competencies/routes.h"
#include "modules/changes/routes.h"
// ==== evaluation includes (one line per module, keep this marker) ====
#include "modules/evaluation/routes.h"
// ==== compliance and leadership dashboard includes (one line per module, keep this marker) ====
#include "modules/compliance/routes.h"
#include "modules/dashboard/routes.h"

namespace simpul {

http::Router build_router(AppContext& ctx) {
  http::Router router;
  modules::system::add_routes(router, ctx);
  modules::regions::add_routes(router, ctx);
  modules::client_errors::add_routes(router, ctx);
  modules::account::add_routes(router, ctx);
  modules::users::add_routes(router, ctx);
  modules::tokens::add_routes(router, ctx);
  modules::agencies::add_routes(router, ctx);
  modules::audit_log::add_routes(router, ctx);
  modules::organisation::add_routes(router, ctx);
  modules::people::add_routes(router, ctx);
  modules::positions::add_routes(router, ctx);
  modules::committees::add_routes(router, ctx);
  modules::self_sufficiency::add_routes(router, ctx);
  modules::profiles::add_routes(router, ctx);
  modules::master_plans::add_routes(router, ctx);
  modules::architectures::add_routes(router, ctx);
  modules::roadmaps::add_routes(router, ctx);
  modules::budget_plans::add_routes(router, ctx);
  modules::business_processes::add_routes(router, ctx);
  // ==== element registry routes (one line per module, keep this marker) ====
  modules::services::add_routes(router, ctx);
  modules::element_links::add_routes(router, ctx);
  modules::infrastructure::add_routes(router, ctx);
  modules::datasets::add_routes(router, ctx);
  modules::applications::add_routes(router, ctx);
  modules::files::add_routes(router, ctx);
  // ==== service desk routes (one line per module, keep this marker) ====
  service_desk::add_routes(router, ctx);
  modules::tickets::add_routes(router, ctx);
  modules::complaints::add_routes(router, ctx);
  modules::notifications::add_routes(router, ctx);
  // ==== risk, security and audit routes (one line per module, keep this marker) ====
  modules::risks::add_routes(router, ctx);
  modules::security::add_routes(router, ctx);
  modules::ict_audits::add_routes(router, ctx);
  modules::risk_reports::add_routes(router, ctx);
  // ==== management processes routes: assets, change, knowledge, competencies (one line per module, keep this marker) ====
  modules::knowledge::add_routes(router, ctx);
  modules::assets::add_routes(router, ctx);
  modules::competencies::add_routes(router, ctx);
  modules::changes::add_routes(router, ctx);
  // ==== evaluation routes (one line per module, keep this marker) ====
  modules::evaluation::add_routes(router, ctx);
  // ==== compliance and leadership dashboard routes (one line per module, keep this marker) ====
  modules::compliance::add_routes(router, ctx);
  modules::dashboard::add_routes(router, ctx);
  return router;
}

}  // namespace simpul
