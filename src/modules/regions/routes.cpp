#include "modules/regions/routes.h"

#include "http/pagination.h"
#include "modules/regions/store.h"

namespace simpul::modules::regions {

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", "/api/v1/regions", auth::Permission::public_access, [&ctx](http::Request& req) {
    auto page = http::parse_page_request(req);
    // One extra row tells whether another page follows.
    auto items = ctx.db->read([&](db::Connection& c) { return list(c, page.after, page.limit + 1); });
    return http::Response::json(
        200, http::page_body(std::move(items), page.limit, [](const Region& r) { return r.id; },
                             [](const Region& r) { return to_json(r); }));
  });

  router.add("GET", "/api/v1/regions/{region_id}", auth::Permission::public_access, [&ctx](http::Request& req) {
    const auto& id = req.param("region_id");
    auto region = ctx.db->read([&](db::Connection& c) { return find(c, id); });
    if (!region)
      throw ProblemError(Problem::not_found({"Daerah dengan kode '" + id + "' tidak ditemukan.",
                                             "There is no region with the code '" + id + "'."}));
    auto res = http::Response::json(200, to_json(*region));
    res.header("etag", "\"" + std::to_string(region->version) + "\"");
    return res;
  });
}

}  // namespace simpul::modules::regions
