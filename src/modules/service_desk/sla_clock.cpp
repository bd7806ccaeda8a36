// Business-time arithmetic over a region's calendar: walks local days, skipping holidays and
// hours outside the business intervals of each weekday.
#include "modules/service_desk/sla_clock.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/dates.h"

namespace simpul::service_desk {

namespace {

using Duration = Instant::duration;
using Day = std::chrono::sys_days;

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMaxDaysWithoutBusinessTime = 400;
// Far beyond any service level (about a century of minutes); keeps the arithmetic in range.
constexpr int64_t kMaxMinutes = int64_t{100} * 366 * kMinutesPerDay;

// The business intervals of one weekday, clamped to the day, sorted and merged, so a
// calendar written by hand never counts a minute twice.
std::vector<std::pair<int, int>> normalised(const std::vector<std::pair<int, int>>& raw) {
  std::vector<std::pair<int, int>> spans;
  for (auto [start, end] : raw) {
    start = std::clamp(start, 0, kMinutesPerDay);
    end = std::clamp(end, 0, kMinutesPerDay);
    if (start < end) spans.emplace_back(start, end);
  }
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<int, int>> merged;
  for (const auto& span : spans) {
    if (!merged.empty() && span.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, span.second);
    else
      merged.push_back(span);
  }
  return merged;
}

struct Calendar {
  std::chrono::minutes offset;
  std::array<std::vector<std::pair<int, int>>, 7> hours;
  const std::set<std::string>* holidays;

  explicit Calendar(const BusinessCalendar& cal)
      : offset(cal.utc_offset_minutes), holidays(&cal.holidays) {
    for (size_t d = 0; d < 7; ++d) hours[d] = normalised(cal.hours[d]);
  }

  // The local day an instant falls on.
  Day local_day(Instant t) const { return std::chrono::floor<std::chrono::days>(t + offset); }
  // The instant local midnight of a day begins.
  Instant midnight(Day day) const { return Instant(day.time_since_epoch()) - offset; }

  // The business intervals of a local day, empty on a holiday.
  const std::vector<std::pair<int, int>>& intervals(Day day) const {
    static const std::vector<std::pair<int, int>> none;
    std::chrono::year_month_day ymd(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    if (holidays->count(text)) return none;
    return hours[std::chrono::weekday(day).iso_encoding() - 1];
  }

  bool has_any_hours() const {
    return std::any_of(hours.begin(), hours.end(), [](const auto& spans) { return !spans.empty(); });
  }
};

}  // namespace

BusinessCalendar default_calendar(int utc_offset_minutes) {
  BusinessCalendar cal;
  cal.utc_offset_minutes = utc_offset_minutes;
  for (int d = 0; d < 4; ++d) cal.hours[d] = {{7 * 60 + 30, 16 * 60}};
  cal.hours[4] = {{7 * 60 + 30, 16 * 60 + 30}};
  return cal;
}

int utc_offset_minutes_of_zone(const std::string& time_zone) { return utc_offset_hours(time_zone) * 60; }

Instant add_business_minutes(const BusinessCalendar& business, Instant start, int64_t minutes) {
  if (minutes <= 0) return start;
  if (minutes > kMaxMinutes) throw std::invalid_argument("too many business minutes to add");
  Calendar cal(business);
  if (!cal.has_any_hours()) throw std::invalid_argument("the business calendar has no business hours in any week");
  Duration remaining = std::chrono::duration_cast<Duration>(std::chrono::minutes(minutes));
  int days_without_business_time = 0;
  for (Day day = cal.local_day(start);; day += std::chrono::days(1)) {
    bool counted = false;
    Instant midnight = cal.midnight(day);
    for (auto [from_minute, to_minute] : cal.intervals(day)) {
      Instant open = midnight + std::chrono::minutes(from_minute);
      Instant close = midnight + std::chrono::minutes(to_minute);
      if (close <= start) continue;
      Instant from = std::max(open, start);
      Duration available = close - from;
      if (available >= remaining) return from + remaining;
      remaining -= available;
      counted = true;
    }
    days_without_business_time = counted ? 0 : days_without_business_time + 1;
    if (days_without_business_time > kMaxDaysWithoutBusinessTime)
      throw std::invalid_argument("the business calendar has no business minute within 400 days");
  }
}

int64_t business_minutes_between(const BusinessCalendar& business, Instant from, Instant to) {
  if (to <= from) return 0;
  Calendar cal(business);
  if (!cal.has_any_hours()) return 0;
  Duration total{0};
  Day last = cal.local_day(to);
  for (Day day = cal.local_day(from); day <= last; day += std::chrono::days(1)) {
    Instant midnight = cal.midnight(day);
    for (auto [from_minute, to_minute] : cal.intervals(day)) {
      Instant open = std::max(midnight + std::chrono::minutes(from_minute), from);
      Instant close = std::min(midnight + std::chrono::minutes(to_minute), to);
      if (open < close) total += close - open;
    }
  }
  return std::chrono::duration_cast<std::chrono::minutes>(total).count();
}

}  // namespace simpul::service_desk
