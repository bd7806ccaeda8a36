#pragma once
// RFC 9457 problem details: the one shape every failure takes on the wire.
// A Problem is plain data; handlers throw ProblemError to answer with it.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"

namespace simpul {

struct FieldError {
  std::string field;  // JSON pointer-ish name of the field, e.g. "message"
  Text message;
  // Imports only: where in the spreadsheet (row as the user sees it, column letter).
  int row = 0;
  std::string column = "";
};

struct Problem {
  std::string slug;  // stable machine name; the type URI is urn:simpul:problem:<slug>
  int status = 500;
  Text detail;
  std::vector<FieldError> errors;
  nlohmann::json extensions;  // extra members (RFC 9457 §3.2) for programs, e.g. {"locked_until": "…"}

  static Problem bad_request(Text detail);
  static Problem malformed_json(Text detail);
  static Problem not_found(Text detail);
  static Problem method_not_allowed();
  static Problem request_timeout();
  static Problem precondition_failed(Text detail);
  static Problem payload_too_large(size_t limit_bytes);
  static Problem unsupported_media_type();
  static Problem validation_failed(std::vector<FieldError> errors);
  static Problem headers_too_large(size_t limit_bytes);
  static Problem internal();
  static Problem unavailable(Text detail);
  static Problem authentication_required(Text detail);
  static Problem forbidden(Text detail);
  static Problem conflict(Text detail);
  static Problem precondition_required();
  static Problem too_many_attempts(long retry_after_seconds);
  // A problem with its own slug (e.g. "csrf-failed", "account-locked"); its title must be in the catalogue.
  static Problem of(std::string slug, int status, Text detail);
};

// The title that goes with a slug, in both languages (a closed catalogue).
Text problem_title(const std::string& slug);

std::string problem_type_uri(const std::string& slug);

// Serialises a problem in the caller's language.
nlohmann::json problem_to_json(const Problem& problem, Lang lang, const std::string& instance,
                               const std::string& request_id);

class ProblemError : public std::runtime_error {
 public:
  explicit ProblemError(Problem p) : std::runtime_error(p.slug), problem_(std::move(p)) {}
  const Problem& problem() const { return problem_; }

 private:
  Problem problem_;
};

// 409 invalid-transition when a rule refuses a step; `why` says why, citing the article.
void refuse_if(const std::optional<Text>& why);

// 422 validation-failed when any field error was found.
void fail_on_field_errors(const std::vector<FieldError>& errors);

}  // namespace simpul
