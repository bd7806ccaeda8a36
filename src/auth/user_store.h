#pragma once
// SQL for users.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/role.h"
#include "db/database.h"

namespace simpul::auth {

struct User {
  int64_t id = 0;
  std::string region_id;
  std::string username;
  std::string display_name;
  Role role = Role::citizen;
  std::optional<int64_t> agency_id;
  std::string password_hash;
  bool must_change_password = false;
  int64_t failed_logins = 0;
  bool locked = false;       // by an administrator, until unlocked
  std::string locked_until;  // after repeated failures; empty when not
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;

  // Locked by an administrator, or temporarily after failures, at `now`.
  bool is_locked(const std::string& now) const { return locked || (!locked_until.empty() && locked_until > now); }
};

// The user columns in the order user_from_row() reads them; `prefix` names a joined table ("u.").
std::string user_columns(const std::string& prefix = "");
User user_from_row(const db::Row& r, size_t first_column = 0);

// The public shape (never the password hash).
nlohmann::json to_json(const User& u);

std::optional<User> find_user(db::Connection& c, const std::string& region_id, int64_t id);
std::optional<User> find_user_by_username(db::Connection& c, const std::string& region_id, const std::string& username);

struct UserFilter {
  std::optional<Role> role;
  std::optional<int64_t> agency_id;
  int64_t after_id = 0;
  int limit = 50;
};
std::vector<User> list_users(db::Connection& c, const std::string& region_id, const UserFilter& f);

int64_t insert_user(db::Connection& c, const User& u);  // answers the new id
// Counts one failed sign-in atomically (parallel guesses all count); answers the new count.
int64_t count_failed_login(db::Connection& c, int64_t user_id, const std::string& now);
// Locks the account until `until` and starts counting afresh.
void lock_temporarily(db::Connection& c, int64_t user_id, const std::string& until, const std::string& now);
// Clears the failure count and any temporary lock after a good sign-in.
void clear_failed_logins(db::Connection& c, int64_t user_id);

// Writes every mutable field and bumps the version; answers false when `expected_version` is stale.
bool update_user(db::Connection& c, const User& u, int64_t expected_version);

}  // namespace simpul::auth
