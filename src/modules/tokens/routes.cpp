#include "modules/tokens/routes.h"

#include <charconv>

#include "app/audit_context.h"
#include "auth/session_store.h"
#include "http/pagination.h"
#include "modules/tokens/lifecycle.h"

namespace simpul::modules::tokens {

namespace a = simpul::auth;

namespace {

// The superadmin sees and revokes every token in the region; others only their own.
int64_t owner_filter(const a::Principal& p) { return p.role == a::Role::superadmin ? 0 : p.user_id; }

http::Response list_route(AppContext& ctx, http::Request& req) {
  auto page = http::parse_page_request(req);
  int64_t after = http::after_number(page).value_or(0);
  auto items = ctx.db->read([&](db::Connection& c) {
    return a::list_tokens(c, req.principal->region_id, owner_filter(*req.principal), after, page.limit + 1);
  });
  return http::Response::json(
      200, http::page_body(std::move(items), page.limit, [](const a::ApiToken& t) { return std::to_string(t.id); },
                           [](const a::ApiToken& t) { return a::to_json(t); }));
}

http::Response create_route(AppContext& ctx, http::Request& req) {
  auto parsed = parse_new_token(req.json);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&parsed)) throw ProblemError(Problem::validation_failed(*errors));
  auto input = std::get<NewToken>(parsed);
  const auto& p = *req.principal;
  auto issued = ctx.db->write([&](db::Connection& c) {
    auto owner = a::find_user(c, p.region_id, p.user_id).value();
    return issue(c, audit_context(req), owner, input);
  });
  auto body = a::to_json(issued.token);
  body["token"] = issued.secret;
  auto res = http::Response::json(201, body);
  res.header("cache-control", "no-store");
  return res;
}

http::Response revoke_route(AppContext& ctx, http::Request& req) {
  const auto& text = req.param("token_id");
  int64_t id = 0;
  std::from_chars(text.data(), text.data() + text.size(), id);
  const auto& p = *req.principal;
  ctx.db->write([&](db::Connection& c) {
    auto token = a::find_token(c, p.region_id, id);
    if (!token || (owner_filter(p) != 0 && token->user_id != p.user_id))
      throw ProblemError(Problem::not_found({"Token tidak ditemukan.", "Token not found."}));
    revoke(c, audit_context(req), id);
  });
  http::Response res;
  res.status = 204;
  return res;
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", "/api/v1/tokens", a::Permission::tokens_manage, [&ctx](http::Request& r) { return list_route(ctx, r); });
  router.add("POST", "/api/v1/tokens", a::Permission::tokens_manage, [&ctx](http::Request& r) { return create_route(ctx, r); },
             http::Body::json);
  router.add("DELETE", "/api/v1/tokens/{token_id}", a::Permission::tokens_manage,
             [&ctx](http::Request& r) { return revoke_route(ctx, r); });
}

}  // namespace simpul::modules::tokens
