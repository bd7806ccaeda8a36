#pragma once
// Requests for change (RFC) as plain records: a change of an SPBE element through planning,
// analysis, approval, development, implementation, monitoring and evaluation (Madiun Pasal 38
// ayat (2), Batam Pasal 39 ayat (2), Kendari Pasal 32 ayat (2), OKI Pasal 38 ayat (2),
// Probolinggo Pasal 35), with every step kept as the record the regulation asks for.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::changes {

// A record the change concerns or comes from: application, host, ticket, risk or asset.
struct Link {
  std::string kind;
  int64_t id = 0;
  std::string label;  // the record's name or number when it was linked; empty for assets
};

struct Change {
  int64_t id = 0;
  std::string region_id;
  std::string number;  // RFC-2026-0001
  std::string title, description, reason;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;  // read only, joined
  std::string target_kind;  // application | host | network | service_connector | service_integration | data_center | other
  std::string target_label;
  std::vector<Link> links;
  std::string change_type;  // standard | normal | emergency
  std::string risk_level;   // low | medium | high
  std::string risk_notes, impact, rollback_plan, implementer;
  std::string planned_start, planned_end;  // RFC 3339 UTC
  std::string stage = "planning";
  std::string approver = "ict_office";  // ict_office | gcio, as the rule said when approval was last asked for
  std::string decision;                 // "" | approved | refused
  std::optional<int64_t> decided_by;
  std::string decided_by_name, decided_at, decision_note;
  std::string implemented_at;
  std::string result;  // "" | success | partial | failed
  std::string lessons;
  int64_t version = 1;
  std::string created_at, updated_at;
};

// One step taken on a change.
struct Step {
  int64_t id = 0;
  std::string region_id;
  int64_t change_id = 0;
  std::string action, from_stage, to_stage, note;
  std::optional<int64_t> by_user_id;
  std::string by_name, at;
};

// "application:12": the key a link has in filters and conflict detection.
std::string link_key(const std::string& kind, int64_t id);

// The change as its audit entries and JSON export record it.
nlohmann::json record_json(const Change& c);
nlohmann::json links_json(const std::vector<Link>& links);
std::vector<Link> links_from_json(const std::string& stored);
nlohmann::json step_json(const Step& s);

}  // namespace simpul::modules::changes
