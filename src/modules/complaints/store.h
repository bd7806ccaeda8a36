#pragma once
// SQL of the public complaint channel: the choices the public form offers, where a
// complaint lands, and what a citizen may read of it with the tracking code: the status
// history and the public replies, never internal comments, staff names or personal data
// (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4) huruf h, Probolinggo Pasal 27).
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "db/database.h"

namespace simpul::modules::complaints {

// `{"region":{"name"},"agencies":[…],"services":[…]}`: agencies and the active public services.
nlohmann::json complaint_options(db::Connection& c, const std::string& region_id);

// The agency whose Tier 1 receives a complaint about `service_id`, when it is an active public service of the region.
std::optional<int64_t> owner_of_public_service(db::Connection& c, const std::string& region_id, int64_t service_id);
bool agency_exists(db::Connection& c, const std::string& region_id, int64_t agency_id);

struct TrackedComplaint {
  int64_t ticket_id = 0;
  std::string region_id, status;
};
// The public complaint with this tracking code hash.
std::optional<TrackedComplaint> find_by_code_hash(db::Connection& c, const std::string& code_hash);

// PublicComplaint of docs/service-desk-contract.md.
nlohmann::json public_view(db::Connection& c, const TrackedComplaint& complaint);

}  // namespace simpul::modules::complaints
