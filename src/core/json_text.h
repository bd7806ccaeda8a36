#pragma once
// Writing JSON text by hand on hot paths (access log, audit hashing), where
// building a document first would cost more than the work itself.
#include <string>
#include <string_view>

namespace simpul {

// Appends `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace simpul
