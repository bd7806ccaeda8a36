#include "modules/risks/routes_support.h"
#include "modules/regions/store.h"

#include "auth/policy.h"
#include "core/problem.h"
#include "http/conditional.h"
#include "app/region_profile.h"
#include "http/query_params.h"
#include "modules/risks/rules.h"
#include "modules/risks/store.h"

namespace simpul::modules::risks {

const Text kNotFound{"Risiko tidak ditemukan.", "Risk not found."};

nlohmann::json risk_record(const Risk& r) { return record_json(r); }
nlohmann::json treatment_record(const Treatment& t) { return record_json(t); }

void require_owner(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id))
    throw ProblemError(Problem::forbidden({"Anda hanya dapat mengelola risiko perangkat daerah Anda sendiri.",
                                           "You can only manage the risks of your own agency."}));
}

Risk load_risk(db::Connection& c, const auth::Principal& me, int64_t risk_id) {
  auto r = find(c, me.region_id, risk_id);
  if (!r) throw ProblemError(Problem::not_found(kNotFound));
  return *r;
}

RiskState stored_state(db::Connection& c, const Risk& r, const std::string& today) {
  return risk_state(r, tally(c, r.region_id, r.id, today));
}

nlohmann::json risk_view(db::Connection& c, const Risk& r, const RiskCriteria& criteria, const std::string& today,
                         bool with_treatments) {
  auto j = to_json(r, criteria, tally(c, r.region_id, r.id, today));
  if (with_treatments) {
    j["treatments"] = nlohmann::json::array();
    for (const auto& t : treatments(c, r.region_id, r.id)) j["treatments"].push_back(to_json(t, r, criteria, today));
  }
  return j;
}

nlohmann::json risks_view(db::Connection& c, const std::vector<Risk>& risks, const RiskCriteria& criteria,
                          const std::string& today) {
  auto counted = tallies(c, risks.empty() ? "" : risks.front().region_id, risks, today);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : risks) out.push_back(to_json(r, criteria, counted[r.id]));  // absent: no treatments yet
  return out;
}

http::Response risk_response(db::Connection& c, int status, const std::string& region_id, int64_t risk_id) {
  auto r = find(c, region_id, risk_id);
  if (!r) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, risk_view(c, *r, load_criteria(c, region_id),
                                                    regions::region_today(c, region_id), true));
  res.header("etag", http::etag(r->version));
  return res;
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

}  // namespace simpul::modules::risks
