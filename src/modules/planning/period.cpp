#include "modules/planning/period.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "core/dates.h"

namespace simpul::planning {

namespace {

std::chrono::year_month_day parse(const std::string& date) {
  if (!is_calendar_date(date)) throw std::invalid_argument("not a calendar date: " + date);
  return std::chrono::year_month_day{parse_date(date)};
}

std::string format(const std::chrono::year_month_day& d) {
  char out[11];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return out;
}

}  // namespace

std::vector<int> YearPeriod::each_year() const {
  std::vector<int> out;
  for (int y = start_year; y <= end_year; ++y) out.push_back(y);
  return out;
}

std::vector<FieldError> period_errors(int start_year, int end_year, int years, const std::string& start_field,
                                      const std::string& end_field) {
  std::vector<FieldError> errors;
  auto in_range = [](int y) { return y >= kEarliestYear && y <= kLatestYear; };
  if (!in_range(start_year))
    errors.push_back({start_field, {"Tahun awal harus antara 2000 dan 2100.", "The first year must be between 2000 and 2100."}});
  if (!in_range(end_year))
    errors.push_back({end_field, {"Tahun akhir harus antara 2000 dan 2100.", "The last year must be between 2000 and 2100."}});
  if (!errors.empty()) return errors;
  if (end_year < start_year)
    errors.push_back({end_field, {"Tahun akhir tidak boleh sebelum tahun awal.", "The last year cannot come before the first year."}});
  else if (end_year - start_year + 1 != years) {
    auto n = std::to_string(years), first = std::to_string(start_year), last = std::to_string(start_year + years - 1);
    errors.push_back({end_field, {"Periodenya " + n + " tahun: dari " + first + " sampai " + last + ".",
                                  "The period is " + n + " years: from " + first + " to " + last + "."}});
  }
  return errors;
}

std::string add_months(const std::string& date, int months) {
  using namespace std::chrono;
  auto d = parse(date);
  year_month_day moved = d + std::chrono::months{months};
  // 31 January + 1 month is the last day of February, not 3 March.
  if (!moved.ok()) moved = moved.year() / moved.month() / last;
  return format(moved);
}

std::string next_due(const std::string& since, int every_months) { return add_months(since, every_months); }

std::string end_of_year(int year) {
  char out[11];
  std::snprintf(out, sizeof out, "%04d-12-31", year);
  return out;
}

std::string due_state(const std::string& today, const std::string& due, int warn_days) {
  using namespace std::chrono;
  auto days_left = (sys_days{parse(due)} - sys_days{parse(today)}).count();
  if (days_left < 0) return "overdue";
  if (days_left <= warn_days) return "due_soon";
  return "on_track";
}

}  // namespace simpul::planning
