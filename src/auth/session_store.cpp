#include "auth/session_store.h"

#include <sstream>

namespace simpul::auth {

namespace {
std::vector<std::string> split_scopes(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string join_scopes(const std::vector<std::string>& scopes) {
  std::string out;
  for (const auto& s : scopes) out += (out.empty() ? "" : " ") + s;
  return out;
}

constexpr const char* kTokenColumns =
    "t.token_id, t.region_id, t.user_id, u.username, t.name, t.scopes, t.created_at, t.expires_at, t.last_used_at, t.revoked_at";

ApiToken token_from(const db::Row& r) {
  ApiToken t;
  t.id = r.int64(0);
  t.region_id = r.text(1);
  t.user_id = r.int64(2);
  t.owner_username = r.text(3);
  t.name = r.text(4);
  t.scopes = split_scopes(r.text(5));
  t.created_at = r.text(6);
  t.expires_at = r.text(7);
  t.last_used_at = r.is_null(8) ? "" : r.text(8);
  t.revoked_at = r.is_null(9) ? "" : r.text(9);
  return t;
}

nlohmann::json nullable(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
}  // namespace

int64_t insert_session(db::Connection& c, const Session& s, const std::string& token_hash, const std::string& client) {
  return c.query(
              "INSERT INTO sessions (region_id, user_id, token_hash, csrf_token, created_at, last_seen_at, expires_at, client)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING session_id",
              {s.region_id, s.user_id, token_hash, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, client})
      .at(0)
      .int64(0);
}

std::optional<std::pair<Session, User>> find_session(db::Connection& c, const std::string& token_hash) {
  static const std::string sql =
      std::string("SELECT s.session_id, s.region_id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, ") +
      user_columns("u.") + " FROM sessions s JOIN users u ON u.user_id = s.user_id WHERE s.token_hash = ?";
  auto rows = c.query(sql, {token_hash});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  Session s{r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5), r.text(6)};
  return std::make_pair(s, user_from_row(r, 7));
}

void touch_session(db::Connection& c, int64_t session_id, const std::string& now) {
  c.execute("UPDATE sessions SET last_seen_at = ? WHERE session_id = ?", {now, session_id});
}

void delete_session(db::Connection& c, int64_t session_id) {
  c.execute("DELETE FROM sessions WHERE session_id = ?", {session_id});
}

void delete_user_sessions(db::Connection& c, int64_t user_id, int64_t keep_session_id) {
  c.execute("DELETE FROM sessions WHERE user_id = ? AND session_id <> ?", {user_id, keep_session_id});
}

nlohmann::json to_json(const ApiToken& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"scopes", t.scopes},
          {"owner", {{"id", t.user_id}, {"username", t.owner_username}}},
          {"created_at", t.created_at},
          {"expires_at", t.expires_at},
          {"last_used_at", nullable(t.last_used_at)},
          {"revoked_at", nullable(t.revoked_at)}};
}

int64_t insert_token(db::Connection& c, const ApiToken& t, const std::string& token_hash) {
  return c.query(
              "INSERT INTO api_tokens (region_id, user_id, name, token_hash, scopes, created_at, expires_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING token_id",
              {t.region_id, t.user_id, t.name, token_hash, join_scopes(t.scopes), t.created_at, t.expires_at})
      .at(0)
      .int64(0);
}

std::optional<std::pair<ApiToken, User>> find_token_by_hash(db::Connection& c, const std::string& token_hash) {
  static const std::string sql = std::string("SELECT ") + kTokenColumns + ", " + user_columns("u.") +
                                 " FROM api_tokens t JOIN users u ON u.user_id = t.user_id WHERE t.token_hash = ?";
  auto rows = c.query(sql, {token_hash});
  if (rows.empty()) return std::nullopt;
  return std::make_pair(token_from(rows[0]), user_from_row(rows[0], 10));
}

std::optional<ApiToken> find_token(db::Connection& c, const std::string& region_id, int64_t token_id) {
  static const std::string sql = std::string("SELECT ") + kTokenColumns +
                                 " FROM api_tokens t JOIN users u ON u.user_id = t.user_id WHERE t.region_id = ? AND t.token_id = ?";
  auto rows = c.query(sql, {region_id, token_id});
  if (rows.empty()) return std::nullopt;
  return token_from(rows[0]);
}

std::vector<ApiToken> list_tokens(db::Connection& c, const std::string& region_id, int64_t user_id, int64_t after_id, int limit) {
  static const std::string sql = std::string("SELECT ") + kTokenColumns +
                                 " FROM api_tokens t JOIN users u ON u.user_id = t.user_id"
                                 " WHERE t.region_id = ? AND (? = 0 OR t.user_id = ?) AND t.token_id > ?"
                                 " ORDER BY t.token_id LIMIT ?";
  std::vector<ApiToken> out;
  for (const auto& row : c.query(sql, {region_id, user_id, user_id, after_id, int64_t{limit}})) out.push_back(token_from(row));
  return out;
}

bool revoke_token(db::Connection& c, int64_t token_id, const std::string& now) {
  return c.execute("UPDATE api_tokens SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL", {now, token_id}) == 1;
}

void touch_token(db::Connection& c, int64_t token_id, const std::string& now) {
  c.execute("UPDATE api_tokens SET last_used_at = ? WHERE token_id = ?", {now, token_id});
}

}  // namespace simpul::auth
