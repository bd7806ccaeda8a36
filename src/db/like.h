#pragma once
// Searching text columns for what a user typed: LOWER(column) LIKE ? ESCAPE '\'
// with the typed text taken literally (its % and _ are not wildcards).
#include <string>

namespace simpul::db {

// "%<text, lower case, with % _ \ escaped>%"
std::string like_pattern(const std::string& text);

}  // namespace simpul::db
