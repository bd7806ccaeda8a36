#include "auth/role.h"

namespace simpul::auth {

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = {Role::superadmin, Role::agency_operator, Role::leadership, Role::auditor,
                                          Role::citizen};
  return roles;
}

const char* role_code(Role role) {
  switch (role) {
    case Role::superadmin: return "superadmin";
    case Role::agency_operator: return "agency_operator";
    case Role::leadership: return "leadership";
    case Role::auditor: return "auditor";
    case Role::citizen: return "citizen";
  }
  return "citizen";
}

std::optional<Role> parse_role(std::string_view code) {
  for (Role r : all_roles())
    if (code == role_code(r)) return r;
  return std::nullopt;
}

}  // namespace simpul::auth
