#include "modules/risk_reports/routes_support.h"

#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/dates.h"
#include "core/problem.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"
#include "modules/risk_reports/rules.h"

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

std::string region_citation(db::Connection& c, const std::string& region_id) {
  return risk_citation(region_profile(c, region_id));
}

int64_t year_param(const http::Request& req, const std::string& today) {
  auto year = http::number_param(req, "year");
  if (!year) return std::stoll(today.substr(0, 4));
  if (*year < 2000 || *year > 2100)
    throw ProblemError(Problem::bad_request({"year: tahun 2000-2100.", "year: a year from 2000 to 2100."}));
  return *year;
}

}  // namespace simpul::modules::risk_reports
