#include "modules/audit/routes.h"


#include "audit/log.h"
#include "audit/verify.h"
#include "core/clock.h"
#include "http/pagination.h"

namespace simpul::modules::audit_log {

namespace {

http::Response list_route(AppContext& ctx, http::Request& req) {
  auto page = http::parse_page_request(req);
  audit::Filter f;
  f.region_id = req.principal->region_id;
  f.limit = page.limit + 1;
  f.before_seq = http::after_number(page);
  auto opt = [&](const char* name) -> std::optional<std::string> {
    auto v = req.query_param(name);
    return v && !v->empty() ? v : std::nullopt;
  };
  f.actor = opt("actor");
  f.action = opt("action");
  f.entity_type = opt("entity_type");
  f.entity_id = opt("entity_id");
  f.from = opt("from");
  f.to = opt("to");
  for (const char* name : {"from", "to"}) {
    auto v = opt(name);
    if (v && !is_rfc3339_utc(*v))
      throw ProblemError(Problem::bad_request({std::string("Parameter ") + name + " harus berupa waktu UTC seperti 2026-11-22T00:00:00Z.",
                                               std::string("The ") + name + " parameter must be a UTC time like 2026-11-22T00:00:00Z."}));
  }
  // Stored times carry milliseconds; compare like with like.
  if (f.from) f.from = normalise_rfc3339(*f.from);
  if (f.to) f.to = normalise_rfc3339(*f.to);
  auto entries = ctx.db->read([&](db::Connection& c) { return audit::list(c, f); });
  return http::Response::json(
      200, http::page_body(std::move(entries), page.limit, [](const audit::Entry& e) { return std::to_string(e.seq); },
                           [](const audit::Entry& e) { return audit::to_json(e); }));
}

http::Response verify_route(AppContext& ctx, http::Request& req) {
  auto v = audit::verify_region(*ctx.db, req.principal->region_id, ctx.instance_key);
  nlohmann::json broken = nullptr;
  if (v.first_broken) broken = {{"seq", v.first_broken->seq}, {"reason", v.first_broken->reason}};
  return http::Response::json(200, {{"ok", v.ok()},
                                    {"entries", v.entries},
                                    {"first_broken", broken},
                                    {"head",
                                     {{"seq", v.head_seq},
                                      {"hash", v.head_hash},
                                      {"signed_seq", v.signed_seq ? nlohmann::json(*v.signed_seq) : nlohmann::json(nullptr)},
                                      {"signed_at", v.signed_at.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.signed_at)},
                                      {"signature_valid", v.signature_valid ? nlohmann::json(*v.signature_valid) : nlohmann::json(nullptr)}}}});
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", "/api/v1/audit", auth::Permission::audit_read, [&ctx](http::Request& r) { return list_route(ctx, r); });
  router.add("GET", "/api/v1/audit/verify", auth::Permission::audit_read, [&ctx](http::Request& r) { return verify_route(ctx, r); });
}

}  // namespace simpul::modules::audit_log
