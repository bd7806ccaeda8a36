#pragma once
// The one place that decides whether a request may proceed. Pure: it looks
// only at the principal, the route's permission and the HTTP method. Access
// limited to the authorised ("pembatasan akses"): Perwali Madiun 39/2021 Pasal 11
// ayat (3) huruf a and Pasal 25 ayat (2); Perwali Probolinggo 54/2022 Pasal 21 ayat (3).
#include <cstdint>
#include <string_view>

#include "auth/permission.h"
#include "auth/principal.h"

namespace simpul::auth {

enum class Decision {
  allow,
  unauthenticated,           // 401: sign in first
  forbidden,                 // 403: the role may not
  password_change_required,  // 403: only the password change is open
  token_scope,               // 403: the API token's scopes do not cover the method
};

// Which roles a permission admits (public_access admits everyone, even no one signed in).
bool role_allows(Role role, Permission permission);

// `principal` is null for anonymous requests.
Decision decide(const Principal* principal, Permission permission, std::string_view method);

// Agency scope for records owned by an agency: operators reach only their own.
bool may_access_agency(const Principal& principal, int64_t agency_id);

bool is_mutation(std::string_view method);

}  // namespace simpul::auth
