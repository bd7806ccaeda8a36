#pragma once
// Creating a user, with its audit entry, inside the caller's write
// transaction. Shared by the API, `simpul user add` and `simpul demo`.
#include "audit/log.h"
#include "auth/user_store.h"
#include "modules/users/rules.h"

namespace simpul::modules::users {

// The record for checked input; the password is hashed already (hashing is slow,
// so callers do it before they take the write lock).
auth::User new_user(const std::string& region_id, const NewUser& input, std::string password_hash, bool must_change_password);

// Inserts `u`, sets its id and writes `user.create`.
void create(db::Connection& c, const audit::Context& ctx, auth::User& u);

}  // namespace simpul::modules::users
