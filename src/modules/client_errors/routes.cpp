#include "modules/client_errors/routes.h"

#include "core/log.h"
#include "modules/client_errors/rules.h"

namespace simpul::modules::client_errors {

void add_routes(http::Router& router, AppContext&) {
  router.add(
      "POST", "/api/v1/client-errors", auth::Permission::public_access,
      [](http::Request& req) {
        auto errors = validate(req.json);
        if (!errors.empty()) throw ProblemError(Problem::validation_failed(std::move(errors)));
        auto report = from_json(req.json);
        log::warn("client error", {{"request_id", req.request_id},
                                   {"page", report.page},
                                   {"message", report.message},
                                   {"detail", report.detail},
                                   {"user_agent", req.header("user-agent")},
                                   {"remote", req.remote}});
        return http::Response::json(202, {{"status", "accepted"}});
      },
      http::Body::json);
}

}  // namespace simpul::modules::client_errors
