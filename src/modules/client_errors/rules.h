#pragma once
// Error reports sent by the web UI when a page fails in a user's browser, so
// the ICT office sees problems people meet without waiting for a complaint.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/problem.h"

namespace simpul::modules::client_errors {

struct ClientErrorReport {
  std::string message;  // 1-2000 characters
  std::string page;     // 1-500 characters: where it happened
  std::string detail;   // optional, up to 8000 characters (e.g. a stack trace)
};

inline constexpr size_t kMaxMessage = 2000, kMaxPage = 500, kMaxDetail = 8000;

// Field errors for a report body, empty when it is acceptable.
std::vector<FieldError> validate(const nlohmann::json& body);
ClientErrorReport from_json(const nlohmann::json& body);  // after validate() found nothing

}  // namespace simpul::modules::client_errors
