#pragma once
// Reads a profile from YAML, strictly: every field known, every vocabulary word
// from docs/profiles.md, every reference resolved. Errors say where, e.g.
// `madiun.yaml: obligations[3] (lan-diagram-annual).rule.period: …`.
#include <string>
#include <string_view>
#include <vector>

#include "profiles/model.h"

namespace simpul::profiles {

struct LoadResult {
  std::optional<Profile> profile;   // set only when errors is empty
  std::vector<std::string> errors;
};

LoadResult load_profile(std::string_view yaml_text, const std::string& file_name);

// The profiles compiled into the binary (profiles/*.yaml), loaded once. A built-in
// profile that fails to load is a build defect: the first call throws with every error.
const std::vector<Profile>& builtin_profiles();
const Profile* find_builtin(std::string_view name);
// The source text of a built-in profile's regulation (profiles/sources/…), or empty.
std::string_view builtin_source(std::string_view source_path);

}  // namespace simpul::profiles
