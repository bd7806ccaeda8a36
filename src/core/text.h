#pragma once
// Small text rules shared by every reader of user input.
#include <string>
#include <string_view>

namespace simpul {

// Without surrounding spaces, tabs and line breaks.
std::string trimmed(std::string_view s);

// Characters, not bytes: names and descriptions carry Indonesian letters (UTF-8).
size_t utf8_length(std::string_view s);

// Well-formed UTF-8: no stray continuation bytes, no overlong forms, no surrogates.
bool is_valid_utf8(std::string_view s);

}  // namespace simpul
