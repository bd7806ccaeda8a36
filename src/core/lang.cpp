#include "core/lang.h"

#include <cctype>

namespace simpul {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool starts_with_tag(std::string_view range, std::string_view tag) {
  if (range.size() < tag.size()) return false;
  for (size_t i = 0; i < tag.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(range[i])) != tag[i]) return false;
  return range.size() == tag.size() || range[tag.size()] == '-';
}

double quality_of(std::string_view params) {
  auto q = params.find("q=");
  if (q == std::string_view::npos) return 1.0;
  try {
    return std::stod(std::string(params.substr(q + 2)));
  } catch (...) {
    return 0.0;
  }
}
}  // namespace

Lang preferred_language(std::string_view header) {
  double best_id = -1, best_en = -1;
  while (!header.empty()) {
    auto comma = header.find(',');
    auto item = trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    auto semi = item.find(';');
    auto range = trim(item.substr(0, semi));
    double q = semi == std::string_view::npos ? 1.0 : quality_of(item.substr(semi + 1));
    if (starts_with_tag(range, "en") && q > best_en) best_en = q;
    if ((starts_with_tag(range, "id") || starts_with_tag(range, "in")) && q > best_id) best_id = q;
  }
  return best_en > 0 && best_en > best_id ? Lang::en : Lang::id;
}

}  // namespace simpul
