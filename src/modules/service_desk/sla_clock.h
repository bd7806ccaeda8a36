#pragma once
// The service desk's SLA clock, pure (no I/O): business time runs only inside the region's
// business hours, in the local time of its zone (WIB +07, WITA +08, WIT +09; Indonesia keeps
// no daylight saving), and never on its public holidays. Response and resolution due times of
// a ticket are "so many business minutes after it was opened" (Madiun Pasal 39 ayat (7)-(11),
// Probolinggo Pasal 27: the service desk answers and resolves within agreed service levels).
#include <array>
#include <chrono>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace simpul::service_desk {

using Instant = std::chrono::system_clock::time_point;

// Business hours of a region in its local time, and its holidays. Indonesia keeps no daylight saving.
struct BusinessCalendar {
  int utc_offset_minutes = 420;                           // WIB +07:00, WITA +08:00, WIT +09:00
  std::array<std::vector<std::pair<int, int>>, 7> hours;  // per weekday, Monday = 0: [start, end) minutes after local midnight
  std::set<std::string> holidays;                         // local dates YYYY-MM-DD
};

// The Indonesian civil service's five-day week: Mon-Thu 07:30-16:00, Fri 07:30-16:30.
BusinessCalendar default_calendar(int utc_offset_minutes);
// Asia/Jakarta, Asia/Pontianak 420; Asia/Makassar 480; Asia/Jayapura 540; else 420.
int utc_offset_minutes_of_zone(const std::string& time_zone);

// The instant at which `minutes` business minutes after `start` have passed (the earliest such
// instant, so a due time can fall exactly on the end of a working day); `start` itself when
// minutes <= 0. Throws std::invalid_argument when the calendar has no business minute at all
// within 400 days (a week with no hours).
Instant add_business_minutes(const BusinessCalendar& cal, Instant start, int64_t minutes);

// Business minutes in [from, to) (whole minutes, rounded down); 0 when to <= from.
int64_t business_minutes_between(const BusinessCalendar& cal, Instant from, Instant to);

}  // namespace simpul::service_desk
