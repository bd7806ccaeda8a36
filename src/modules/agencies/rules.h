#pragma once
// What an agency record may contain, pure.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"
#include "modules/agencies/model.h"

namespace simpul::modules::agencies {

struct AgencyInput {
  std::optional<std::string> name;
  std::optional<std::string> short_name;
  std::optional<std::string> kind;
  std::optional<std::optional<int64_t>> parent_agency_id;
  std::optional<std::vector<std::string>> roles;
};

// For a new agency name, short_name and kind are required; for a change nothing is.
// Throws 422 with every field error.
AgencyInput parse_agency(const nlohmann::json& body, bool creating);
void apply(const AgencyInput& input, Agency& a);

// Field errors for rules that need the other agencies of the region: short names
// unique, each coordinating role held once, a parent that exists and is no descendant.
std::vector<FieldError> conflicts_with(const Agency& a, const std::vector<Agency>& region_agencies);

}  // namespace simpul::modules::agencies
