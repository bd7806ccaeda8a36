// `simpul serve`: open and migrate the database, then serve until SIGTERM.
#include <atomic>
#include <iostream>
#include <optional>
#include <thread>

#include "app/routes.h"
#include "audit/signing.h"
#include "auth/guard.h"
#include "cli/commands.h"
#include "core/log.h"
#include "core/periodic.h"
#include "db/migration.h"
#include "http/middleware.h"
#include "http/server.h"
#include "http/static_files.h"
#include "modules/compliance/snapshots.h"
#include "notifications/dispatch_setup.h"

namespace simpul::cli {

namespace {
std::vector<std::pair<std::string, std::string>> route_labels(const http::Router& router) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : router.routes()) out.emplace_back(r.method, r.pattern);
  return out;
}
}  // namespace

int serve(const config::Config& config) {
  log::set_level(config.log_level);
  unsigned threads = config.threads ? config.threads : std::max(1u, std::thread::hardware_concurrency());

  AppContext ctx;
  ctx.config = config;
  std::unique_ptr<db::Database> db;
  try {
    db = db::open_database(config.database_url, {threads});
    auto report = db::migrate(*db, db::load_migrations(db::embedded_migrations()));
    log::info("database ready", {{"backend", db::dialect_name(db->dialect())},
                                 {"schema_version", report.to_version},
                                 {"applied", report.applied}});
  } catch (const std::exception& e) {
    std::cerr << "simpul: cannot start: " << e.what() << "\n";
    return 1;
  }
  ctx.db = db.get();
  // A region whose regulation the compliance engine cannot judge is a load error, never a silent pass.
  if (auto errors = modules::compliance::unevaluable_region_profiles(*db); !errors.empty()) {
    for (const auto& e : errors) std::cerr << "simpul: cannot start: " << e << "\n";
    return 1;
  }
  ctx.logins_by_client = std::make_shared<auth::Throttle>(config.login_attempts_per_client, std::chrono::seconds(60));
  ctx.logins_by_username = std::make_shared<auth::Throttle>(config.login_attempts_per_username, std::chrono::seconds(60));
  std::optional<audit::InstanceKey> instance_key;
  try {
    instance_key = audit::InstanceKey::load_or_create(config.instance_key);
  } catch (const std::exception& e) {
    std::cerr << "simpul: cannot start: " << e.what() << "\n";
    return 1;
  }
  ctx.instance_key = &*instance_key;

  http::Router router = build_router(ctx);
  http::Metrics metrics(route_labels(router));
  ctx.metrics = &metrics;

  http::StaticFiles web(config.web_root);
  http::Pipeline pipeline(std::move(router), [&web](http::Request& req) {
    if (auto res = web.serve(req)) return *res;
    throw ProblemError(Problem::not_found({"Alamat yang diminta tidak ada.", "The requested address does not exist."}));
  });
  pipeline.use(http::observe(metrics));
  pipeline.use(http::security_headers(config.tls_enabled()));
  pipeline.use(http::recover());
  pipeline.use(auth::guard(ctx));
  pipeline.use(http::json_body());

  http::ServerOptions options;
  options.host = config.listen_host;
  options.port = config.listen_port;
  options.threads = threads;
  options.write_threads = config.write_threads;
  options.max_connections = config.max_connections;
  options.max_body_bytes = config.max_body_bytes;
  options.max_header_bytes = config.max_header_bytes;
  options.request_timeout = config.request_timeout;
  options.shutdown_grace = config.shutdown_grace;
  options.tls_cert = config.tls_cert;
  options.tls_key = config.tls_key;
  options.max_upload_bytes = config.max_upload_bytes;
  options.accepts_upload = [&pipeline](const std::string& method, const std::string& path) {
    auto match = pipeline.router().match(method, path);
    return match.kind == http::Match::Kind::found && match.route->body == http::Body::upload;
  };
  http::Server server(options, pipeline, metrics);
  uint16_t port;
  try {
    port = server.listen();
  } catch (const std::exception& e) {
    std::cerr << "simpul: cannot start: " << e.what() << "\n";
    return 1;
  }
  std::string host = config.listen_host.find(':') != std::string::npos ? "[" + config.listen_host + "]" : config.listen_host;
  std::string url = (config.tls_enabled() ? "https://" : "http://") + host + ":" + std::to_string(port) + "/";
  log::info("listening", {{"url", url}, {"threads", threads}, {"web_root", config.web_root}});
  // Sign moved audit chain heads every minute (and once more on the way out).
  auto sign = [&] {
    try {
      if (int n = audit::sign_heads(*db, *instance_key)) log::info("audit heads signed", {{"regions", n}});
    } catch (const std::exception& e) {
      log::error("signing audit heads failed", {{"error", e.what()}});
    }
  };
  sign();
  {
    Periodic signer(std::chrono::minutes(1), sign);
    // Send queued notifications every few seconds (notification_interval_ms; 0: not here).
    std::optional<Periodic> notifier;
    if (config.notification_interval.count() > 0)
      notifier.emplace(config.notification_interval, [&] {
        try {
          notifications::dispatch_all_due(*db, config);
        } catch (const std::exception& e) {
          log::error("sending notifications failed", {{"error", e.what()}});
        }
      });
    // Take each region's compliance snapshot for the trend once a day: every hour, look
    // whether today's exists (not once more on the way out: stopping takes no snapshot).
    std::atomic<bool> stopped{false};
    Periodic snapshots(std::chrono::hours(1), [&] {
      if (stopped) return;
      try {
        if (int n = modules::compliance::take_missing_snapshots(*db)) log::info("compliance snapshots taken", {{"regions", n}});
      } catch (const std::exception& e) {
        log::error("taking compliance snapshots failed", {{"error", e.what()}});
      }
    });
    server.run();
    stopped = true;
  }
  log::info("stopped");
  log::flush();
  return 0;
}

}  // namespace simpul::cli
