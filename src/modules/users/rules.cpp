#include "modules/users/rules.h"

#include <regex>

#include "auth/password.h"

namespace simpul::modules::users {

namespace {
void reject_unknown(const nlohmann::json& body, std::initializer_list<const char*> known, std::vector<FieldError>& errors) {
  for (const auto& [key, _] : body.items()) {
    bool ok = false;
    for (const char* k : known) ok |= key == k;
    if (!ok) errors.push_back({key, {"Isian ini tidak dikenal.", "Unknown field."}});
  }
}

std::optional<std::string> display_name_of(const nlohmann::json& body, std::vector<FieldError>& errors, bool required) {
  if (!body.contains("display_name")) {
    if (required) errors.push_back({"display_name", {"Isi nama lengkap.", "Enter the full name."}});
    return std::nullopt;
  }
  const auto& v = body["display_name"];
  if (!v.is_string() || v.get<std::string>().empty() || v.get<std::string>().size() > 200) {
    errors.push_back({"display_name", {"Nama lengkap berisi 1 sampai 200 karakter.", "The full name has 1 to 200 characters."}});
    return std::nullopt;
  }
  return v.get<std::string>();
}

std::optional<auth::Role> role_of(const nlohmann::json& body, std::vector<FieldError>& errors, bool required) {
  if (!body.contains("role")) {
    if (required) errors.push_back({"role", {"Pilih peran.", "Choose a role."}});
    return std::nullopt;
  }
  auto role = body["role"].is_string() ? auth::parse_role(body["role"].get<std::string>()) : std::nullopt;
  if (!role)
    errors.push_back({"role", {"Peran harus salah satu dari: superadmin, agency_operator, leadership, auditor, citizen.",
                               "The role must be one of: superadmin, agency_operator, leadership, auditor, citizen."}});
  return role;
}

std::optional<std::optional<int64_t>> agency_of(const nlohmann::json& body, std::vector<FieldError>& errors) {
  if (!body.contains("agency_id")) return std::nullopt;
  const auto& v = body["agency_id"];
  if (v.is_null()) return std::optional<int64_t>{};
  if (!v.is_number_integer() || v.get<int64_t>() < 1) {
    errors.push_back({"agency_id", {"Perangkat daerah harus berupa nomor yang sah.", "The agency must be a valid number."}});
    return std::nullopt;
  }
  return std::optional<int64_t>{v.get<int64_t>()};
}
}  // namespace

bool valid_username(const std::string& username) {
  // E-mail addresses are usernames too (simpul init --admin EMAIL).
  static const std::regex pattern("^[a-z0-9][a-z0-9._@+-]{2,127}$");
  return std::regex_match(username, pattern);
}

std::optional<FieldError> agency_rule(auth::Role role, const std::optional<int64_t>& agency_id) {
  if (role == auth::Role::agency_operator && !agency_id)
    return FieldError{"agency_id", {"Operator perangkat daerah harus terhubung ke satu perangkat daerah.",
                                    "An agency operator must belong to one agency."}};
  if (role != auth::Role::agency_operator && agency_id)
    return FieldError{"agency_id", {"Hanya operator perangkat daerah yang terhubung ke perangkat daerah.",
                                    "Only agency operators belong to an agency."}};
  return std::nullopt;
}

std::variant<NewUser, std::vector<FieldError>> parse_new_user(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  reject_unknown(body, {"username", "display_name", "role", "agency_id", "password"}, errors);
  NewUser u;
  if (body.contains("username") && body["username"].is_string() && valid_username(body["username"].get<std::string>()))
    u.username = body["username"].get<std::string>();
  else
    errors.push_back({"username", {"Nama pengguna 3-128 karakter: huruf kecil, angka, titik, garis bawah, tanda hubung, atau alamat surel.",
                                   "The username has 3-128 characters: lower-case letters, digits, dots, underscores, hyphens, or an e-mail address."}});
  if (auto name = display_name_of(body, errors, true)) u.display_name = *name;
  auto role = role_of(body, errors, true);
  auto agency = agency_of(body, errors);
  if (agency) u.agency_id = *agency;
  if (role) {
    u.role = *role;
    if (auto e = agency_rule(*role, u.agency_id)) errors.push_back(*e);
  }
  if (body.contains("password")) {
    if (!body["password"].is_string()) {
      errors.push_back({"password", {"Kata sandi harus berupa teks.", "The password must be text."}});
    } else {
      u.password = body["password"].get<std::string>();
      auto rules = auth::password_problems(*u.password, u.username, "password");
      errors.insert(errors.end(), rules.begin(), rules.end());
    }
  }
  if (!errors.empty()) return errors;
  return u;
}

std::variant<UserChanges, std::vector<FieldError>> parse_user_changes(const nlohmann::json& body) {
  std::vector<FieldError> errors;
  reject_unknown(body, {"display_name", "role", "agency_id"}, errors);
  UserChanges c;
  c.display_name = display_name_of(body, errors, false);
  c.role = role_of(body, errors, false);
  c.agency_id = agency_of(body, errors);
  if (!errors.empty()) return errors;
  return c;
}

}  // namespace simpul::modules::users
