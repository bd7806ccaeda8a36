#pragma once
// A Perangkat Daerah (PD): a Dinas, Badan, Bagian, Kecamatan … of the region, with
// the coordinating roles some hold and its PD Mandiri TIK status.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::agencies {

struct Agency {
  int64_t id = 0;
  std::string region_id;
  std::string name;
  std::string short_name;
  std::string kind = "dinas";
  std::optional<int64_t> parent_agency_id;
  std::string profile_key;  // the profile's key when the regulation itself names the agency
  bool ict_office = false;
  bool planning_office = false;
  bool organization_bureau = false;
  bool ict_self_sufficient = false;
  std::string ict_self_sufficient_decree;
  std::string ict_self_sufficient_since;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;

  std::vector<std::string> roles() const;
  void set_roles(const std::vector<std::string>& roles);
};

struct Head {
  int64_t position_id = 0;
  std::string title;
  std::optional<int64_t> person_id;
  std::string person_name;
};

// What the list and detail views show beside the record itself.
struct Extras {
  std::optional<Head> head;
  int64_t people_count = 0;
  std::vector<std::string> grants;  // the profile's PD Mandiri TIK grants, when the agency is one
};

// The record's own fields (what the audit log compares).
nlohmann::json to_json(const Agency& a);
nlohmann::json to_json(const Agency& a, const Extras& extras);

}  // namespace simpul::modules::agencies
