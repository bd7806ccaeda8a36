#include "modules/agencies/routes.h"

#include "modules/agencies/store.h"

namespace simpul::modules::agencies {

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", "/api/v1/agencies", auth::Permission::reference_data, [&ctx](http::Request& req) {
    auto items = ctx.db->read([&](db::Connection& c) { return list(c, req.principal->region_id); });
    nlohmann::json body = {{"items", nlohmann::json::array()}};
    for (const auto& a : items) body["items"].push_back(to_json(a));
    return http::Response::json(200, body);
  });
}

}  // namespace simpul::modules::agencies
