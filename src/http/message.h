#pragma once
// Plain request and response types. Modules see only these; Boost.Beast stays
// inside server.cpp, so most of Simpul compiles without the transport headers.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.h"
#include "core/lang.h"
#include "core/problem.h"

namespace simpul::http {

struct Route;

using Headers = std::vector<std::pair<std::string, std::string>>;  // names in lower case

struct Request {
  std::string method;  // "GET", "POST", …
  std::string target;  // as sent: path and query
  std::string path;    // percent-decoded path
  std::string query;   // raw query string, without '?'
  Headers headers;
  std::string body;
  std::string remote;

  // Filled in on the way through the pipeline.
  std::string request_id;
  Lang lang = Lang::id;
  std::map<std::string, std::string> path_params;
  nlohmann::json json;  // the parsed body, for routes that take JSON
  const Route* route = nullptr;  // the matched route, if any
  std::optional<auth::Principal> principal;  // set by the guard when a session or token checked out
  std::string allow;             // methods the path accepts when the method did not match

  std::string_view header(std::string_view lower_name) const;
  std::optional<std::string> query_param(std::string_view name) const;
  const std::string& param(const std::string& name) const { return path_params.at(name); }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  Headers headers;
  std::string body;

  Response& header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }

  static Response json(int status, const nlohmann::json& body);
  static Response text(int status, std::string body, std::string content_type);
  static Response problem(const Problem& p, const Request& req);
};

// Splits a target into a percent-decoded path and the raw query; nullopt when malformed.
std::optional<std::pair<std::string, std::string>> split_target(std::string_view target);
std::string percent_decode(std::string_view text, bool plus_is_space);

}  // namespace simpul::http
