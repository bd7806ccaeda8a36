#include "http/conditional.h"

#include <charconv>

namespace simpul::http {

int64_t required_version(const Request& req) {
  std::string_view v = req.header("if-match");
  if (v.empty()) throw ProblemError(Problem::precondition_required());
  if (v.rfind("W/", 0) == 0) v.remove_prefix(2);
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
  int64_t version = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), version);
  if (ec != std::errc() || ptr != v.data() + v.size())
    throw ProblemError(Problem::precondition_failed({"Header If-Match tidak berisi versi yang dikenali.",
                                                     "The If-Match header does not hold a recognisable version."}));
  return version;
}

std::optional<int64_t> optional_version(const Request& req) {
  if (req.header("if-match").empty()) return std::nullopt;
  return required_version(req);
}

std::string etag(int64_t version) { return "\"" + std::to_string(version) + "\""; }

}  // namespace simpul::http
