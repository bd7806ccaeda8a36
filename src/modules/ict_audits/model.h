#pragma once
// The ICT audit programme as plain records (Madiun Pasal 40-43, Kendari Pasal 34-37, OKI Pasal
// 41-44, Probolinggo Pasal 38, Batam Pasal 41-44): the objects that are audited, each audit with
// its pre-evaluation and report to the region head, the findings and their follow-ups.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace simpul::modules::ict_audits {

// Infrastructure, an application, or the security of either (Madiun Pasal 40 ayat (1)).
struct AuditObject {
  int64_t id = 0;
  std::string region_id;
  std::string kind;  // infrastructure | application | infrastructure_security | application_security
  std::string name;
  std::optional<int64_t> application_id;
  std::string application_category;  // read only, joined: common | shared_special | agency_special
  std::optional<int64_t> facility_id;
  int64_t owner_agency_id = 0;
  std::string owner_agency_name;  // read only, joined
  std::string source = "manual";  // registry | manual
  std::string sync_key;           // registry objects only
  bool active = true;
  std::string registered_on;
  std::string last_audit_on;  // empty: never audited
  std::string next_due_on;    // empty: no audit required
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct Audit {
  int64_t id = 0;
  std::string region_id;
  int64_t object_id = 0;
  std::string object_name, object_kind;  // read only, joined
  std::string planned_on;
  std::string auditor_kind;  // government | accredited | certified
  std::string auditor_name;
  std::string auditor_credential;
  std::vector<std::string> aspects;
  std::string state = "planned";  // planned | pre_evaluated | in_progress | completed | reported
  std::string pre_evaluation_due_on;
  std::string pre_evaluated_on, pre_evaluation_note, pre_evaluation_sha256;
  std::string started_on;
  std::string completed_on, report_sha256, report_due_on;
  std::string reported_on, report_note, reported_through;
  int64_t version = 1;
  std::string created_at, updated_at;
};

struct FollowUp {
  int64_t id = 0;
  std::string region_id;
  int64_t finding_id = 0;
  std::string note;
  std::string sha256;  // empty: no evidence file
  std::string created_by, created_at;
};

struct Finding {
  int64_t id = 0;
  std::string region_id;
  int64_t audit_id = 0;
  int64_t object_id = 0;                            // read only, joined
  std::string object_name, owner_agency_name;       // read only, joined
  std::string severity;  // low | medium | high | critical
  std::string title, description, recommendation;
  int64_t owner_agency_id = 0;
  std::string due_on;
  std::string status = "open";  // open | closed
  std::string closed_on;
  std::vector<FollowUp> follow_ups;  // read only, loaded with the finding
  int64_t version = 1;
  std::string created_at, updated_at;
};

// The records' own fields: what the audit log compares (no joined names).
nlohmann::json record_json(const AuditObject& o);
nlohmann::json record_json(const Audit& a);
nlohmann::json record_json(const Finding& f);
nlohmann::json to_json(const FollowUp& f);

}  // namespace simpul::modules::ict_audits
