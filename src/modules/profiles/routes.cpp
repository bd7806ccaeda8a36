#include "modules/profiles/routes.h"

#include "modules/profiles/json.h"
#include "profiles/loader.h"

namespace simpul::modules::profiles {

void add_routes(http::Router& router, AppContext&) {
  using auth::Permission;
  router.add("GET", "/api/v1/profiles", Permission::reference_data, [](http::Request&) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& p : simpul::profiles::builtin_profiles()) items.push_back(summary_json(p));
    auto res = http::Response::json(200, {{"items", items}});
    return res;
  });
  router.add("GET", "/api/v1/profiles/{name}", Permission::reference_data, [](http::Request& req) {
    const auto* p = simpul::profiles::find_builtin(req.param("name"));
    if (!p) throw ProblemError(Problem::not_found({"Profil peraturan ini tidak dikenal.", "Unknown regulation profile."}));
    return http::Response::json(200, full_json(*p));
  });
}

}  // namespace simpul::modules::profiles
