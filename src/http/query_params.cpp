#include "http/query_params.h"

namespace simpul::http {

std::optional<int64_t> number_param(const Request& req, const char* name) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return std::nullopt;
  try {
    size_t used = 0;
    auto n = std::stoll(*v, &used);
    if (used == v->size() && n > 0) return n;
  } catch (...) {
  }
  throw ProblemError(Problem::bad_request({std::string(name) + " harus berupa angka.", std::string(name) + " must be a number."}));
}

std::string word_param(const Request& req, const char* name, const std::set<std::string>& words) {
  auto v = req.query_param(name).value_or("");
  if (!v.empty() && !words.count(v)) {
    std::string list;
    for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
    throw ProblemError(Problem::bad_request({std::string(name) + ": " + list + ".", std::string(name) + ": " + list + "."}));
  }
  return v;
}

}  // namespace simpul::http
