#pragma once
// Maps method + path to a route. Patterns are literal segments and {name}
// parameters, e.g. "/api/v1/regions/{region_id}". Pure: no I/O, no transport.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "auth/permission.h"
#include "http/message.h"

namespace simpul::http {

using Handler = std::function<Response(Request&)>;

// json: the pipeline checks Content-Type and parses the body first.
// upload: raw bytes (a file, a spreadsheet), allowed up to the larger upload limit.
enum class Body { none, json, upload };

struct Route {
  std::string method;
  std::string pattern;
  auth::Permission permission;  // required: a route cannot forget to say who may call it
  Handler handler;
  Body body = Body::none;
  size_t index = 0;  // position in the router; metrics use it as a slot
};

struct Match {
  enum class Kind { found, not_found, method_not_allowed } kind = Kind::not_found;
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  std::vector<std::string> allowed;  // for method_not_allowed
};

class Router {
 public:
  // Throws std::invalid_argument for a malformed pattern or a duplicate route.
  void add(std::string method, std::string pattern, auth::Permission permission, Handler handler,
           Body body = Body::none);

  // HEAD is answered by the GET route of the same path.
  Match match(std::string_view method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{name}" marks a parameter
  };
  static std::vector<std::string> split(std::string_view path);
  static bool matches(const Compiled& c, const std::vector<std::string>& parts, std::map<std::string, std::string>* params);

  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

}  // namespace simpul::http
