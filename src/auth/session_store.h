#pragma once
// SQL for browser sessions and API tokens. Secrets are looked up by hash.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/user_store.h"
#include "db/database.h"

namespace simpul::auth {

struct Session {
  int64_t id = 0;
  std::string region_id;
  int64_t user_id = 0;
  std::string csrf_token;
  std::string created_at, last_seen_at, expires_at;
};

int64_t insert_session(db::Connection& c, const Session& s, const std::string& token_hash, const std::string& client);
// The session with this secret hash and its user, whatever their state (the caller checks expiry).
std::optional<std::pair<Session, User>> find_session(db::Connection& c, const std::string& token_hash);
void touch_session(db::Connection& c, int64_t session_id, const std::string& now);
void delete_session(db::Connection& c, int64_t session_id);
// Ends all of a user's sessions but one (0: all).
void delete_user_sessions(db::Connection& c, int64_t user_id, int64_t keep_session_id = 0);

struct ApiToken {
  int64_t id = 0;
  std::string region_id;
  int64_t user_id = 0;
  std::string owner_username;
  std::string name;
  std::vector<std::string> scopes;  // "read", "write"
  std::string created_at, expires_at, last_used_at, revoked_at;
};

nlohmann::json to_json(const ApiToken& t);
int64_t insert_token(db::Connection& c, const ApiToken& t, const std::string& token_hash);
std::optional<std::pair<ApiToken, User>> find_token_by_hash(db::Connection& c, const std::string& token_hash);
std::optional<ApiToken> find_token(db::Connection& c, const std::string& region_id, int64_t token_id);
// A user's tokens (or, with user_id 0, the region's), newest last, after `after_id`.
std::vector<ApiToken> list_tokens(db::Connection& c, const std::string& region_id, int64_t user_id, int64_t after_id, int limit);
bool revoke_token(db::Connection& c, int64_t token_id, const std::string& now);
void touch_token(db::Connection& c, int64_t token_id, const std::string& now);

}  // namespace simpul::auth
