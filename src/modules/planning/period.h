#pragma once
// The five-year period every SPBE plan runs for (Rencana Induk, Arsitektur, Peta
// Rencana: e.g. Kendari Pasal 8 ayat (2) "disusun untuk jangka waktu 5 (lima)
// tahun"), and the dates its reviews fall due. Pure rules, no I/O.
#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"

namespace simpul::planning {

inline constexpr int kPlanYears = 5;
inline constexpr int kEarliestYear = 2000;
inline constexpr int kLatestYear = 2100;

struct YearPeriod {
  int start_year = 0;
  int end_year = 0;  // inclusive: 2021-2025 is five years

  int years() const { return end_year - start_year + 1; }
  bool contains(int year) const { return year >= start_year && year <= end_year; }
  bool overlaps(const YearPeriod& other) const { return start_year <= other.end_year && other.start_year <= end_year; }
  // "paruh waktu": the middle year of the period (2023 for 2021-2025).
  int mid_term_year() const { return start_year + (years() - 1) / 2; }
  int final_year() const { return end_year; }
  std::vector<int> each_year() const;
  std::string label() const { return std::to_string(start_year) + "-" + std::to_string(end_year); }
};

// Field errors (on `start_field` / `end_field`) for a period that is not exactly
// `years` long, runs backwards, or lies outside 2000-2100; empty when it is right.
std::vector<FieldError> period_errors(int start_year, int end_year, int years = kPlanYears,
                                      const std::string& start_field = "start_year",
                                      const std::string& end_field = "end_year");

// The first of `others` whose period overlaps `period`, if any.
template <class Record, class PeriodOf>
const Record* first_overlap(const YearPeriod& period, const std::vector<Record>& others, PeriodOf period_of) {
  for (const auto& o : others)
    if (period_of(o).overlaps(period)) return &o;
  return nullptr;
}

// Review due dates, as calendar dates (YYYY-MM-DD):
// - every `every_months` after `since` (a decree date or the last review), e.g. the
//   yearly review of a master plan: next_due("2022-03-15", 12) = "2023-03-15";
//   29 February falls back to 28 February in a common year;
// - the architecture's fixed points: the end of the mid-term year and of the final year.
std::string add_months(const std::string& date, int months);
std::string next_due(const std::string& since, int every_months);
std::string end_of_year(int year);  // "2023-12-31"

// "due_soon" within `warn_days` before `due`, "overdue" after it, else "on_track".
std::string due_state(const std::string& today, const std::string& due, int warn_days = 30);

}  // namespace simpul::planning
