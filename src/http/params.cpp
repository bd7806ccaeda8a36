#include "http/params.h"

#include <charconv>

namespace simpul::http {

int64_t id_param(const Request& req, const std::string& name, const Text& not_found) {
  const auto& text = req.param(name);
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id < 1) throw ProblemError(Problem::not_found(not_found));
  return id;
}

}  // namespace simpul::http
