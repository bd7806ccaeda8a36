// The views: one agency's duties, soonest first; one obligation across its subjects.
#include "core/problem.h"
#include "http/params.h"
#include "modules/compliance/json.h"
#include "modules/compliance/routes_support.h"
#include "modules/compliance/rules.h"

namespace simpul::modules::compliance {

namespace {
std::vector<const Finding*> pointers(const std::vector<Finding>& findings) {
  std::vector<const Finding*> out;
  for (const auto& f : findings) out.push_back(&f);
  return out;
}
}  // namespace

void add_view_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase + "/agencies/{agency_id}", Permission::compliance_read, [&ctx](http::Request& req) {
    auto agency_id = http::id_param(req, "agency_id", kAgencyNotFound);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      require_agency(c, region_id, agency_id);
      const auto& profile = require_profile(c, region_id);
      auto e = evaluate(c, region_id, profile, agency_id);
      sort_soonest_first(e.findings);
      std::string name;
      for (const auto& f : e.findings)
        if (f.subject.kind == "agency") name = f.subject.name;
      return http::Response::json(200, {{"as_of", e.today},
                                        {"agency", {{"id", agency_id}, {"name", name}}},
                                        {"tally", tally_json(tally_of(e.findings))},
                                        {"findings", findings_json(pointers(e.findings), profile)}});
    });
  });

  router.add("GET", kBase + "/obligations/{obligation_id}", Permission::compliance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto& profile = require_profile(c, region_id);
      const profiles::Obligation* o = profile.obligation(req.param("obligation_id"));
      if (!o) throw ProblemError(Problem::not_found(kObligationNotFound));
      auto e = evaluate(c, region_id, profile);
      std::vector<Finding> mine;
      for (auto& f : e.findings)
        if (f.obligation == o) mine.push_back(std::move(f));
      sort_soonest_first(mine);
      return http::Response::json(200, {{"as_of", e.today},
                                        {"obligation", obligation_json(*o, profile)},
                                        {"tally", tally_json(tally_of(mine))},
                                        {"findings", findings_json(pointers(mine), profile)}});
    });
  });
}

}  // namespace simpul::modules::compliance
