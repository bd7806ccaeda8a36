#pragma once
// Calendar dates (YYYY-MM-DD) as decrees and submissions carry them, and "today"
// in a region's zone. Indonesia keeps no daylight saving, so a zone is a fixed
// offset: WIB +07, WITA +08, WIT +09.
#include <chrono>
#include <string>

namespace simpul {

bool is_calendar_date(const std::string& text);          // "2024-02-29" yes, "2023-02-29" no
int utc_offset_hours(const std::string& time_zone);      // Asia/Jakarta 7, Asia/Makassar 8, Asia/Jayapura 9; else 7
std::string today_in_zone(const std::string& time_zone);  // YYYY-MM-DD
// A day as YYYY-MM-DD.
std::string format_date(std::chrono::sys_days day);
// The day a YYYY-MM-DD text names; the text must already be a valid date (callers validate input first).
std::chrono::sys_days parse_date(const std::string& date);
// The date `days` days after a valid YYYY-MM-DD date; negative goes back.
std::string add_days(const std::string& date, int days);
// The calendar date (YYYY-MM-DD) of instant `t` in the zone: pure, for rules that take "now" as input.
std::string date_in_zone(std::chrono::system_clock::time_point t, const std::string& time_zone);

}  // namespace simpul
