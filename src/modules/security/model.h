#pragma once
// Records of information security management (migrations/0014_information_security.sql): the
// region's programme (BSSN 4/2021), the security policies of Madiun Pasal 12 with their
// revisions and acknowledgements, and the security incidents of the CSIRT (OKI Pasal 26 ayat (7))
// with their notices (Kendari Pasal 14 ayat (8)), links and events. Plain structs.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "modules/security/rules.h"

namespace simpul::modules::security {

struct ProgrammeStage {
  std::string stage, note;
  std::optional<std::string> date;  // YYYY-MM-DD
};

struct Programme {
  std::string region_id;
  bool scope_data_information = true, scope_applications = true, scope_infrastructure = true, scope_existing_policy = true;
  std::string scope_description;
  std::optional<int64_t> person_in_charge_id;
  std::vector<ProgrammeStage> stages;  // the six stages of BSSN 4/2021 Pasal 3, in order
  std::string csirt_name, csirt_decree;
  std::vector<int64_t> csirt_member_ids;
  ReportHours hours;
  int64_t version = 0;  // 0: not saved yet, the defaults
  std::string updated_at;
};
// Every stage of kProgrammeStages, with the stored note and date where there is one.
std::vector<ProgrammeStage> complete_stages(const std::vector<ProgrammeStage>& stored);
// The fields the audit log compares.
nlohmann::json record_json(const Programme& p);

struct Policy {
  int64_t id = 0;
  std::string region_id, kind, title, body;
  std::optional<std::string> file_sha256;
  std::string status = "draft";
  int revision = 0;  // the last published revision
  int64_t version = 1;
  std::string created_at, updated_at;
};
nlohmann::json record_json(const Policy& p);

struct PolicyRevision {
  int revision = 0;
  std::string title, body;
  std::optional<std::string> file_sha256;
  std::string published_at;
  std::optional<int64_t> published_by_user_id;
  std::string published_by_name;
};

struct Acknowledgement {
  int64_t agency_id = 0;
  int revision = 0;
  std::string acknowledged_at;
  std::optional<int64_t> by_user_id;
  std::string by_name;
};

struct Incident {
  int64_t id = 0;
  std::string region_id, number;
  int64_t agency_id = 0;
  std::string agency_name, agency_short_name;
  std::string title, description, severity = "medium";
  bool serious = false;
  std::string stage = "reported";
  std::string detected_at, reported_at;
  std::optional<int64_t> reported_by_user_id;
  std::optional<std::string> closed_at;
  std::string lessons_learned;
  std::string ict_office_due_at;
  std::optional<std::string> ict_office_sent_at;
  bool data_owner_required = false;
  std::string data_owner_due_at;
  std::optional<std::string> data_owner_sent_at;
  int64_t version = 1;
  std::string created_at, updated_at;
};
nlohmann::json record_json(const Incident& i);

struct Notice {
  int64_t id = 0;
  std::string kind, sent_at, note;
  std::optional<std::string> sha256;
  std::optional<int64_t> recorded_by_user_id;
  std::string recorded_at;
};

struct IncidentLink {
  int64_t id = 0;
  std::string kind;
  int64_t target_id = 0;
  std::string label;
  std::string created_at;
};

struct IncidentEvent {
  int64_t id = 0;
  std::string at;
  std::optional<int64_t> actor_user_id;
  std::string actor_name;
  std::string action;
  std::optional<std::string> from_stage, to_stage;
  std::string note;
};

}  // namespace simpul::modules::security
