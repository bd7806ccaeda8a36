// `simpul user …`, `simpul token …`, `simpul audit …`: administration from the
// server's shell, audited with the operating-system user as the actor.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "audit/diff.h"
#include "audit/log.h"
#include "audit/signing.h"
#include "audit/verify.h"
#include "auth/password.h"
#include "auth/session_store.h"
#include "auth/user_store.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "core/digest.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"
#include "modules/tokens/lifecycle.h"
#include "modules/users/create.h"

namespace simpul::cli {

namespace {

using Options = std::map<std::string, std::string>;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string option(const Options& o, const std::string& key, const std::string& fallback = "") {
  auto it = o.find(key);
  return it != o.end() ? it->second : fallback;
}

std::string required(const Options& o, const std::string& key) {
  auto v = option(o, key);
  if (v.empty()) {
    std::string flag = "--" + key;
    for (auto& c : flag) c = c == '_' ? '-' : c;
    throw UsageError("this command needs " + flag);
  }
  return v;
}

std::string region_of(db::Database& db, const Options& o) {
  if (auto r = option(o, "region"); !r.empty()) return r;
  auto regions = db.read([](db::Connection& c) { return modules::regions::list(c, std::nullopt, 2); });
  if (regions.size() == 1) return regions[0].id;
  throw UsageError(regions.empty() ? "the database has no region yet (run 'simpul demo' or create one)"
                                   : "the database holds several regions; name one with --region");
}

audit::Context cli_context(const std::string& region) {
  const char* user = std::getenv("USER");
  return {region, {std::nullopt, std::string("cli:") + (user ? user : "unknown"), "system"}, "cli-" + request_id(), "local"};
}

auth::User user_named(db::Connection& c, const std::string& region, const std::string& username) {
  auto u = auth::find_user_by_username(c, region, username);
  if (!u) throw UsageError("there is no user '" + username + "' in region " + region);
  return *u;
}

void print_user(const auth::User& u) {
  std::cout << u.id << "\t" << u.username << "\t" << auth::role_code(u.role) << "\t"
            << (u.agency_id ? std::to_string(*u.agency_id) : "-") << "\t" << (u.locked ? "locked" : "active") << "\t"
            << u.display_name << "\n";
}

int user_add(db::Database& db, const Options& o) {
  nlohmann::json body = {{"username", required(o, "username")},
                         {"display_name", option(o, "display_name", required(o, "username"))},
                         {"role", required(o, "role")}};
  if (auto agency = option(o, "agency_id"); !agency.empty()) body["agency_id"] = std::stoll(agency);
  auto parsed = modules::users::parse_new_user(body);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&parsed)) {
    for (const auto& e : *errors) std::cerr << "simpul: " << e.field << ": " << e.message.en << "\n";
    return 2;
  }
  auto input = std::get<modules::users::NewUser>(parsed);
  auto region = region_of(db, o);
  auto temporary = auth::temporary_password();
  auth::User u = modules::users::new_user(region, input, auth::hash_password(temporary), true);
  db.write([&](db::Connection& c) {
    if (u.agency_id && !modules::agencies::exists(c, region, *u.agency_id))
      throw UsageError("agency " + std::to_string(*u.agency_id) + " does not exist in region " + region);
    if (auth::find_user_by_username(c, region, u.username)) throw UsageError("the username '" + u.username + "' is taken");
    modules::users::create(c, cli_context(region), u);
  });
  print_user(u);
  std::cout << "Temporary password (shown once; the user must change it at first sign-in): " << temporary << "\n";
  return 0;
}

int user_list(db::Database& db, const Options& o) {
  auto region = region_of(db, o);
  auth::UserFilter f;
  f.limit = 1000;
  while (true) {
    auto users = db.read([&](db::Connection& c) { return auth::list_users(c, region, f); });
    for (const auto& u : users) print_user(u);
    if (static_cast<int>(users.size()) < f.limit) return 0;
    f.after_id = users.back().id;
  }
}

int user_change(db::Database& db, const Options& o, const std::string& action) {
  auto region = region_of(db, o);
  auto username = required(o, "username");
  std::string temporary = action == "reset" ? auth::temporary_password() : "";
  std::string hash = temporary.empty() ? "" : auth::hash_password(temporary);
  db.write([&](db::Connection& c) {
    auto before = user_named(c, region, username);
    auto after = before;
    if (action == "lock") after.locked = true;
    if (action == "unlock") {
      after.locked = false;
      after.locked_until.clear();
      after.failed_logins = 0;
    }
    if (action == "reset") {
      after.password_hash = hash;
      after.must_change_password = true;
    }
    after.updated_at = now_rfc3339();
    auth::update_user(c, after, before.version);
    if (action != "unlock") auth::delete_user_sessions(c, before.id);
    std::string audit_action = action == "reset" ? "user.reset_password" : "user." + action;
    audit::append(c, cli_context(region), audit_action, "user", std::to_string(before.id),
                  audit::changes_between(auth::to_json(before), auth::to_json(after)));
  });
  if (!temporary.empty()) std::cout << "Temporary password for " << username << " (shown once): " << temporary << "\n";
  else std::cout << username << ": " << action << "ed\n";
  return 0;
}

