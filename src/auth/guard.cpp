#include "auth/guard.h"

#include <openssl/crypto.h>

#include "auth/policy.h"
#include "auth/secrets.h"
#include "auth/session_store.h"
#include "core/clock.h"

namespace simpul::auth {

namespace {

// Last-seen times are written at most this often (a write per request would
// cost more than the request), but often enough for the idle limit to hold.
std::chrono::seconds touch_interval(std::chrono::seconds idle) {
  return std::min(std::chrono::seconds(60), std::max(std::chrono::seconds(1), idle / 5));
}
constexpr auto kTokenTouchEvery = std::chrono::seconds(60);

Problem signed_out(Text detail) { return Problem::authentication_required(std::move(detail)); }

bool equal_secret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

Principal principal_of(const User& u) {
  Principal p;
  p.user_id = u.id;
  p.region_id = u.region_id;
  p.username = u.username;
  p.display_name = u.display_name;
  p.role = u.role;
  p.agency_id = u.agency_id;
  p.must_change_password = u.must_change_password;
  return p;
}

std::optional<Principal> from_session(AppContext& ctx, const std::string& secret) {
  auto now = std::chrono::system_clock::now();
  auto now_text = format_rfc3339(now);
  auto found = ctx.db->read([&](db::Connection& c) { return find_session(c, secret_hash(secret)); });
  if (!found) return std::nullopt;
  auto& [session, user] = *found;
  bool idle = session.last_seen_at < format_rfc3339(now - ctx.config.session_idle);
  if (session.expires_at <= now_text || idle || user.is_locked(now_text)) {
    ctx.db->write([&](db::Connection& c) { delete_session(c, session.id); });
    return std::nullopt;
  }
  if (session.last_seen_at < format_rfc3339(now - touch_interval(ctx.config.session_idle)))
    ctx.db->write([&](db::Connection& c) { touch_session(c, session.id, now_text); });
  Principal p = principal_of(user);
  p.via = Principal::Via::session;
  p.session_id = session.id;
  p.csrf_token = session.csrf_token;
  return p;
}

Principal from_token(AppContext& ctx, const std::string& secret) {
  auto now = std::chrono::system_clock::now();
  auto now_text = format_rfc3339(now);
  auto found = ctx.db->read([&](db::Connection& c) { return find_token_by_hash(c, secret_hash(secret)); });
  if (!found || !found->first.revoked_at.empty() || found->first.expires_at <= now_text || found->second.is_locked(now_text))
    throw ProblemError(signed_out({"Token API tidak dikenal, sudah dicabut, atau kedaluwarsa.",
                                   "The API token is unknown, revoked or expired."}));
  auto& [token, user] = *found;
  if (token.last_used_at.empty() || token.last_used_at < format_rfc3339(now - kTokenTouchEvery))
    ctx.db->write([&](db::Connection& c) { touch_token(c, token.id, now_text); });
  Principal p = principal_of(user);
  p.via = Principal::Via::token;
  p.token_id = token.id;
  p.scope_read = p.scope_write = false;
  for (const auto& s : token.scopes) {
    if (s == "read") p.scope_read = true;
    if (s == "write") p.scope_write = true;
  }
  return p;
}

std::optional<Principal> authenticate(AppContext& ctx, const http::Request& req) {
  auto authorization = req.header("authorization");
  if (authorization.rfind("Bearer ", 0) == 0) return from_token(ctx, std::string(authorization.substr(7)));
  auto secret = cookie_value(req.header("cookie"), kSessionCookie);
  if (!secret.empty()) return from_session(ctx, secret);
  return std::nullopt;
}

}  // namespace

std::string client_address(const http::Request& req) {
  auto colon = req.remote.rfind(':');
  return colon == std::string::npos ? req.remote : req.remote.substr(0, colon);
}

http::Middleware guard(AppContext& ctx) {
  return [&ctx](http::Request& req, const http::Handler& next) {
    if (!req.route || req.route->permission == Permission::public_access) return next(req);
    req.principal = authenticate(ctx, req);
    switch (decide(req.principal ? &*req.principal : nullptr, req.route->permission, req.method)) {
      case Decision::allow: break;
      case Decision::unauthenticated:
        throw ProblemError(signed_out({"Silakan masuk untuk membuka halaman ini. Jika tadi sudah masuk, sesi Anda telah berakhir.",
                                       "Please sign in to open this. If you were signed in, your session has ended."}));
      case Decision::forbidden:
        throw ProblemError(Problem::forbidden({"Peran Anda tidak memiliki izin untuk tindakan ini.",
                                               "Your role is not allowed to do this."}));
      case Decision::password_change_required:
        throw ProblemError(Problem::of("password-change-required", 403,
                                       {"Ganti kata sandi Anda terlebih dahulu sebelum melanjutkan.",
                                        "Change your password before you continue."}));
      case Decision::token_scope:
        throw ProblemError(Problem::of("token-scope", 403,
                                       {"Token API ini hanya untuk membaca; buat token dengan cakupan 'write' untuk mengubah data.",
                                        "This API token is read-only; create one with the 'write' scope to change data."}));
    }
    if (req.principal->via == Principal::Via::session && is_mutation(req.method) &&
        !equal_secret(req.header("x-csrf-token"), req.principal->csrf_token))
      throw ProblemError(Problem::of("csrf-failed", 403,
                                     {"Permintaan ditolak karena token keamanan (CSRF) tidak ada atau salah. Muat ulang halaman lalu coba lagi.",
                                      "The request was refused because its security (CSRF) token is missing or wrong. Reload the page and try again."}));
    return next(req);
  };
}

}  // namespace simpul::auth
