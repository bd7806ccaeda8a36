#pragma once
// What a person record may contain, pure (the NIP rule is in nip.h).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/people/model.h"

namespace simpul::modules::people {

struct PersonInput {
  std::optional<std::optional<int64_t>> agency_id;
  std::optional<std::optional<std::string>> nip;
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> email;
  std::optional<std::optional<std::string>> phone;
  std::optional<std::vector<std::string>> spbe_roles;
  std::optional<std::optional<int64_t>> user_id;
};

// Throws 422 with every field error; `today` (YYYY-MM-DD) bounds the NIP's appointment date.
PersonInput parse_person(const nlohmann::json& body, bool creating, const std::string& today);
void apply(const PersonInput& input, Person& p);

}  // namespace simpul::modules::people
