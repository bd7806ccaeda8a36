#include "modules/compliance/routes.h"

#include "app/region_profile.h"
#include "core/problem.h"
#include "modules/compliance/routes_support.h"

namespace simpul::modules::compliance {

const profiles::Profile& require_profile(db::Connection& c, const std::string& region_id) {
  const profiles::Profile* p = region_profile(c, region_id);
  if (!p) throw ProblemError(Problem::conflict(kNoProfile));
  return *p;
}

void require_agency(db::Connection& c, const std::string& region_id, int64_t agency_id) {
  if (c.query("SELECT 1 FROM agencies WHERE region_id = ? AND agency_id = ?", {region_id, agency_id}).empty())
    throw ProblemError(Problem::not_found(kAgencyNotFound));
}

void add_routes(http::Router& router, AppContext& ctx) {
  add_view_routes(router, ctx);
  add_report_routes(router, ctx);
  add_statement_routes(router, ctx);
  add_snapshot_routes(router, ctx);
}

}  // namespace simpul::modules::compliance
