#include "modules/system/routes.h"

#include "core/clock.h"
#include "core/version.h"
#include "db/migration.h"

namespace simpul::modules::system {

namespace {

struct DatabaseState {
  bool ready = false;
  int schema_version = 0;
  std::string error;
};

DatabaseState check_database(db::Database& db) {
  try {
    return {true, db::schema_version(db), {}};
  } catch (const std::exception& e) {
    return {false, 0, e.what()};
  }
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", "/healthz", auth::Permission::public_access, [](http::Request&) { return http::Response::json(200, {{"status", "ok"}}); });

  router.add("GET", "/readyz", auth::Permission::public_access, [&ctx](http::Request&) {
    auto state = check_database(*ctx.db);
    if (!state.ready)
      throw ProblemError(Problem::unavailable({"Basis data belum siap: " + state.error, "The database is not ready: " + state.error}));
    return http::Response::json(200, {{"status", "ready"},
                                      {"database", db::dialect_name(ctx.db->dialect())},
                                      {"schema_version", state.schema_version}});
  });

  router.add("GET", "/metrics", auth::Permission::public_access, [&ctx](http::Request&) {
    return http::Response::text(200, ctx.metrics->render(), "text/plain; version=0.0.4; charset=utf-8");
  });

  router.add("GET", "/api/v1/status", auth::Permission::public_access, [&ctx](http::Request&) {
    auto state = check_database(*ctx.db);
    auto uptime = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now() - ctx.started_at);
    return http::Response::json(200, {{"name", "Simpul"},
                                      {"version", kVersion},
                                      {"status", state.ready ? "ok" : "degraded"},
                                      {"database",
                                       {{"backend", db::dialect_name(ctx.db->dialect())},
                                        {"ready", state.ready},
                                        {"schema_version", state.schema_version}}},
                                      {"started_at", format_rfc3339(ctx.started_at)},
                                      {"uptime_seconds", uptime.count()}});
  });
}

}  // namespace simpul::modules::system
