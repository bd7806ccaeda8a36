#pragma once
// A person on the region's staff (or an elected official), keyed by NIP.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::people {

struct Person {
  int64_t id = 0;
  std::string region_id;
  std::optional<int64_t> agency_id;
  std::string nip;  // empty: none (elected officials)
  std::string name;
  std::string email;
  std::string phone;
  std::vector<std::string> spbe_roles;
  std::optional<int64_t> user_id;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

// The SPBE duties a person can carry: Service Desk tiers, walidata, ICT staff (SDM TIK,
// Madiun Pasal 45 ayat 4 huruf a), Pranata Komputer (Probolinggo Pasal 33), CSIRT.
const std::set<std::string>& spbe_role_words();

nlohmann::json to_json(const Person& p);

}  // namespace simpul::modules::people
