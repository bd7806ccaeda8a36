#include "modules/risk_reports/routes_support.h"

#include "auth/policy.h"
#include "core/problem.h"
#include "modules/agencies/store.h"

namespace simpul::modules::risk_reports {

void require_own_unit(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id))
    throw ProblemError(Problem::forbidden({"Anda hanya dapat mengelola konteks dan laporan risiko perangkat daerah Anda sendiri.",
                                           "You can only manage the risk context and reports of your own agency."}));
}

std::string require_agency(db::Connection& c, const std::string& region_id, int64_t agency_id, const char* field) {
  auto agency = agencies::find(c, region_id, agency_id);
  if (!agency)
    throw ProblemError(Problem::validation_failed(
        {{field, {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
  return agency->name;
}

}  // namespace simpul::modules::risk_reports
