#pragma once
// The planned window of a change (start and end date-time in the region's zone, Indonesia keeps
// no daylight saving, so a zone is a fixed offset) and the calendar's periods. Pure: no I/O.
#include <cstdint>
#include <optional>
#include <string>

namespace simpul::modules::changes {

// The longest planned window of a change.
inline constexpr int64_t kMaxWindowDays = 90;

// "2026-12-05T22:00" (local time of the zone, seconds optional) or RFC 3339 with "Z" or an
// offset ("2026-12-05T22:00:00+07:00") → the instant in the stored form, UTC with milliseconds
// ("2026-12-05T15:00:00.000Z"); nullopt when it is no such date-time.
std::optional<std::string> parse_date_time(const std::string& text, int utc_offset_minutes);

// The stored UTC instant as local time of the zone, "YYYY-MM-DDTHH:MM".
std::string local_date_time(const std::string& utc, int utc_offset_minutes);

// Seconds from one stored instant to another; nullopt when either is no stored instant.
std::optional<int64_t> seconds_between(const std::string& from, const std::string& to);

// Where a change sits in the calendar: its planned window, or once implemented its actual one,
// the planned length ending at `implemented_at` (when it went live).
struct Window {
  std::string start, end;
};
Window calendar_window(const std::string& planned_start, const std::string& planned_end, const std::string& implemented_at);

// A period of the calendar: [start, end) as stored instants; month 0 = the whole year.
// `scan_from`: the earliest start a window overlapping the period can have (windows are at most
// kMaxWindowDays long), so the calendar reads one range of its index.
struct Period {
  std::string start, end, scan_from;
};
Period calendar_period(int year, int month, int utc_offset_minutes);

}  // namespace simpul::modules::changes
