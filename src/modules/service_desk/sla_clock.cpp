// Business-time arithmetic over a region's calendar. Whole weeks are counted at once and
// holidays are looked up as day numbers, so a clock that spans months costs the same as one
// that spans a day: the queue computes two clocks for every ticket it shows, and an overdue
// ticket's clock reaches far back.
#include "modules/service_desk/sla_clock.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "core/dates.h"

namespace simpul::service_desk {

namespace {

using Duration = Instant::duration;
using Day = std::chrono::sys_days;
using Spans = std::vector<std::pair<int, int>>;

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMaxDaysWithoutBusinessTime = 400;
// Far beyond any service level (about a century of minutes); keeps the arithmetic in range.
constexpr int64_t kMaxMinutes = int64_t{100} * 366 * kMinutesPerDay;

// The business intervals of one weekday, clamped to the day, sorted and merged, so a
// calendar written by hand never counts a minute twice.
Spans normalised(const Spans& raw) {
  Spans spans;
  for (auto [start, end] : raw) {
    start = std::clamp(start, 0, kMinutesPerDay);
    end = std::clamp(end, 0, kMinutesPerDay);
    if (start < end) spans.emplace_back(start, end);
  }
  std::sort(spans.begin(), spans.end());
  Spans merged;
  for (const auto& span : spans) {
    if (!merged.empty() && span.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, span.second);
    else
      merged.push_back(span);
  }
  return merged;
}

// "2026-12-25" → that day; nothing for text that is not a date. By hand, not sscanf: every
// clock of every ticket in a queue page reads the region's holidays.
std::optional<Day> day_of(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](size_t from, size_t length) {
    int n = 0;
    for (size_t i = from; i < from + length; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      n = n * 10 + (text[i] - '0');
    }
    return n;
  };
  int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return Day(ymd);
}

size_t weekday_index(Day day) { return std::chrono::weekday(day).iso_encoding() - 1; }  // Monday = 0

struct Calendar {
  std::chrono::minutes offset;
  std::array<Spans, 7> hours;
  std::array<int64_t, 7> day_minutes{};  // business minutes of a whole weekday
  int64_t week_minutes = 0;
  std::vector<Day> holidays;  // sorted

  explicit Calendar(const BusinessCalendar& cal) : offset(cal.utc_offset_minutes) {
    for (size_t d = 0; d < 7; ++d) {
      hours[d] = normalised(cal.hours[d]);
      for (auto [from, to] : hours[d]) day_minutes[d] += to - from;
      week_minutes += day_minutes[d];
    }
    for (const auto& text : cal.holidays)
      if (auto day = day_of(text)) holidays.push_back(*day);
    std::sort(holidays.begin(), holidays.end());
  }

  // The local day an instant falls on.
  Day local_day(Instant t) const { return std::chrono::floor<std::chrono::days>(t + offset); }
  // The instant local midnight of a day begins.
  Instant midnight(Day day) const { return Instant(day.time_since_epoch()) - offset; }

  bool is_holiday(Day day) const { return std::binary_search(holidays.begin(), holidays.end(), day); }

  // The business intervals of a local day, empty on a holiday.
  const Spans& intervals(Day day) const {
    static const Spans none;
    return is_holiday(day) ? none : hours[weekday_index(day)];
  }

  // Business minutes of the whole days [first, last): whole weeks at once, then the days
  // left over, less the holidays in between.
  int64_t whole_days(Day first, Day last) const {
    if (last <= first) return 0;
    int64_t days = (last - first).count();
    int64_t total = days / 7 * week_minutes;
    for (Day d = first + std::chrono::days(days / 7 * 7); d < last; d += std::chrono::days(1))
      total += day_minutes[weekday_index(d)];
    auto from = std::lower_bound(holidays.begin(), holidays.end(), first);
    auto to = std::lower_bound(from, holidays.end(), last);
    for (auto it = from; it != to; ++it) total -= day_minutes[weekday_index(*it)];
    return total;
  }

  // Business time of one local day between two instants (either may lie outside the day).
  Duration within_day(Day day, Instant from, Instant to) const {
    Duration total{0};
    Instant day_start = midnight(day);
    for (auto [from_minute, to_minute] : intervals(day)) {
      Instant open = std::max(day_start + std::chrono::minutes(from_minute), from);
      Instant close = std::min(day_start + std::chrono::minutes(to_minute), to);
      if (open < close) total += close - open;
    }
    return total;
  }

  bool has_any_hours() const { return week_minutes > 0; }
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
  const Duration week = std::chrono::duration_cast<Duration>(std::chrono::minutes(cal.week_minutes));
  // The rest of the first day, minute by minute of its intervals.
  Day day = cal.local_day(start);
  Instant far_future = Instant::max();
  Duration first = cal.within_day(day, start, far_future);
  if (first >= remaining) {
    for (auto [from_minute, to_minute] : cal.intervals(day)) {
      Instant open = std::max(cal.midnight(day) + std::chrono::minutes(from_minute), start);
      Instant close = cal.midnight(day) + std::chrono::minutes(to_minute);
      if (close <= open) continue;
      if (close - open >= remaining) return open + remaining;
      remaining -= close - open;
    }
  }
  remaining -= first;
  day += std::chrono::days(1);
  // Whole weeks while more than two remain: each jump is less than what remains (holidays only
  // take minutes away), so the walk below ends within about two weeks of business days.
  while (remaining >= 2 * week) {
    int64_t weeks = remaining / week - 1;
    Day to = day + std::chrono::days(7 * weeks);
    remaining -= std::chrono::duration_cast<Duration>(std::chrono::minutes(cal.whole_days(day, to)));
    day = to;
  }
  int days_without_business_time = 0;
  for (;; day += std::chrono::days(1)) {
    bool counted = false;
    Instant midnight = cal.midnight(day);
    for (auto [from_minute, to_minute] : cal.intervals(day)) {
      Duration available = std::chrono::minutes(to_minute - from_minute);
      if (available >= remaining) return midnight + std::chrono::minutes(from_minute) + remaining;
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
  Day first = cal.local_day(from), last = cal.local_day(to);
  Duration total = cal.within_day(first, from, to);
  if (last > first) {
    total += cal.within_day(last, from, to);
    total += std::chrono::minutes(cal.whole_days(first + std::chrono::days(1), last));
  }
  return std::chrono::duration_cast<std::chrono::minutes>(total).count();
}

}  // namespace simpul::service_desk
