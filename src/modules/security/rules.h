#pragma once
// The rules of information security management, pure (no I/O):
//   - the incident stages of the CSIRT (OKI Pasal 26 ayat (7)) and which step moves an incident
//     from which stage (docs/risk-security-audit-contract.md, "Security incidents");
//   - the two notices of Kendari Pasal 14 ayat (8): the report to the ICT office and the written
//     notice to the data owner (walidata), their due instants (detected_at + the region's hours)
//     and their state (on_time, late, overdue, pending, not_required);
//   - how long an incident may stay open per severity before the overdue list shows it;
//   - which agencies have acknowledged the published revision of a policy (Madiun Pasal 12).
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.h"

namespace simpul::modules::security {

using Instant = std::chrono::system_clock::time_point;

// ---- incident stages and steps
extern const std::vector<std::string> kStages;  // reported … closed, in order
extern const std::vector<std::string> kActions;  // triage, contain, eradicate, recover, learn, close
// The stage a step starts from and the one it leads to; nullopt for an unknown action.
struct StepMove {
  std::string from, to;
};
std::optional<StepMove> step_move(const std::string& action);
// Why `action` cannot be taken from `stage` now (409); nothing when it can. `csirt_citation`
// ("Perbup OKI 32/2022 Pasal 26 ayat (7)") is named when the region's profile has one.
std::optional<Text> step_refusal(const std::string& action, const std::string& stage, const std::string& csirt_citation);
// The one step allowed from `stage` (none when closed).
std::vector<std::string> allowed_actions(const std::string& stage);
// Closing needs the lessons learned (422 on lessons_learned when empty).
bool lessons_missing_for_close(const std::string& action, const std::string& lessons_learned);

// Closing is refused while the report to the ICT office, or a required notice to the data owner,
// is not recorded; each refusal names the region's article (citation) when its profile has one.
std::optional<Text> close_refusal_for_notices(bool ict_office_sent, bool data_owner_required, bool data_owner_sent,
                                              const std::string& ict_office_citation,
                                              const std::string& data_owner_citation);

// ---- notices (Kendari Pasal 14 ayat (8))
struct ReportHours {
  int ict_office = 24;  // hours from detection to the report to the ICT office
  int data_owner = 72;  // hours from detection to the written notice to the data owner
};
inline constexpr int kMaxReportHours = 720;
Instant due_instant(Instant detected_at, int hours);
// The written notice to the data owner is required when the incident is a serious disruption
// or touches a dataset.
bool data_owner_notice_required(bool serious, bool linked_to_dataset);
// on_time | late | overdue | pending | not_required. Sent exactly at due is on time; unsent is
// overdue only once `now` is past due.
std::string notice_state(bool required, Instant due, std::optional<Instant> sent, Instant now);
inline bool notice_overdue(const std::string& state) { return state == "overdue"; }
// Whole hours past due (0 when not past due).
int64_t hours_overdue(Instant due, Instant now);

// ---- open too long
// Days an incident of `severity` may stay open counted from detection: critical 7, high 14,
// medium 30, low 60 (Simpul's limits; the regulations set none).
int open_limit_days(const std::string& severity);
extern const std::map<std::string, int> kOpenLimitDays;
bool open_too_long(const std::string& severity, const std::string& stage, Instant detected_at, Instant now);
// Whole days since detection.
int64_t open_days(Instant detected_at, Instant now);

// "INS-2026-0042": the region's counter for the year of reporting.
std::string incident_number(int year, int64_t counter);

// ---- policies (Madiun Pasal 12)
extern const std::vector<std::string> kPolicyKinds;
struct AgencyAcknowledgement {
  int64_t agency_id = 0;
  std::optional<int> revision;  // the newest revision the agency acknowledged
};
// current: the last published revision; outdated: an older one; missing: none.
std::string acknowledgement_state(int published_revision, std::optional<int> acknowledged_revision);
struct Coverage {
  int acknowledged = 0;  // agencies with the current revision
  int total = 0;
};
Coverage acknowledgement_coverage(int published_revision, const std::vector<AgencyAcknowledgement>& agencies);
// Why the policy cannot be acknowledged now (no published revision); `citation` names the
// region's policy obligation when its profile has one.
std::optional<Text> acknowledgement_refusal(int published_revision, const std::string& citation);
// Why publishing is refused: a published policy without a new draft.
std::optional<Text> publish_refusal(const std::string& status);

// ---- programme (BSSN 4/2021 Pasal 3)
extern const std::vector<std::string> kProgrammeStages;

}  // namespace simpul::modules::security
