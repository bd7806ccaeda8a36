#pragma once
// The pure rules of compliance: how a date and a period make a status, which subjects a
// `when` condition keeps, the order duties are read in. No I/O.
#include <optional>
#include <string>
#include <vector>

#include "modules/compliance/model.h"
#include "profiles/period.h"

namespace simpul::modules::compliance {

// How long before a due date a duty shows as due soon when the rule names no `lead`.
inline constexpr int kDueSoonDays = 30;

// A periodic duty last done on `last_done` (empty: never). Due `period` after it; overdue
// the day after the due date; due soon from `lead` (or kDueSoonDays) before it. Never done:
// not met, due today. `what` names the duty in the reason ("diagram LAN", "audit
// infrastruktur").
Check periodic_check(const std::string& last_done, const profiles::Period& period, const profiles::Period* lead,
                     const std::string& today, const Text& what);

// A standing duty that lapses on `valid_until` (empty: never): met until then, due soon
// within kDueSoonDays of it, overdue after it.
Check lapsing_check(const std::string& valid_until, const std::string& today, const Text& what);

// Met or not met, with the reason for each.
Check presence_check(bool present, const Text& when_met, const Text& when_not_met);

// True when the obligation's `when` condition holds for the subject (empty `when`: always).
bool condition_holds(const std::string& when, const Subject& subject);

// The statement subject kind a `binds` word makes (every_agency → agency, each_host → host …).
std::string subject_kind_of(const std::string& binds);

// Worst status first, then the soonest due date, then the obligation's place in the profile.
void sort_soonest_first(std::vector<Finding>& findings);

}  // namespace simpul::modules::compliance
