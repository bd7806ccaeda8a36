#pragma once
// The "changes" of an audit entry: for each field that differs, its value
// before and after. Pure.
#include <nlohmann/json.hpp>

namespace simpul::audit {

// Objects (or null for "did not exist"). Fields equal on both sides are left out.
nlohmann::json changes_between(const nlohmann::json& before, const nlohmann::json& after);

}  // namespace simpul::audit
