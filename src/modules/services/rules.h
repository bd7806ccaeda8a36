#pragma once
// The rules of SPBE services, pure (no I/O):
//   - what a service record holds: its kind, administrative or public (Perwali Madiun 39/2021
//     Pasal 27 ayat (1)), sector, channels, status, and the agencies sharing its workflow;
//   - integration across agencies (Pasal 30 ayat (1)) must be coordinated with the ICT office
//     (ayat (3); OKI Pasal 30 ayat (3), Batam Pasal 31 ayat (3)): a change of the participating
//     agencies asks for coordination again;
//   - where the region's regulation says so, for the article a refusal or a hint cites.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "modules/services/model.h"
#include "profiles/model.h"

namespace simpul::modules::services {

inline const std::set<std::string> kKinds{"administrative", "public"};
inline const std::set<std::string> kStatuses{"planned", "active", "retired"};
// How people reach the service: web portal, mobile app, service counter, call center, API for
// other systems (through the service connector), e-mail, SMS / chat, social media, self-service kiosk.
inline const std::set<std::string> kChannels{"web", "mobile", "counter", "call_center", "api",
                                             "email", "messaging", "social_media", "kiosk"};
inline constexpr size_t kMaxParticipants = 50;

// The fields of a POST (creating) or a PATCH; absent fields stay unset, the nullable text
// fields carry "given" outside and the value (null clears) inside.
struct ServiceInput {
  std::optional<int64_t> owner_agency_id;
  std::optional<std::string> code, name, kind, status;
  std::optional<std::optional<std::string>> sector, description;
  std::optional<std::vector<std::string>> channels;
  std::optional<std::vector<int64_t>> participating_agency_ids;
};

// 422 validation-failed with every field error at once.
ServiceInput parse_service(const nlohmann::json& body, bool creating);
// Applies the input; a changed set of participating agencies clears the earlier coordination,
// since the ICT office coordinated another integration.
void apply(const ServiceInput& in, Service& s);

// Why the ICT office cannot record the coordination now; nothing when it can.
std::optional<Text> cannot_coordinate_integration(const Service& s);
std::string parse_coordination_note(const nlohmann::json& body);

// The article that puts integration across agencies through the ICT office, with the
// regulation's short citation ("Perwali Madiun 39/2021 Pasal 30 ayat (3)"); "" when the
// region's regulation has none.
std::string integration_citation(const simpul::profiles::Profile* profile);
// The article saying an administrative service is delivered through applications
// (Madiun Pasal 28 ayat (2), Probolinggo Pasal 24 ayat (3)); "" when none.
std::string application_citation(const simpul::profiles::Profile* profile, const std::string& kind);

}  // namespace simpul::modules::services
