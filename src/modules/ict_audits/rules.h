#pragma once
// The rules of the ICT audit programme, pure (no I/O):
//   - what an audit object, an audit, a finding and a follow-up may hold;
//   - the auditor: a government audit institution, an accredited institution or a certified
//     auditor, the last two with their accreditation or certificate number (Madiun Pasal 40
//     ayat (3), Kendari Pasal 34 ayat (3), Probolinggo Pasal 38 ayat (4), Batam Pasal 41 ayat (3));
//     the aspects examined (Madiun Pasal 40 ayat (2));
//   - the steps  planned → pre_evaluated → in_progress → completed → reported (to the region
//     head through the committee chair, Madiun Pasal 41 ayat (2)), where starting needs the
//     pre-evaluation when the profile requires it (Probolinggo Pasal 38 ayat (5));
//   - a finding is closed only on follow-up evidence: a note and a stored file.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "modules/ict_audits/model.h"
#include "modules/ict_audits/schedule.h"

namespace simpul::modules::ict_audits {

inline const std::set<std::string> kObjectKinds{"infrastructure", "application", "infrastructure_security", "application_security"};
inline const std::set<std::string> kStatuses{"due", "due_soon", "overdue", "not_required"};
inline const std::set<std::string> kAuditorKinds{"government", "accredited", "certified"};
inline const std::set<std::string> kAspects{"governance_and_management", "functionality", "performance", "other"};
inline const std::set<std::string> kStates{"planned", "pre_evaluated", "in_progress", "completed", "reported"};
inline const std::set<std::string> kActions{"pre_evaluate", "start", "complete", "report_to_head"};
inline const std::set<std::string> kSeverities{"low", "medium", "high", "critical"};

bool is_application_kind(const std::string& kind);  // application, application_security

// Absent fields stay unset; for the nullable ones the outer optional says "given".
struct ObjectInput {
  std::optional<std::string> kind, name, registered_on;
  std::optional<int64_t> owner_agency_id;
  std::optional<std::optional<int64_t>> application_id, facility_id;
  std::optional<bool> active;
};
// 422 with every field error; kind and application_id are set once, on creation.
ObjectInput parse_object(const nlohmann::json& body, bool creating);
void apply(const ObjectInput& in, AuditObject& o);

struct AuditInput {
  std::optional<int64_t> object_id;
  std::optional<std::string> planned_on, auditor_kind, auditor_name, auditor_credential;
  std::optional<std::vector<std::string>> aspects;
};
AuditInput parse_audit(const nlohmann::json& body, bool creating);
void apply(const AuditInput& in, Audit& a);
// 422 when the audit as it would be saved lacks the auditor's credential or any aspect.
void check_audit(const Audit& a);

struct StepInput {
  std::string action;
  std::string on;      // pre_evaluate: the evaluation's date; start: the start date (default today)
  std::string note;    // pre_evaluate, report_to_head
  std::string sha256;  // pre_evaluate (optional), complete (the report, required)
};
// The body of POST …/actions: {action, …} with the fields of that action only; `today` fills start's date.
StepInput parse_step(const nlohmann::json& body, const std::string& today);

// Why the step cannot be taken now; nothing when it can. `pre_evaluation` is the profile's
// internal evaluation obligation, when it has one.
std::optional<Text> step_refusal(const std::string& action, const Audit& a,
                                 const std::optional<AuditObligation>& pre_evaluation);
// Applies a step that step_refusal allowed.
void take_step(const StepInput& step, Audit& a, const std::string& reported_through);

std::optional<Text> edit_refusal(const Audit& a);             // PATCH after completion
std::optional<Text> finding_refusal(const Audit& a);          // findings before the audit started
std::optional<Text> already_open_refusal(const std::vector<Audit>& open_audits_of_object);

struct FindingInput {
  std::optional<std::string> severity, title, description, recommendation, due_on;
  std::optional<int64_t> owner_agency_id;
};
FindingInput parse_finding(const nlohmann::json& body, bool creating);
void apply(const FindingInput& in, Finding& f);

struct FollowUpInput {
  std::string note, sha256;
};
FollowUpInput parse_follow_up(const nlohmann::json& body);

// A finding is closed on evidence: at least one follow-up with a note and a stored file.
bool has_evidence(const std::vector<FollowUp>& follow_ups);
std::optional<Text> close_refusal(const Finding& f);
std::optional<Text> reopen_refusal(const Finding& f);
std::optional<Text> follow_up_refusal(const Finding& f);
// Open and past its due date.
bool finding_overdue(const Finding& f, const std::string& today);

}  // namespace simpul::modules::ict_audits
