#include "modules/tokens/rules.h"

#include <algorithm>

namespace simpul::modules::tokens {

std::variant<NewToken, std::vector<FieldError>> parse_new_token(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  NewToken t;
  for (const auto& [key, _] : body.items())
    if (key != "name" && key != "scopes" && key != "expires_in_days") errors.push_back({key, {"Isian ini tidak dikenal.", "Unknown field."}});
  if (body.contains("name") && body["name"].is_string() && !body["name"].get<std::string>().empty() &&
      body["name"].get<std::string>().size() <= 100)
    t.name = body["name"].get<std::string>();
  else
    errors.push_back({"name", {"Beri nama token (1-100 karakter), misalnya nama aplikasi yang memakainya.",
                               "Name the token (1-100 characters), e.g. after the application that uses it."}});
  bool scopes_ok = body.contains("scopes") && body["scopes"].is_array() && !body["scopes"].empty();
  if (scopes_ok)
    for (const auto& s : body["scopes"]) {
      if (!s.is_string() || (s != "read" && s != "write")) {
        scopes_ok = false;
        break;
      }
      if (std::find(t.scopes.begin(), t.scopes.end(), s.get<std::string>()) == t.scopes.end()) t.scopes.push_back(s.get<std::string>());
    }
  if (!scopes_ok)
    errors.push_back({"scopes", {"Pilih cakupan: \"read\", \"write\", atau keduanya.", "Choose scopes: \"read\", \"write\", or both."}});
  if (body.contains("expires_in_days")) {
    const auto& d = body["expires_in_days"];
    if (d.is_number_integer() && d.get<int64_t>() >= 1 && d.get<int64_t>() <= 365)
      t.expires_in_days = static_cast<int>(d.get<int64_t>());
    else
      errors.push_back({"expires_in_days", {"Masa berlaku 1 sampai 365 hari.", "The lifetime is 1 to 365 days."}});
  }
  if (!errors.empty()) return errors;
  return t;
}

}  // namespace simpul::modules::tokens
