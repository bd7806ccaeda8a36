#pragma once
// The architecture's rules, pure: the life cycle as a state machine, the period rule
// (versions that are not superseded never overlap), the six domains, and the reviews the
// region's regulation asks for with their due dates.
//
//   draft → in_review → enacted → superseded;  in_review → draft (returned for changes).
//
// Enacting needs the decree (Madiun Pasal 6 ayat (3), Batam Pasal 7 ayat (4), Kendari
// Pasal 7 ayat (4): "ditetapkan dengan Keputusan Walikota"). Nothing is superseded
// automatically: a new version for an overlapping period needs the old one superseded first.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/architectures/model.h"
#include "profiles/model.h"

namespace simpul::modules::architectures {

// The six domains in the regulation's order (Madiun Pasal 6 ayat (7)), with their names.
const std::vector<std::string>& domain_names();
Text domain_label(const std::string& domain);

struct ReasonOption {
  std::string code;
  Text label;
  std::string article;
};

// What the region's regulation says about the architecture and its reviews.
struct Regulation {
  // "mid_term_and_final_year" (Madiun Pasal 6 ayat (10), Batam Pasal 7 ayat (8), Kendari
  // Pasal 7 ayat (6)) or "annual" (OKI Pasal 6 ayat (7), Probolinggo Pasal 10 ayat (1)).
  std::string schedule = "mid_term_and_final_year";
  std::string schedule_article;
  std::string decree_article;
  std::vector<ReasonOption> reasons;  // the grounds the regulation lists, with their articles
};
Regulation regulation_of(const simpul::profiles::Profile* profile);

// The review kinds the schedule allows: mid_term, final_year, on_demand; or annual, on_demand.
std::set<std::string> review_kinds(const Regulation& reg);
std::set<std::string> reason_codes(const Regulation& reg);

// --- life cycle
std::vector<std::string> next_statuses(const std::string& status);
// Why `a` cannot move to `to`; nothing when it can (the decree is checked by enact_errors).
std::optional<Text> cannot_transition(const Architecture& a, const std::string& to);
std::vector<FieldError> enact_errors(const Architecture& a, const Regulation& reg);
// Content (title, period, reference, decree, domain descriptions) changes while drafting
// or in review only; the coordinating agency of a domain may change until superseded.
std::optional<Text> cannot_edit_content(const Architecture& a);
std::optional<Text> cannot_change_coordinator(const Architecture& a);
std::optional<Text> cannot_review(const Architecture& a);

// --- period
std::vector<FieldError> version_errors(const Architecture& a);
// The first version among `others` (not `a` itself), not superseded, whose period overlaps `a`'s.
std::optional<Architecture> overlapping_version(const Architecture& a, const std::vector<Architecture>& others);

// --- reviews
// Field errors of a new review of `a`: a kind the schedule has, mid-term and final-year
// reviews once each and not before their year, a date not in the future and not before
// the decree, reasons required when the review is on demand.
std::vector<FieldError> review_errors(const Architecture& a, const Regulation& reg, const Review& r, const std::string& today);

struct DueReview {
  std::string kind;  // mid_term | final_year | annual
  int year = 0;
  std::string due_date;  // the last day of that year
  std::optional<int64_t> review_id;
  // done | on_track (before its year) | due_soon (in its year) | overdue (after it) |
  // not_in_force (the version is not enacted)
  std::string state;
};
std::vector<DueReview> due_reviews(const Architecture& a, const Regulation& reg, const std::string& today);

}  // namespace simpul::modules::architectures
