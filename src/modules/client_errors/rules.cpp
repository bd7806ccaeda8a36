#include "modules/client_errors/rules.h"

#include <nlohmann/json.hpp>

#include "core/text.h"

namespace simpul::modules::client_errors {

namespace {
// Counts characters, not bytes, so Indonesian text with any script is treated fairly.
void check_text(const nlohmann::json& body, const char* field, bool required, size_t max,
                std::vector<FieldError>& errors) {
  if (!body.contains(field)) {
    if (required) errors.push_back({field, {"Wajib diisi.", "Required."}});
    return;
  }
  const auto& v = body.at(field);
  if (!v.is_string()) {
    errors.push_back({field, {"Harus berupa teks.", "Must be text."}});
    return;
  }
  auto len = utf8_length(v.get<std::string>());
  if (required && len == 0) errors.push_back({field, {"Wajib diisi.", "Required."}});
  if (len > max)
    errors.push_back({field, {"Paling banyak " + std::to_string(max) + " karakter.",
                              "At most " + std::to_string(max) + " characters."}});
}
}  // namespace

std::vector<FieldError> validate(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  check_text(body, "message", true, kMaxMessage, errors);
  check_text(body, "page", true, kMaxPage, errors);
  check_text(body, "detail", false, kMaxDetail, errors);
  for (const auto& [key, _] : body.items())
    if (key != "message" && key != "page" && key != "detail")
      errors.push_back({key, {"Isian ini tidak dikenal.", "Unknown field."}});
  return errors;
}

ClientErrorReport from_json(const nlohmann::json& body) {
  return {body.at("message").get<std::string>(), body.at("page").get<std::string>(),
          body.value("detail", std::string{})};
}

}  // namespace simpul::modules::client_errors
