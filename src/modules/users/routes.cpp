#include "modules/users/routes.h"

#include <charconv>

#include "app/audit_context.h"
#include "audit/diff.h"
#include "auth/password.h"
#include "auth/session_store.h"
#include "auth/user_store.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "modules/agencies/store.h"
#include "modules/users/create.h"

namespace simpul::modules::users {

namespace a = simpul::auth;
using a::Permission;

namespace {

int64_t id_param(const http::Request& req, const std::string& name) {
  const auto& text = req.param(name);
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id < 1)
    throw ProblemError(Problem::not_found({"Pengguna tidak ditemukan.", "User not found."}));
  return id;
}

a::User load(db::Connection& c, const http::Request& req) {
  auto user = a::find_user(c, req.principal->region_id, id_param(req, "user_id"));
  if (!user) throw ProblemError(Problem::not_found({"Pengguna tidak ditemukan.", "User not found."}));
  return *user;
}

http::Response user_response(int status, const a::User& u) {
  auto res = http::Response::json(status, a::to_json(u));
  res.header("etag", http::etag(u.version));
  return res;
}

void check_agency(db::Connection& c, const std::string& region_id, const std::optional<int64_t>& agency_id) {
  if (agency_id && !agencies::exists(c, region_id, *agency_id))
    throw ProblemError(Problem::validation_failed(
        {{"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
}

// Applies `change` to the user named in the path, with the audit entry, in one transaction.
// Fields that change on every write and say nothing by themselves.
nlohmann::json meaningful_changes(const a::User& before, const a::User& after) {
  auto changes = audit::changes_between(a::to_json(before), a::to_json(after));
  changes.erase("updated_at");
  changes.erase("version");
  if (before.password_hash != after.password_hash) changes["password"] = {{"before", "(tersembunyi)"}, {"after", "(diganti)"}};
  return changes;
}

// A change that changes nothing (locking a locked account) writes nothing: no new version, no audit entry.
template <class Change>
a::User mutate(AppContext& ctx, http::Request& req, const std::string& action, std::optional<int64_t> expected_version,
               Change change) {
  return ctx.db->write([&](db::Connection& c) {
    a::User before = load(c, req);
    if (expected_version && *expected_version != before.version)
      throw ProblemError(Problem::precondition_failed(
          {"Data pengguna ini sudah diubah orang lain. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.",
           "Someone else changed this user. Reload to see the latest version, then make your change again."}));
    a::User after = before;
    change(c, after);
    auto changes = meaningful_changes(before, after);
    if (changes.empty()) return before;
    after.updated_at = now_rfc3339();
    a::update_user(c, after, before.version);
    after.version = before.version + 1;
    audit::append(c, audit_context(req), action, "user", std::to_string(before.id), changes);
    return after;
  });
}

http::Response list_route(AppContext& ctx, http::Request& req) {
  auto page = http::parse_page_request(req);
  a::UserFilter f;
  f.limit = page.limit + 1;
  f.after_id = http::after_number(page).value_or(0);
  if (auto role = req.query_param("role"); role && !role->empty()) {
    f.role = a::parse_role(*role);
    if (!f.role) throw ProblemError(Problem::bad_request({"Peran tidak dikenal.", "Unknown role."}));
  }
  if (auto agency = req.query_param("agency_id"); agency && !agency->empty()) {
    try {
      f.agency_id = std::stoll(*agency);
    } catch (...) {
      throw ProblemError(Problem::bad_request({"agency_id harus berupa angka.", "agency_id must be a number."}));
    }
  }
  auto users = ctx.db->read([&](db::Connection& c) { return a::list_users(c, req.principal->region_id, f); });
  return http::Response::json(
      200, http::page_body(std::move(users), page.limit, [](const a::User& u) { return std::to_string(u.id); },
                           [](const a::User& u) { return a::to_json(u); }));
}

http::Response create_route(AppContext& ctx, http::Request& req) {
  auto parsed = parse_new_user(req.json);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&parsed)) throw ProblemError(Problem::validation_failed(*errors));
  auto input = std::get<NewUser>(parsed);
  std::string temporary = input.password ? "" : a::temporary_password();
  // Whoever set it, the user chooses their own password at first sign-in.
  a::User u = new_user(req.principal->region_id, input, a::hash_password(input.password ? *input.password : temporary), true);
  try {
    ctx.db->write([&](db::Connection& c) {
      check_agency(c, u.region_id, u.agency_id);
      create(c, audit_context(req), u);
    });
  } catch (const db::Error& e) {
    if (e.kind() != db::Error::Kind::unique_violation) throw;
    throw ProblemError(Problem::validation_failed(
        {{"username", {"Nama pengguna ini sudah dipakai.", "This username is already taken."}}}));
  }
  auto res = user_response(201, u);
  if (!temporary.empty()) {
    auto body = a::to_json(u);
    body["temporary_password"] = temporary;
    res.body = body.dump();
  }
  res.header("location", "/api/v1/users/" + std::to_string(u.id));
  res.header("cache-control", "no-store");
  return res;
}

http::Response patch_route(AppContext& ctx, http::Request& req) {
  auto version = http::required_version(req);
  auto parsed = parse_user_changes(req.json);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&parsed)) throw ProblemError(Problem::validation_failed(*errors));
  auto changes = std::get<UserChanges>(parsed);
  auto after = mutate(ctx, req, "user.update", version, [&](db::Connection& c, a::User& u) {
    if (changes.display_name) u.display_name = *changes.display_name;
    if (changes.role) u.role = *changes.role;
    if (changes.agency_id) u.agency_id = *changes.agency_id;
    if (u.role != a::Role::agency_operator && !changes.agency_id) u.agency_id.reset();  // leaving the operator role
    if (auto e = agency_rule(u.role, u.agency_id)) throw ProblemError(Problem::validation_failed({*e}));
    check_agency(c, u.region_id, u.agency_id);
    if (u.id == req.principal->user_id && u.role != a::Role::superadmin)
      throw ProblemError(Problem::forbidden({"Anda tidak dapat mencabut peran superadmin Anda sendiri.",
                                             "You cannot take the superadmin role away from yourself."}));
  });
  return user_response(200, after);
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", "/api/v1/users", Permission::users_manage, [&ctx](http::Request& r) { return list_route(ctx, r); });
  router.add("POST", "/api/v1/users", Permission::users_manage, [&ctx](http::Request& r) { return create_route(ctx, r); },
             http::Body::json);
  router.add("GET", "/api/v1/users/{user_id}", Permission::users_manage, [&ctx](http::Request& r) {
    return user_response(200, ctx.db->read([&](db::Connection& c) { return load(c, r); }));
  });
  router.add("PATCH", "/api/v1/users/{user_id}", Permission::users_manage,
             [&ctx](http::Request& r) { return patch_route(ctx, r); }, http::Body::json);

  router.add("POST", "/api/v1/users/{user_id}/lock", Permission::users_manage, [&ctx](http::Request& r) {
    auto after = mutate(ctx, r, "user.lock", std::nullopt, [&](db::Connection& c, a::User& u) {
      if (u.id == r.principal->user_id)
        throw ProblemError(Problem::forbidden({"Anda tidak dapat mengunci akun Anda sendiri.", "You cannot lock your own account."}));
      u.locked = true;
      a::delete_user_sessions(c, u.id);
    });
    return user_response(200, after);
  });
  router.add("POST", "/api/v1/users/{user_id}/unlock", Permission::users_manage, [&ctx](http::Request& r) {
    auto after = mutate(ctx, r, "user.unlock", std::nullopt, [](db::Connection&, a::User& u) {
      u.locked = false;
      u.locked_until.clear();
      u.failed_logins = 0;
    });
    return user_response(200, after);
  });
  router.add("POST", "/api/v1/users/{user_id}/reset-password", Permission::users_manage, [&ctx](http::Request& r) {
    std::string temporary = a::temporary_password();
    std::string hash = a::hash_password(temporary);
    mutate(ctx, r, "user.reset_password", std::nullopt, [&](db::Connection& c, a::User& u) {
      u.password_hash = hash;
      u.must_change_password = true;
      a::delete_user_sessions(c, u.id);
    });
    auto res = http::Response::json(200, {{"temporary_password", temporary}});
    res.header("cache-control", "no-store");
    return res;
  });
}

}  // namespace simpul::modules::users
