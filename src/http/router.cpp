#include "http/router.h"

#include <algorithm>
#include <stdexcept>

namespace simpul::http {

namespace {
bool is_param(const std::string& s) { return s.size() > 2 && s.front() == '{' && s.back() == '}'; }
}  // namespace

std::vector<std::string> Router::split(std::string_view path) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t end = path.find('/', i);
    if (end == std::string_view::npos) end = path.size();
    parts.emplace_back(path.substr(i, end - i));
    i = end;
  }
  return parts;
}

void Router::add(std::string method, std::string pattern, auth::Permission permission, Handler handler, Body body) {
  if (pattern.empty() || pattern.front() != '/') throw std::invalid_argument("route pattern must start with '/': " + pattern);
  Compiled c{split(pattern)};
  for (const auto& s : c.segments)
    if (s.find_first_of("{}") != std::string::npos && !is_param(s))
      throw std::invalid_argument("malformed path parameter in " + pattern);
  for (const auto& r : routes_)
    if (r.method == method && r.pattern == pattern) throw std::invalid_argument("duplicate route " + method + " " + pattern);
  routes_.push_back({std::move(method), std::move(pattern), permission, std::move(handler), body, routes_.size()});
  compiled_.push_back(std::move(c));
}

bool Router::matches(const Compiled& c, const std::vector<std::string>& parts,
                     std::map<std::string, std::string>* params) {
  if (c.segments.size() != parts.size()) return false;
  for (size_t i = 0; i < parts.size(); ++i)
    if (!is_param(c.segments[i]) && c.segments[i] != parts[i]) return false;
  if (params)
    for (size_t i = 0; i < parts.size(); ++i)
      if (is_param(c.segments[i])) (*params)[c.segments[i].substr(1, c.segments[i].size() - 2)] = parts[i];
  return true;
}

Match Router::match(std::string_view method, std::string_view path) const {
  auto parts = split(path);
  std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  Match result;
  // Literal segments beat parameters: /regions/new wins over /regions/{id}.
  const Route* best = nullptr;
  size_t best_literals = 0;
  for (size_t i = 0; i < routes_.size(); ++i) {
    if (!matches(compiled_[i], parts, nullptr)) continue;
    if (routes_[i].method != wanted) {
      result.allowed.push_back(routes_[i].method);
      if (routes_[i].method == "GET") result.allowed.push_back("HEAD");
      continue;
    }
    size_t literals = std::count_if(compiled_[i].segments.begin(), compiled_[i].segments.end(),
                                    [](const std::string& s) { return !is_param(s); });
    if (!best || literals > best_literals) {
      best = &routes_[i];
      best_literals = literals;
    }
  }
  if (best) {
    result.kind = Match::Kind::found;
    result.route = best;
    matches(compiled_[best->index], parts, &result.params);
    result.allowed.clear();
    return result;
  }
  if (!result.allowed.empty()) {
    std::sort(result.allowed.begin(), result.allowed.end());
    result.allowed.erase(std::unique(result.allowed.begin(), result.allowed.end()), result.allowed.end());
    result.kind = Match::Kind::method_not_allowed;
  }
  return result;
}

}  // namespace simpul::http
