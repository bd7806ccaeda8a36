#pragma once
// A Layanan SPBE of one agency: an administrative service that supports the internal work of
// the government, or a public service for citizens (Perwali Madiun 39/2021 Pasal 27 ayat (1)-(3);
// OKI Pasal 27, Batam Pasal 28, Probolinggo Pasal 23). Several agencies may run one service as
// one integrated workflow (Madiun Pasal 30 ayat (1)); that integration goes through coordination
// with the ICT office (ayat (3)), recorded here as who coordinated it and when.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::services {

struct Service {
  int64_t id = 0;
  std::string region_id;
  int64_t owner_agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string code;
  std::string name;
  std::string kind = "public";  // administrative | public
  std::string sector;
  std::vector<std::string> channels;  // web, mobile, counter, …
  std::string description;
  std::string status = "planned";  // planned | active | retired
  std::vector<int64_t> participating_agency_ids;  // other agencies in the same workflow, sorted
  std::string integration_coordinated_by, integration_coordinated_at, integration_note;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// "none" (one agency), "awaiting_coordination" or "coordinated".
std::string integration_status(const Service& s);

// The record's own fields: what the audit log compares (no joined names).
nlohmann::json record_json(const Service& s);
// What the API shows: the record with its agency's name and the integration status.
nlohmann::json to_json(const Service& s);

}  // namespace simpul::modules::services
