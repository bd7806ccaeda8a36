#pragma once
// The budget plan's rules, pure (no I/O):
//   draft → submitted (the agency) → coordinated (the planning office, Madiun Pasal 8
//   ayat (3)) → verified (the ICT office, Kendari Pasal 10 ayat (5)-(6));
//   submitted | coordinated → draft when a reviewer returns it with a reason.
// Lines change only while the plan is a draft. Amounts are whole rupiah, 0 to 10^15 per
// line and per plan. A line should follow the roadmap (Madiun Pasal 8 ayat (2)): one
// without a link is flagged, not refused; a link must name an activity of a roadmap of
// the region, not superseded, whose period holds the plan's year.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/lang.h"
#include "core/problem.h"
#include "modules/budget_plans/model.h"

namespace simpul::modules::budget_plans {

inline constexpr int64_t kMaxAmount = 1'000'000'000'000'000;  // 10^15 rupiah
inline const std::array<const char*, 4> kStatuses = {"draft", "submitted", "coordinated", "verified"};

enum class Step { submit, coordinate, verify, return_to_draft };
const char* step_name(Step s);  // "submit", "coordinate", "verify", "return"
// The status a step leads to.
std::string status_after(Step s);
// Why the step cannot be taken from the plan's status now (409 invalid-transition).
std::optional<Text> cannot(Step s, const BudgetPlan& p, size_t line_count);
// Lines and the note change only in a draft (409 invalid-transition otherwise).
std::optional<Text> cannot_edit(const BudgetPlan& p);

struct PlanInput {
  std::optional<int64_t> agency_id;
  std::optional<int> year;
  std::optional<std::string> note;
};
PlanInput parse_plan(const nlohmann::json& body, bool creating);

struct LineInput {
  std::optional<std::string> description;
  std::optional<int64_t> amount;
  std::optional<std::string> area;
  std::optional<std::optional<int64_t>> roadmap_activity_id;  // given; null unlinks
  std::optional<bool> procurement;
};
LineInput parse_line(const nlohmann::json& body, bool creating);
// The reason a reviewer gives when returning a plan (required, 1-2000 characters).
std::string parse_return_reason(const nlohmann::json& body);

// Whole rupiah from a JSON value: an integer 0..10^15; nothing for fractions, strings,
// negatives or larger numbers.
std::optional<int64_t> amount_of(const nlohmann::json& v);

// What a link points at, as stored (nothing when the activity is not in the region).
struct LinkTarget {
  int roadmap_start_year = 0;
  int roadmap_end_year = 0;
  std::string roadmap_status;
  std::string area;
};
// 422 on roadmap_activity_id when the link is not allowed for a plan of `plan_year`.
std::optional<FieldError> link_error(const std::optional<LinkTarget>& target, int plan_year);

// 422 on amount when the plan's total would pass 10^15 (sums stay exact in 64 bits).
std::optional<FieldError> total_error(int64_t other_lines_total, int64_t amount);

// no_roadmap_link; procurement_unverified (Kendari Pasal 10 ayat (6): procurement is
// verified by the ICT office) while the plan is not yet verified.
std::vector<std::string> line_flags(const BudgetLine& l, const std::string& plan_status);

// Shares of a whole in tenths of a percent (0..1000), one decimal when shown: each
// share is rounded down, then the tenths still missing go one each to the largest
// remainders (ties: the earlier item), so the shares add up to exactly 100.0. All zero
// when the total is zero.
std::vector<int> shares_in_tenths(const std::vector<int64_t>& amounts);
// 253 → 25.3
double tenths_to_percent(int tenths);

// Sums of one plan's lines.
struct AreaTotal {
  std::string area;
  int64_t lines = 0;
  int64_t amount = 0;
  int64_t unlinked_lines = 0;
  int64_t unlinked_amount = 0;
};
struct Totals {
  int64_t lines = 0;
  int64_t amount = 0;
  int64_t unlinked_lines = 0;
  int64_t unlinked_amount = 0;
  int64_t procurement_lines = 0;
  std::vector<AreaTotal> by_area;  // all seven areas, in the regulation's order
};
Totals totals_of(const std::vector<BudgetLine>& lines);

// One row of the consolidation query: a plan's sums in one area (area empty for a plan
// without lines).
struct PlanAreaSum {
  int64_t budget_plan_id = 0;
  int64_t agency_id = 0;
  std::string agency_name;
  std::string agency_short_name;
  std::string status;
  std::string area;
  int64_t lines = 0;
  int64_t amount = 0;
  int64_t unlinked_lines = 0;
  int64_t unlinked_amount = 0;
  int64_t procurement_lines = 0;
};
struct AgencyRef {
  int64_t id = 0;
  std::string name;
};
// The consolidated view of a year (Kendari Pasal 10 ayat (5)): totals per area, per
// agency, per status, the grand total and the unlinked lines. Rows in agency order.
nlohmann::json consolidate(int year, const std::vector<PlanAreaSum>& rows, const std::vector<AgencyRef>& without_plan);

}  // namespace simpul::modules::budget_plans
