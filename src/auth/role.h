#pragma once
// The five roles of DESIGN.md ("Who uses it"), per region.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::auth {

enum class Role { superadmin, agency_operator, leadership, auditor, citizen };

std::optional<Role> parse_role(std::string_view code);
const char* role_code(Role role);
const std::vector<Role>& all_roles();

}  // namespace simpul::auth
