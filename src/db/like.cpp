#include "db/like.h"

#include <cctype>

namespace simpul::db {

std::string like_pattern(const std::string& text) {
  std::string out = "%";
  for (char ch : text) {
    if (ch == '%' || ch == '_' || ch == '\\') out.push_back('\\');
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  }
  return out + "%";
}

}  // namespace simpul::db
