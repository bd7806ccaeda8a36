#pragma once
// Calendar dates (YYYY-MM-DD) as decrees and submissions carry them, and "today"
// in a region's zone. Indonesia keeps no daylight saving, so a zone is a fixed
// offset: WIB +07, WITA +08, WIT +09.
#include <string>

namespace simpul {

bool is_calendar_date(const std::string& text);          // "2024-02-29" yes, "2023-02-29" no
int utc_offset_hours(const std::string& time_zone);      // Asia/Jakarta 7, Asia/Makassar 8, Asia/Jayapura 9; else 7
std::string today_in_zone(const std::string& time_zone);  // YYYY-MM-DD

}  // namespace simpul
