#pragma once
// Reads a JSON request body field by field, collecting every problem as a field
// error in both languages, so the form can show them all next to their fields at
// once. Unknown fields are errors too: a typo never passes silently.
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/problem.h"

namespace simpul {

class BodyReader {
 public:
  BodyReader(const nlohmann::json& body, std::initializer_list<const char*> known_fields);

  bool has(const std::string& name) const;
  void add(const std::string& field, Text message) { errors_.push_back({field, std::move(message)}); }
  const std::vector<FieldError>& errors() const { return errors_; }
  // Throws 422 validation-failed with every error collected so far.
  void check() const;

  // Text of 1..max characters (trimmed of surrounding spaces). `message` explains what is expected.
  std::optional<std::string> text(const std::string& name, bool required, size_t max, const Text& message);
  // Present-and-null (or empty) clears: the outer optional says "given", the inner the value.
  std::optional<std::optional<std::string>> nullable_text(const std::string& name, size_t max, const Text& message);
  std::optional<int64_t> id(const std::string& name, bool required, const Text& message);
  std::optional<std::optional<int64_t>> nullable_id(const std::string& name, const Text& message);
  std::optional<bool> flag(const std::string& name, bool required, const Text& message);
  std::optional<std::string> word(const std::string& name, const std::set<std::string>& words, bool required,
                                  const Text& message);
  std::optional<std::vector<std::string>> words(const std::string& name, const std::set<std::string>& words,
                                                const Text& message);
  // A calendar date YYYY-MM-DD; nullable like nullable_text.
  std::optional<std::optional<std::string>> nullable_date(const std::string& name, const Text& message);

  const nlohmann::json& body() const { return body_; }

 private:
  const nlohmann::json& body_;
  std::vector<FieldError> errors_;
};

}  // namespace simpul
