#pragma once
// Portable SQL uses `?` for parameters; PostgreSQL wants $1, $2, …
#include <string>
#include <string_view>

namespace simpul::db {

// Rewrites `?` to `$n`, leaving quoted strings, identifiers and comments alone.
std::string number_placeholders(std::string_view sql);

}  // namespace simpul::db
