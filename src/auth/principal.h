#pragma once
// Who is making a request, once their session or API token checked out.
#include <cstdint>
#include <optional>
#include <string>

#include "auth/role.h"

namespace simpul::auth {

struct Principal {
  int64_t user_id = 0;
  std::string region_id;
  std::string username;
  std::string display_name;
  Role role = Role::citizen;
  std::optional<int64_t> agency_id;  // agency operators only
  bool must_change_password = false;

  enum class Via { session, token } via = Via::session;
  int64_t session_id = 0;  // via session
  std::string csrf_token;  // via session
  int64_t token_id = 0;    // via token
  bool scope_read = true;  // via token: what the token's scopes allow
  bool scope_write = true;
};

}  // namespace simpul::auth
