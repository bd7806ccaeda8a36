#include "modules/account/routes.h"

#include "app/audit_context.h"
#include "audit/diff.h"
#include "auth/guard.h"
#include "auth/password.h"
#include "auth/secrets.h"
#include "auth/session_store.h"
#include "core/clock.h"
#include "modules/account/sign_in.h"
#include "modules/regions/store.h"

namespace simpul::modules::account {

using simpul::auth::Permission;
namespace a = simpul::auth;

namespace {

// Verifying against this keeps a wrong username as slow as a wrong password.
const std::string& dummy_hash() {
  static const std::string hash = a::hash_password("simpul-timing-equaliser");
  return hash;
}

std::string text_field(const nlohmann::json& body, const char* name) {
  auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Problem invalid_credentials() {
  return Problem::of("invalid-credentials", 401,
                     {"Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.",
                      "The username or password is wrong. Check them and try again."});
}

std::string resolve_region(AppContext& ctx, const nlohmann::json& body) {
  auto requested = text_field(body, "region_id");
  if (!requested.empty()) {
    // An unknown region answers like a wrong password: it tells a guesser nothing.
    if (!ctx.db->read([&](db::Connection& c) { return regions::find(c, requested); })) throw ProblemError(invalid_credentials());
    return requested;
  }
  auto regions = ctx.db->read([](db::Connection& c) { return regions::list(c, std::nullopt, 2); });
  if (regions.size() == 1) return regions[0].id;
  throw ProblemError(Problem::validation_failed(
      {{"region_id", {"Pilih daerah tempat akun Anda terdaftar.", "Choose the region your account belongs to."}}}));
}

std::string session_cookie(const std::string& value, long max_age, bool secure) {
  return std::string(a::kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age) + (secure ? "; Secure" : "");
}

Problem account_locked(const a::User& u) {
  if (u.locked)
    return Problem::of("account-locked", 403,
                       {"Akun ini dikunci oleh administrator. Hubungi Service Desk Diskominfo untuk membukanya.",
                        "This account was locked by an administrator. Contact the ICT office's Service Desk to unlock it."});
  Problem p = Problem::of("account-locked", 403,
                          {"Akun ini terkunci sementara karena terlalu banyak kata sandi salah, sampai " + u.locked_until + " (UTC).",
                           "This account is locked for a while after too many wrong passwords, until " + u.locked_until + " (UTC)."});
  p.extensions = {{"locked_until", u.locked_until}};
  return p;
}

nlohmann::json me_body(const a::Principal& p, const a::User& user, const std::string& expires_at,
                       const std::string& idle_expires_at) {
  return {{"user", a::to_json(user)},
          {"csrf_token", p.via == a::Principal::Via::session ? nlohmann::json(p.csrf_token) : nlohmann::json(nullptr)},
          {"expires_at", expires_at.empty() ? nlohmann::json(nullptr) : nlohmann::json(expires_at)},
          {"idle_expires_at", idle_expires_at.empty() ? nlohmann::json(nullptr) : nlohmann::json(idle_expires_at)},
          {"via", p.via == a::Principal::Via::session ? "session" : "token"}};
}

http::Response login(AppContext& ctx, http::Request& req) {
  auto username = text_field(req.json, "username");
  auto password = text_field(req.json, "password");
  std::vector<FieldError> missing;
  if (username.empty()) missing.push_back({"username", {"Isi nama pengguna.", "Enter your username."}});
  if (password.empty()) missing.push_back({"password", {"Isi kata sandi.", "Enter your password."}});
  if (!missing.empty()) throw ProblemError(Problem::validation_failed(std::move(missing)));

  // Only failed sign-ins count, so a whole office signing in at eight behind one address is never held up.
  auto client = a::client_address(req);
  long wait = std::max(ctx.logins_by_client->wait(client), ctx.logins_by_username->wait(username));
  if (wait > 0) {
    auto res = http::Response::problem(Problem::too_many_attempts(wait), req);
    res.header("retry-after", std::to_string(wait));
    return res;
  }

  auto region_id = resolve_region(ctx, req.json);
  auto user = ctx.db->read([&](db::Connection& c) { return a::find_user_by_username(c, region_id, username); });
  auto now = std::chrono::system_clock::now();
  auto now_text = format_rfc3339(now);
  bool password_ok = a::verify_password(user ? user->password_hash : dummy_hash(), password);
  if (!password_ok) {
    ctx.logins_by_client->record(client);
    ctx.logins_by_username->record(username);
  }

  if (!user) {
    ctx.db->write([&](db::Connection& c) {
      audit::append(c, anonymous_audit_context(req, region_id), "session.login_failed", "user", username,
                    {{"reason", {{"before", nullptr}, {"after", "unknown_user"}}}});
    });
    throw ProblemError(invalid_credentials());
  }
  if (user->is_locked(now_text)) throw ProblemError(account_locked(*user));

  if (!password_ok) {
    ctx.db->write([&](db::Connection& c) {
      auto count = a::count_failed_login(c, user->id, now_text);
      nlohmann::json changes = {{"failed_logins", {{"before", count - 1}, {"after", count}}}};
      if (locks_after(static_cast<int>(count))) {
        auto locked_until = format_rfc3339(now + kLockDuration);
        a::lock_temporarily(c, user->id, locked_until, now_text);
        changes["locked_until"] = {{"before", nullptr}, {"after", locked_until}};
      }
      audit::append(c, anonymous_audit_context(req, region_id), "session.login_failed", "user", std::to_string(user->id), changes);
    });
    // Even the failure that locks answers like any wrong password, so the answer
    // does not tell a guesser that the username exists.
    throw ProblemError(invalid_credentials());
  }

  auto secret = a::new_session_secret();
  a::Session session;
  session.region_id = region_id;
  session.user_id = user->id;
  session.csrf_token = a::new_csrf_token();
  session.created_at = session.last_seen_at = now_text;
  session.expires_at = format_rfc3339(now + ctx.config.session_absolute);
  ctx.db->write([&](db::Connection& c) {
    if (user->failed_logins != 0 || !user->locked_until.empty()) a::clear_failed_logins(c, user->id);
    session.id = a::insert_session(c, session, a::secret_hash(secret), a::client_address(req));
    audit::Context actx = anonymous_audit_context(req, region_id);
    actx.actor = {user->id, user->username, a::role_code(user->role)};
    audit::append(c, actx, "session.login", "session", std::to_string(session.id), nlohmann::json::object());
  });
  auto max_age = std::chrono::duration_cast<std::chrono::seconds>(ctx.config.session_absolute).count();
  auto res = http::Response::json(200, {{"user", a::to_json(*user)},
                                        {"csrf_token", session.csrf_token},
                                        {"expires_at", session.expires_at},
                                        {"must_change_password", user->must_change_password}});
  res.header("set-cookie", session_cookie(secret, max_age, ctx.config.tls_enabled()));
  res.header("cache-control", "no-store");
  return res;
}

http::Response logout(AppContext& ctx, http::Request& req) {
  const auto& p = *req.principal;
  ctx.db->write([&](db::Connection& c) {
    if (p.via == a::Principal::Via::session) a::delete_session(c, p.session_id);
    audit::append(c, audit_context(req), "session.logout", "session", std::to_string(p.session_id), nlohmann::json::object());
  });
  http::Response res;
  res.status = 204;
  res.header("set-cookie", session_cookie("", 0, ctx.config.tls_enabled()));
  return res;
}

http::Response me(AppContext& ctx, http::Request& req) {
  const auto& p = *req.principal;
  auto user = ctx.db->read([&](db::Connection& c) { return a::find_user(c, p.region_id, p.user_id); });
  auto now = std::chrono::system_clock::now();
  std::string expires_at, idle_expires_at;
  auto row = ctx.db->read([&](db::Connection& c) {
    return p.via == a::Principal::Via::session
               ? c.query("SELECT expires_at FROM sessions WHERE session_id = ?", {p.session_id})
               : c.query("SELECT expires_at FROM api_tokens WHERE token_id = ?", {p.token_id});
  });
  if (!row.empty()) expires_at = row[0].text(0);
  if (p.via == a::Principal::Via::session) idle_expires_at = format_rfc3339(now + ctx.config.session_idle);
  auto res = http::Response::json(200, me_body(p, user.value(), expires_at, idle_expires_at));
  res.header("cache-control", "no-store");
  return res;
}

http::Response change_password(AppContext& ctx, http::Request& req) {
  const auto& p = *req.principal;
  auto current = text_field(req.json, "current_password");
  auto proposed = text_field(req.json, "new_password");
  auto user = ctx.db->read([&](db::Connection& c) { return a::find_user(c, p.region_id, p.user_id); }).value();
  std::vector<FieldError> errors;
  if (!a::verify_password(user.password_hash, current))
    errors.push_back({"current_password", {"Kata sandi saat ini salah.", "The current password is wrong."}});
  auto rules = a::password_problems(proposed, user.username, "new_password");
  errors.insert(errors.end(), rules.begin(), rules.end());
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(std::move(errors)));
  if (current == proposed)
    throw ProblemError(Problem::validation_failed(
        {{"new_password", {"Kata sandi baru harus berbeda dari yang lama.", "The new password must differ from the old one."}}}));

  a::User updated = user;
  updated.password_hash = a::hash_password(proposed);
  updated.must_change_password = false;
  updated.updated_at = now_rfc3339();
  ctx.db->write([&](db::Connection& c) {
    if (!a::update_user(c, updated, user.version))
      throw ProblemError(Problem::conflict({"Akun Anda baru saja diubah; coba lagi.", "Your account just changed; try again."}));
    a::delete_user_sessions(c, user.id, p.via == a::Principal::Via::session ? p.session_id : 0);
    nlohmann::json changes = {{"password", {{"before", "(tersembunyi)"}, {"after", "(diganti)"}}}};
    if (user.must_change_password) changes["must_change_password"] = {{"before", true}, {"after", false}};
    audit::append(c, audit_context(req), "user.change_password", "user", std::to_string(user.id), changes);
  });
  http::Response res;
  res.status = 204;
  return res;
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("POST", "/api/v1/auth/login", Permission::public_access, [&ctx](http::Request& r) { return login(ctx, r); },
             http::Body::json);
  router.add("POST", "/api/v1/auth/logout", Permission::own_account, [&ctx](http::Request& r) { return logout(ctx, r); });
  router.add("GET", "/api/v1/auth/me", Permission::own_account, [&ctx](http::Request& r) { return me(ctx, r); });
  router.add("POST", "/api/v1/auth/password", Permission::own_account,
             [&ctx](http::Request& r) { return change_password(ctx, r); }, http::Body::json);
}

}  // namespace simpul::modules::account
