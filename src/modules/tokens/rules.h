#pragma once
// What a new API token request may contain, pure.
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"

namespace simpul::modules::tokens {

struct NewToken {
  std::string name;
  std::vector<std::string> scopes;  // subset of {"read", "write"}, at least one
  int expires_in_days = 90;         // 1..365
};

std::variant<NewToken, std::vector<FieldError>> parse_new_token(const nlohmann::json& body);

}  // namespace simpul::modules::tokens
