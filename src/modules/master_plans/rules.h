#pragma once
// The master plan's rules, pure: contents, the draft → enacted → superseded life cycle,
// overlapping periods, and when the next review falls due.
//
// Enacting needs a decree (Perwali Batam 40/2021 Pasal 6 ayat (3); Perwali Kendari
// 41/2021 Pasal 10 ayat (3) huruf f) and the contents of Batam Pasal 6 ayat (2). Only one
// enacted plan may cover a year: enacting one whose period overlaps an enacted plan is
// refused (409) unless the caller asks to supersede the overlapping plans in the same step.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/master_plans/model.h"
#include "profiles/model.h"

namespace simpul::modules::master_plans {

// What the region's regulation says about the master plan (empty articles where it says nothing).
struct Regulation {
  std::string contents_article;  // Batam "Pasal 6 ayat (2)"
  std::string decree_article;    // Batam "Pasal 6 ayat (3)"
  int review_months = 12;        // from the profile's master_plan_review period, else yearly
  std::string review_article;    // Kendari "Pasal 10 ayat (3) huruf e"
};
Regulation regulation_of(const simpul::profiles::Profile* profile);

struct ReasonOption {
  std::string code;
  Text label;
  std::string article;  // empty when the region's regulation does not name it
};
// Why a master plan is reviewed: the grounds of Batam Pasal 6 ayat (4)-(5) and Kendari
// Pasal 10 ayat (2)-(3), with the article of the region's regulation where it has one.
std::vector<ReasonOption> review_reasons(const std::string& profile_name);
std::set<std::string> review_reason_codes();

// Field errors of a plan as it would be saved: title, a five-year period, list sizes.
std::vector<FieldError> plan_errors(const MasterPlan& p);
// Field errors that keep a plan from being enacted: a missing decree or missing contents.
std::vector<FieldError> enact_errors(const MasterPlan& p, const Regulation& reg);

// Why the step cannot be taken in the plan's status; nothing when it can.
std::optional<Text> cannot_edit(const MasterPlan& p, bool changes_period);
std::optional<Text> cannot_enact(const MasterPlan& p);
std::optional<Text> cannot_supersede(const MasterPlan& p);
std::optional<Text> cannot_review(const MasterPlan& p);

// The enacted plans among `others` (not `p` itself) whose period overlaps `p`'s.
std::vector<MasterPlan> overlapping_enacted(const MasterPlan& p, const std::vector<MasterPlan>& others);

// The next review: `review_months` after the last review, or after the decree when there
// is none; nothing unless the plan is enacted.
std::optional<std::string> next_review_due(const MasterPlan& p, int review_months);
// "on_track" | "due_soon" (within 30 days) | "overdue", against `today`; nothing unless enacted.
std::optional<std::string> review_state(const MasterPlan& p, int review_months, const std::string& today);

// The actions the plan's status allows now, for the UI: edit, enact, supersede, review.
std::vector<std::string> allowed_actions(const MasterPlan& p);

}  // namespace simpul::modules::master_plans