int token_create(db::Database& db, const Options& o) {
  auto region = region_of(db, o);
  nlohmann::json scopes = nlohmann::json::array();
  std::stringstream list(option(o, "scopes", "read"));
  for (std::string s; std::getline(list, s, ',');) scopes.push_back(s);
  nlohmann::json body = {{"name", required(o, "name")}, {"scopes", scopes}, {"expires_in_days", std::stoi(option(o, "days", "90"))}};
  auto parsed = modules::tokens::parse_new_token(body);
  if (auto* errors = std::get_if<std::vector<FieldError>>(&parsed)) {
    for (const auto& e : *errors) std::cerr << "simpul: " << e.field << ": " << e.message.en << "\n";
    return 2;
  }
  auto input = std::get<modules::tokens::NewToken>(parsed);
  auto issued = db.write([&](db::Connection& c) {
    auto owner = user_named(c, region, required(o, "username"));
    if (owner.role == auth::Role::citizen) throw UsageError("citizens cannot have API tokens");
    return modules::tokens::issue(c, cli_context(region), owner, input);
  });
  const auto& t = issued.token;
  std::cout << "Token " << t.id << " for " << t.owner_username << " (" << option(o, "scopes", "read") << "), expires "
            << t.expires_at << "\n"
            << issued.secret << "\n(shown once; store it now)\n";
  return 0;
}

int token_revoke(db::Database& db, const Options& o) {
  auto region = region_of(db, o);
  int64_t id = std::stoll(required(o, "id"));
  bool revoked = db.write([&](db::Connection& c) {
    if (!auth::find_token(c, region, id)) throw UsageError("there is no token " + std::to_string(id) + " in region " + region);
    return modules::tokens::revoke(c, cli_context(region), id);
  });
  std::cout << "Token " << id << (revoked ? " revoked" : " was already revoked") << "\n";
  return 0;
}

int audit_verify(db::Database& db, const config::Config& config, const Options& o) {
  std::optional<audit::InstanceKey> key;
  try {
    key = audit::InstanceKey::load(config.instance_key);
  } catch (const std::exception& e) {
    std::cerr << "simpul: warning: " << e.what() << "; signatures cannot be checked\n";
  }
  std::vector<std::string> regions;
  if (auto r = option(o, "region"); !r.empty()) regions.push_back(r);
  else
    for (const auto& r : db.read([](db::Connection& c) { return modules::regions::list(c, std::nullopt, 100); })) regions.push_back(r.id);
  bool all_ok = true;
  for (const auto& region : regions) {
    auto v = audit::verify_region(db, region, key ? &*key : nullptr);
    std::cout << region << ": " << v.entries << " entries";
    if (v.first_broken) std::cout << "; BROKEN at entry " << v.first_broken->seq << ": " << v.first_broken->reason;
    else std::cout << "; chain intact";
    if (v.signature_valid) std::cout << "; head signed at entry " << *v.signed_seq << ": signature " << (*v.signature_valid ? "valid" : "INVALID");
    else std::cout << "; no signature checked";
    std::cout << "\n";
    all_ok &= v.ok();
  }
  return all_ok ? 0 : 1;
}

}  // namespace

int identity_command(const std::string& command, const config::Config& config, const Options& options) {
  auto db = open_migrated(config, true);
  if (!db) return 1;
  try {
    if (command == "user add") return user_add(*db, options);
    if (command == "user list") return user_list(*db, options);
    if (command == "user lock") return user_change(*db, options, "lock");
    if (command == "user unlock") return user_change(*db, options, "unlock");
    if (command == "user reset") return user_change(*db, options, "reset");
    if (command == "token create") return token_create(*db, options);
    if (command == "token revoke") return token_revoke(*db, options);
    if (command == "audit verify") return audit_verify(*db, config, options);
    if (command == "audit sign") {
      int n = audit::sign_heads(*db, audit::InstanceKey::load_or_create(config.instance_key));
      std::cout << "Signed the audit chain head of " << n << " region" << (n == 1 ? "" : "s") << "\n";
      return 0;
    }
  } catch (const UsageError& e) {
    std::cerr << "simpul: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "simpul: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "simpul: unknown command '" << command << "'\n";
  return 2;
}

}  // namespace simpul::cli
