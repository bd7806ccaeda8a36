#pragma once
// What a user record may contain, pure: checked before anything is stored.
#include <optional>
#include <variant>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/role.h"
#include "core/problem.h"

namespace simpul::modules::users {

struct NewUser {
  std::string username;
  std::string display_name;
  auth::Role role = auth::Role::citizen;
  std::optional<int64_t> agency_id;
  std::optional<std::string> password;  // none: a temporary one is generated
};

struct UserChanges {
  std::optional<std::string> display_name;
  std::optional<auth::Role> role;
  std::optional<std::optional<int64_t>> agency_id;  // present-and-null clears it
};

// Parse and check; the field errors name every problem at once.
std::variant<NewUser, std::vector<FieldError>> parse_new_user(const nlohmann::json& body);
std::variant<UserChanges, std::vector<FieldError>> parse_user_changes(const nlohmann::json& body);

// An agency operator needs an agency; the other roles have none.
std::optional<FieldError> agency_rule(auth::Role role, const std::optional<int64_t>& agency_id);

bool valid_username(const std::string& username);

}  // namespace simpul::modules::users
