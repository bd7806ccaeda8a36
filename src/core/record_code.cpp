#include "core/record_code.h"

#include <cctype>
#include <regex>

#include "core/text.h"

namespace simpul {

std::string normalised_code(const std::string& code) {
  std::string out = trimmed(code);
  for (auto& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

bool is_valid_code(const std::string& code) {
  static const std::regex pattern(R"(^[A-Z][A-Z0-9]*([-.][A-Z0-9]+)*$)");
  return code.size() >= 2 && code.size() <= 40 && std::regex_match(code, pattern);
}

}  // namespace simpul
