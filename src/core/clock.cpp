#include "core/clock.h"

#include <cstdio>
#include <ctime>
#include <regex>

namespace simpul {

std::string format_rfc3339(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  auto ms = duration_cast<milliseconds>(t.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

bool is_rfc3339_utc(const std::string& text) {
  static const std::regex pattern(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$)");
  return std::regex_match(text, pattern);
}

std::string normalise_rfc3339(const std::string& text) {
  std::string whole = text.substr(0, 19);
  std::string fraction = text.size() > 21 ? text.substr(20, text.size() - 21) : "";
  fraction = (fraction + "000").substr(0, 3);
  return whole + "." + fraction + "Z";
}

}  // namespace simpul
