#include "auth/user_store.h"

namespace simpul::auth {

namespace {
db::Value optional_id(const std::optional<int64_t>& v) { return v ? db::Value(*v) : db::Value(db::Null{}); }
db::Value optional_text(const std::string& v) { return v.empty() ? db::Value(db::Null{}) : db::Value(v); }
}  // namespace

std::string user_columns(const std::string& p) {
  std::string out;
  for (const char* column : {"user_id", "region_id", "username", "display_name", "role", "agency_id", "password_hash",
                             "must_change_password", "failed_logins", "locked", "locked_until", "version", "created_at",
                             "updated_at"})
    out += (out.empty() ? "" : ", ") + p + column;
  return out;
}

User user_from_row(const db::Row& r, size_t o) {
  User u;
  u.id = r.int64(o);
  u.region_id = r.text(o + 1);
  u.username = r.text(o + 2);
  u.display_name = r.text(o + 3);
  u.role = parse_role(r.text(o + 4)).value_or(Role::citizen);
  if (!r.is_null(o + 5)) u.agency_id = r.int64(o + 5);
  u.password_hash = r.text(o + 6);
  u.must_change_password = r.int64(o + 7) != 0;
  u.failed_logins = r.int64(o + 8);
  u.locked = r.int64(o + 9) != 0;
  u.locked_until = r.is_null(o + 10) ? "" : r.text(o + 10);
  u.version = r.int64(o + 11);
  u.created_at = r.text(o + 12);
  u.updated_at = r.text(o + 13);
  return u;
}

nlohmann::json to_json(const User& u) {
  return {{"id", u.id},
          {"region_id", u.region_id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"role", role_code(u.role)},
          {"agency_id", u.agency_id ? nlohmann::json(*u.agency_id) : nlohmann::json(nullptr)},
          {"locked", u.locked},
          {"locked_until", u.locked_until.empty() ? nlohmann::json(nullptr) : nlohmann::json(u.locked_until)},
          {"must_change_password", u.must_change_password},
          {"version", u.version},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at}};
}

std::optional<User> find_user(db::Connection& c, const std::string& region_id, int64_t id) {
  static const std::string sql = "SELECT " + user_columns() + " FROM users WHERE region_id = ? AND user_id = ?";
  auto rows = c.query(sql, {region_id, id});
  if (rows.empty()) return std::nullopt;
  return user_from_row(rows[0]);
}

std::optional<User> find_user_by_username(db::Connection& c, const std::string& region_id, const std::string& username) {
  static const std::string sql = "SELECT " + user_columns() + " FROM users WHERE region_id = ? AND username = ?";
  auto rows = c.query(sql, {region_id, username});
  if (rows.empty()) return std::nullopt;
  return user_from_row(rows[0]);
}

std::vector<User> list_users(db::Connection& c, const std::string& region_id, const UserFilter& f) {
  static const std::string sql = "SELECT " + user_columns() +
                                 " FROM users WHERE region_id = ? AND user_id > ?"
                                 " AND (CAST(? AS TEXT) IS NULL OR role = ?)"
                                 " AND (CAST(? AS BIGINT) IS NULL OR agency_id = ?)"
                                 " ORDER BY user_id LIMIT ?";
  db::Value role = f.role ? db::Value(std::string(role_code(*f.role))) : db::Value(db::Null{});
  db::Value agency = optional_id(f.agency_id);
  std::vector<User> out;
  for (const auto& row : c.query(sql, {region_id, f.after_id, role, role, agency, agency, int64_t{f.limit}}))
    out.push_back(user_from_row(row));
  return out;
}

int64_t insert_user(db::Connection& c, const User& u) {
  auto rows = c.query(
      "INSERT INTO users (region_id, username, display_name, role, agency_id, password_hash, must_change_password,"
      " failed_logins, locked, locked_until, version, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, 1, ?, ?) RETURNING user_id",
      {u.region_id, u.username, u.display_name, std::string(role_code(u.role)), optional_id(u.agency_id), u.password_hash,
       int64_t{u.must_change_password}, u.created_at, u.updated_at});
  return rows.at(0).int64(0);
}

int64_t count_failed_login(db::Connection& c, int64_t user_id, const std::string& now) {
  return c.query("UPDATE users SET failed_logins = failed_logins + 1, updated_at = ? WHERE user_id = ? RETURNING failed_logins",
                 {now, user_id})
      .at(0)
      .int64(0);
}

void lock_temporarily(db::Connection& c, int64_t user_id, const std::string& until, const std::string& now) {
  c.execute("UPDATE users SET failed_logins = 0, locked_until = ?, version = version + 1, updated_at = ? WHERE user_id = ?",
            {until, now, user_id});
}

void clear_failed_logins(db::Connection& c, int64_t user_id) {
  c.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE user_id = ?", {user_id});
}

bool update_user(db::Connection& c, const User& u, int64_t expected_version) {
  return c.execute(
             "UPDATE users SET display_name = ?, role = ?, agency_id = ?, password_hash = ?, must_change_password = ?,"
             " failed_logins = ?, locked = ?, locked_until = ?, version = version + 1, updated_at = ?"
             " WHERE region_id = ? AND user_id = ? AND version = ?",
             {u.display_name, std::string(role_code(u.role)), optional_id(u.agency_id), u.password_hash,
              int64_t{u.must_change_password}, u.failed_logins, int64_t{u.locked}, optional_text(u.locked_until),
              u.updated_at, u.region_id, u.id, expected_version}) == 1;
}

}  // namespace simpul::auth
