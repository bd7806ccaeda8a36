#pragma once
// Time as the API shows it: RFC 3339 in UTC with milliseconds, e.g. 2026-11-22T05:00:00.000Z.
#include <chrono>
#include <string>

namespace simpul {

std::string format_rfc3339(std::chrono::system_clock::time_point t);
inline std::string now_rfc3339() { return format_rfc3339(std::chrono::system_clock::now()); }

}  // namespace simpul
