#pragma once
// What the request bodies of the security routes may hold (docs/risk-security-audit-contract.md,
// "Information security"): strict JSON, every problem reported as a field error at once (422).
// Pure: references to people, agencies, files and link targets are checked by the routes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/security/model.h"

namespace simpul::modules::security {

// PUT /security/programme: every field. The region and version are not part of it.
Programme parse_programme(const nlohmann::json& body);

struct PolicyInput {
  std::optional<std::string> kind, title, body;
  std::optional<std::optional<std::string>> file_sha256;
};
PolicyInput parse_policy(const nlohmann::json& body, bool create);
void apply(const PolicyInput& in, Policy& p);

int64_t parse_acknowledgement(const nlohmann::json& body);  // the agency id

struct IncidentInput {
  std::optional<int64_t> agency_id;
  std::optional<std::string> title, description, severity, detected_at, lessons_learned;
  std::optional<bool> serious;
  std::optional<std::string> ict_office_reported_at;  // create only, by the CSIRT
};
// `now` bounds the instants: none may lie in the future.
IncidentInput parse_incident(const nlohmann::json& body, bool create, Instant now);

struct StepInput {
  std::string action, note;
  std::optional<std::string> lessons_learned;
};
StepInput parse_step(const nlohmann::json& body);

struct NoticeInput {
  std::string kind, sent_at, note;
  std::optional<std::string> sha256;
};
NoticeInput parse_notice(const nlohmann::json& body, Instant now);

struct LinkInput {
  std::string kind;
  int64_t target_id = 0;
};
LinkInput parse_link(const nlohmann::json& body);

// RFC 3339 UTC as stored ("2026-11-22T05:00:00.000Z") to an instant.
Instant instant_of(const std::string& rfc3339);

}  // namespace simpul::modules::security
