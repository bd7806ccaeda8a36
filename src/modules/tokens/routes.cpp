#include "modules/tokens/routes.h"

#include <charconv>

#include "app/audit_context.h"
#include "auth/secrets.h"
#include "auth/session_store.h"
#include "core/clock.h"
#include "http/pagination.h"
#include "modules/tokens/rules.h"

namespace simpul::modules::tokens {

namespace a = simpul::auth;

namespace {

// The superadmin sees and revokes every token in the region; others only their own.
int64_t owner_filter(const a::Principal& p) { return p.role == a::Role::superadmin ? 0 : p.user_id; }

http::Response list_route(AppContext& ctx, http::Request& req) {
  auto page = http::parse_page_request(req);
  int64_t after = 0;
  if (page.after) std::from_chars(page.after->data(), page.after->data() + page.after->size(), after);
  auto items = ctx.db->read([&](db::Connection& c) {
    return a::list_tokens(c, req.principal->region_id, owner_filter(*req.principal), after, page.limit + 1);
  });
  nlohmann::json next = nullptr;
  if (static_cast<int>(items.size()) > page.limit) {
    items.pop_back();
    next = http::encode_cursor(std::to_string(items.back().id));
  }
  nlohmann::json body = {{"items", nlohmann::json::array()}, {"next_cursor", next}};
  for (const auto& t : items) body["items"].push_back(a::to_json(t));
  return http::Response::json(200, body);
}

http::Response create_route(AppContext& ctx, http::Request& req) {
  auto parsed = parse_new_token(req.json);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&parsed)) throw ProblemError(Problem::validation_failed(*errors));
  auto input = std::get<NewToken>(parsed);
  const auto& p = *req.principal;
  auto now = std::chrono::system_clock::now();
  a::ApiToken t;
  t.region_id = p.region_id;
  t.user_id = p.user_id;
  t.owner_username = p.username;
  t.name = input.name;
  t.scopes = input.scopes;
  t.created_at = format_rfc3339(now);
  t.expires_at = format_rfc3339(now + std::chrono::hours(24) * input.expires_in_days);
  auto secret = a::new_api_token();
  ctx.db->write([&](db::Connection& c) {
    t.id = a::insert_token(c, t, a::secret_hash(secret));
    audit::append(c, audit_context(req), "token.create", "api_token", std::to_string(t.id),
                  {{"name", {{"before", nullptr}, {"after", t.name}}},
                   {"scopes", {{"before", nullptr}, {"after", t.scopes}}},
                   {"expires_at", {{"before", nullptr}, {"after", t.expires_at}}}});
  });
  auto body = a::to_json(t);
  body["token"] = secret;
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
    auto now = now_rfc3339();
    if (a::revoke_token(c, id, now))
      audit::append(c, audit_context(req), "token.revoke", "api_token", std::to_string(id),
                    {{"revoked_at", {{"before", nullptr}, {"after", now}}}});
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
