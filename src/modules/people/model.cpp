#include "modules/people/model.h"

namespace simpul::modules::people {

const std::set<std::string>& spbe_role_words() {
  static const std::set<std::string> words{"tier1", "tier2", "data_steward", "ict_staff", "pranata_komputer", "csirt"};
  return words;
}

namespace {
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }
nlohmann::json id_or_null(const std::optional<int64_t>& id) { return id ? nlohmann::json(*id) : nlohmann::json(nullptr); }
}  // namespace

nlohmann::json to_json(const Person& p) {
  return {{"id", p.id},
          {"agency_id", id_or_null(p.agency_id)},
          {"nip", text_or_null(p.nip)},
          {"name", p.name},
          {"email", text_or_null(p.email)},
          {"phone", text_or_null(p.phone)},
          {"spbe_roles", p.spbe_roles},
          {"user_id", id_or_null(p.user_id)},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

}  // namespace simpul::modules::people
