#pragma once
// Reads an evaluation framework from YAML, strictly: every field known, every weight adding
// up (indicators to their aspect, aspects to their domain, domains to 100), every indicator
// on a known scale, bands ordered, suggestion rules known. Errors say where, e.g.
// `permenpanrb-59-2020.yaml: domains[1].aspects[0].weight: 10.00 but its indicators add up to 9.50`.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frameworks/model.h"

namespace simpul::frameworks {

struct LoadResult {
  std::optional<Framework> framework;  // set only when errors is empty
  std::vector<std::string> errors;
};

LoadResult load_framework(std::string_view yaml_text, const std::string& file_name);

// The frameworks compiled into the binary (frameworks/*.yaml), loaded once. A built-in that
// fails to load is a build defect: the first call throws with every error.
const std::vector<Framework>& builtin_frameworks();
const Framework* find_builtin_framework(std::string_view code);

// The suggestion rules a framework may name (indicator.suggestion); see modules/evaluation/suggestions.h.
const std::vector<std::string>& known_suggestion_rules();

}  // namespace simpul::frameworks
