#pragma once
// Time as the API shows it: RFC 3339 in UTC with milliseconds, e.g. 2026-11-22T05:00:00.000Z.
#include <chrono>
#include <string>

namespace simpul {

std::string format_rfc3339(std::chrono::system_clock::time_point t);
inline std::string now_rfc3339() { return format_rfc3339(std::chrono::system_clock::now()); }

// YYYY-MM-DDTHH:MM:SS[.fff…]Z, the form the API accepts in filters.
bool is_rfc3339_utc(const std::string& text);
// The same instant in the stored form, with exactly three fractional digits.
std::string normalise_rfc3339(const std::string& text);

}  // namespace simpul
