#pragma once
// The roadmap's rules, pure (no I/O):
//   draft → enacted (by decree) → superseded (when a later roadmap for an overlapping
//   period is enacted); superseded roadmaps no longer change.
// - every activity carries one entry per year of the roadmap's period; a year outside it
//   is refused (Kendari Pasal 8 ayat (2): five years);
// - a change to the plan of an enacted roadmap needs one of the reasons the region's
//   regulation lists (Kendari Pasal 8 ayat (5), Madiun Pasal 7 ayat (6), Batam Pasal 8
//   ayat (6), OKI Pasal 7 ayat (3), Probolinggo Pasal 11 ayat (4)); recording how an
//   activity went (its actual status) is monitoring (ayat (4)), not a change;
// - monitoring is recorded once per year of the period (Kendari Pasal 8 ayat (4)).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/roadmaps/model.h"

namespace simpul::modules::roadmaps {

inline const std::set<std::string> kPlannedStatuses = {"planned", "not_planned"};
inline const std::set<std::string> kActualStatuses = {"not_started", "in_progress", "done", "delayed", "cancelled"};

struct ChangeReason {
  std::string code;     // national_roadmap_change, rpjmd_change, evaluation_results …
  Text label;
  std::string article;  // where the region's regulation lists it; empty when no profile is known
};

// The reasons of the regulation `profile_name` ("madiun", "kendari" …); every known reason
// (without articles) for a region with no known profile.
std::vector<ChangeReason> change_reasons(const std::string& profile_name);

// A legal reason given with a change (change_reason, change_note, change_decree_number, change_decree_date).
struct ChangeInput {
  std::string reason;  // empty: none given
  std::string note;
  std::string decree_number, decree_date;
};

// What a request body may say about a roadmap (every field optional; presence = "change it").
struct RoadmapInput {
  std::optional<std::string> title;
  std::optional<int> start_year, end_year;
  std::optional<std::string> decree_number, decree_date;  // "" clears
  ChangeInput change;
};

struct ActivityInput {
  std::optional<std::string> program, name, area, description;
  std::optional<int64_t> owner_agency_id;
  std::optional<nlohmann::json> years;  // array of {year, target?, planned_status?, actual_status?}
  ChangeInput change;
};

struct MonitoringInput {
  int year = 0;
  std::string date, summary, findings;
};

// Body readers: 422 validation-failed with every field error at once. `reasons` are the
// codes the region's regulation allows for change_reason.
RoadmapInput parse_roadmap(const nlohmann::json& body, bool creating, const std::vector<ChangeReason>& reasons);
ActivityInput parse_activity(const nlohmann::json& body, bool creating, const std::vector<ChangeReason>& reasons);
MonitoringInput parse_monitoring(const nlohmann::json& body);

// Field errors of a roadmap as it would be saved: a five-year period within 2000-2100,
// a title, the decree's number and date both or neither.
std::vector<FieldError> roadmap_errors(const Roadmap& r);

// One default entry (no target, not planned, not started) per year of the period.
std::vector<YearPlan> default_years(const planning::YearPeriod& period);

// Merges `entries` into `years` (which covers `period`): an entry names its year and
// changes the fields it gives. Errors on "years[i].…" for years outside the period,
// unknown statuses, repeated years or unknown fields.
std::vector<FieldError> merge_years(std::vector<YearPlan>& years, const nlohmann::json& entries,
                                    const planning::YearPeriod& period);

// The entries re-laid over another period: years still inside keep what they had, new
// years start empty. Errors (on `field`) when a year that would fall out holds a target
// or a planned status, so nothing planned is silently dropped.
std::vector<FieldError> reshape_years(std::vector<YearPlan>& years, const planning::YearPeriod& to,
                                      const std::string& field);

// The plan fields of an activity that changed (program, name, area, owner, description,
// targets, planned statuses); actual statuses are left out: they are monitoring.
std::vector<std::string> plan_changes(const Activity& before, const Activity& after);
// The fields of a roadmap that changed (title, period, decree).
std::vector<std::string> roadmap_changes(const Roadmap& before, const Roadmap& after);

// 422 on change_reason when `changed` touches an enacted roadmap without a reason; the
// article of the reason otherwise (empty when no reason is needed).
std::optional<FieldError> missing_reason(const std::string& roadmap_status, const std::vector<std::string>& changed,
                                         const ChangeInput& change);

// Why the roadmap cannot be changed or enacted now (409 invalid-transition); nothing when it can.
std::optional<Text> cannot_change(const Roadmap& r);
std::optional<Text> cannot_enact(const Roadmap& r, size_t activity_count);
std::optional<Text> cannot_monitor(const Roadmap& r);
// Field errors of a monitoring record: the year in the period, the date a real one not
// before the year began and not after `today` (YYYY-MM-DD).
std::vector<FieldError> monitoring_errors(const MonitoringInput& m, const planning::YearPeriod& period,
                                          const std::string& today);

// The areas with no activity yet (Madiun Pasal 7 ayat (2): the roadmap covers all seven).
std::vector<std::string> areas_without_activities(const std::vector<Activity>& activities);
// Years of the period already over (before `this_year`) with no monitoring record.
std::vector<int> monitoring_missing_years(const planning::YearPeriod& period, const std::vector<Monitoring>& records,
                                          int this_year);

}  // namespace simpul::modules::roadmaps
