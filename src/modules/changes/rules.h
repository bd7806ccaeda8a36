#pragma once
// The rules of change management, pure (no I/O) so that they are unit-tested per profile:
//   - the stages and steps of Madiun Pasal 38 ayat (2) (planning, analysis, development,
//     implementation, monitoring and evaluation) with approval before development;
//   - who approves: the approval_gate of the region's profile for this change's target (e.g.
//     Batam Pasal 46 ayat (3): the GCIO approves every SPBE development; Madiun Pasal 23 ayat (3):
//     application development with the ICT office), otherwise the ICT office under the region's
//     change-management obligation;
//   - the request's fields and its planned window; conflicts in the change calendar.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/region_profile.h"
#include "core/lang.h"
#include "core/problem.h"
#include "modules/changes/model.h"
#include "profiles/model.h"

namespace simpul::modules::changes {

inline const std::set<std::string> kTargetKinds{"application",         "host",        "network", "service_connector",
                                                "service_integration", "data_center", "other"};
inline const std::set<std::string> kLinkKinds{"application", "host", "ticket", "risk", "asset"};
inline const std::set<std::string> kChangeTypes{"standard", "normal", "emergency"};
inline const std::set<std::string> kRiskLevels{"low", "medium", "high"};
inline const std::set<std::string> kStages{"planning",       "analysis",   "awaiting_approval", "approved",
                                           "development",    "implementation", "monitoring",    "evaluated",
                                           "refused",        "cancelled",  "rolled_back"};
inline const std::set<std::string> kActions{"submit_analysis", "request_approval", "approve", "refuse", "start_development",
                                            "implement",       "roll_back",        "monitor", "evaluate", "cancel"};
inline const std::set<std::string> kResults{"success", "partial", "failed"};
inline constexpr size_t kMaxLinks = 20;
inline constexpr size_t kLongText = 5000;

// Approval ------------------------------------------------------------------------------------

// What the approval rule looks at: the change's target and the requesting agency.
struct GateFacts {
  std::string target_kind;
  std::vector<std::string> application_categories;  // of the linked applications
  bool public_service_application = false;          // a linked application serves a public service
  bool agency_self_sufficient = false;              // PD Mandiri TIK: runs its own services
};

// Documented mapping: the approval_gate actions that concern changing each kind of target.
// `develop_spbe` (Batam Pasal 46 ayat (3)) concerns every kind.
const std::vector<std::string>& gate_actions_for(const std::string& target_kind);
// Whether an obligation's `when` holds for these facts ("" always holds).
bool when_holds(const std::string& when, const GateFacts& facts);

struct ApprovalRule {
  std::string approver = "ict_office";  // ict_office | gcio
  std::string basis = "change_management";  // approval_gate | change_management
  std::string gate_action;                  // the gate's action, "" for change_management
  const profiles::Obligation* obligation = nullptr;  // the cited obligation; null without a profile
};
// The gate naming the GCIO wins over one naming the ICT office; otherwise the first in the
// profile's order; none: the ICT office under the change-management obligation.
ApprovalRule approval_rule(const profiles::Profile* profile, const GateFacts& facts);
// "Pasal 23 ayat (3) Perwali Madiun 39/2021"; "" without an obligation.
std::string citation_of(const profiles::Profile* profile, const ApprovalRule& rule);
nlohmann::json citation_json(const profiles::Profile* profile, const ApprovalRule& rule);

// Stages --------------------------------------------------------------------------------------

Text stage_label(const std::string& stage);
// The stage an action leads to.
std::string next_stage(const std::string& action);
// The actions the stage allows (whoever takes them).
std::vector<std::string> stage_actions(const Change& c);
bool is_approved(const Change& c);  // approved and not cancelled
// 409 reasons: out of order (stage named), or development/implementation without approval
// (cited: the approval basis of the region's regulation).
std::optional<Text> step_refusal(const std::string& action, const Change& c);
// The problem for a step before approval, with the citation (article, text, regulation).
std::optional<Problem> unapproved_refusal(const std::string& action, const Change& c, const profiles::Profile* profile,
                                          const ApprovalRule& rule);

// A step as the caller asked for it.
struct StepInput {
  std::string action, note;
  std::string implemented_at;  // implement: stored UTC instant
  std::string result, lessons;
};
StepInput parse_step(const nlohmann::json& body, int utc_offset_minutes, const std::string& now);
// Field errors of the change for this step (rollback plan before approval).
std::vector<FieldError> step_field_errors(const StepInput& step, const Change& c);
// Applies the step to the change (stage and the step's fields); the decision's author comes from the route.
void take_step(const StepInput& step, Change& c);

// Request fields ------------------------------------------------------------------------------

struct LinkInput {
  std::string kind;
  int64_t id = 0;
};
struct ChangeInput {
  std::optional<std::string> title, description, reason, target_kind, target_label, change_type, risk_level,
      risk_notes, impact, rollback_plan, implementer, planned_start, planned_end;
  std::optional<int64_t> agency_id;
  std::optional<std::vector<LinkInput>> links;
};
// Strict: unknown fields, wrong types and bad values are 422 per field.
ChangeInput parse_change(const nlohmann::json& body, bool creating, int utc_offset_minutes);
// The fields an approved change may still change; others: 409.
std::optional<Text> edit_refusal(const ChangeInput& input, const Change& c);
// Applies the input; answers true when an approved change's window or rollback plan changed
// (approval needed again: the change returns to awaiting_approval, the decision cleared).
bool apply(const ChangeInput& input, Change& c);
// Whole-record checks after applying: the window's end after its start.
void check_change(const Change& c);

// Calendar ------------------------------------------------------------------------------------

struct CalendarEntry {
  int64_t id = 0;
  bool approved = false;
  std::vector<std::string> targets;  // link keys of applications, hosts, assets; "<kind>#<label>" for a labelled target
  std::string start, end;            // stored instants; [start, end]
};
// The target keys that conflict detection compares.
std::vector<std::string> target_keys(const std::string& target_kind, const std::string& target_label,
                                     const std::string& link_keys);
// For every approved entry, the ids of other approved entries with a shared target and an overlapping window.
std::map<int64_t, std::vector<int64_t>> conflicts(const std::vector<CalendarEntry>& entries);

}  // namespace simpul::modules::changes
