#include "modules/users/create.h"

#include "audit/diff.h"
#include "core/clock.h"

namespace simpul::modules::users {

auth::User new_user(const std::string& region_id, const NewUser& input, std::string password_hash, bool must_change_password) {
  auth::User u;
  u.region_id = region_id;
  u.username = input.username;
  u.display_name = input.display_name;
  u.role = input.role;
  u.agency_id = input.agency_id;
  u.password_hash = std::move(password_hash);
  u.must_change_password = must_change_password;
  u.created_at = u.updated_at = now_rfc3339();
  return u;
}

void create(db::Connection& c, const audit::Context& ctx, auth::User& u) {
  u.id = auth::insert_user(c, u);
  audit::append(c, ctx, "user.create", "user", std::to_string(u.id), audit::changes_between(nullptr, auth::to_json(u)));
}

}  // namespace simpul::modules::users
