#pragma once
// The change calendar's answer written as JSON text directly: a year of the region can hold
// thousands of changes and must answer within 20 ms, where building a JSON document first would
// cost more than reading the rows.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "modules/changes/store.h"

namespace simpul::modules::changes {

struct CalendarHeader {
  int year = 0;
  int month = 0;  // 0: the whole year
  std::string time_zone;
  int utc_offset_minutes = 420;
};

// {"year","month","time_zone","items":[…],"conflicts"} as the contract describes it.
std::string calendar_body(const CalendarHeader& header, const std::vector<CalendarRow>& rows,
                          const std::map<int64_t, std::vector<int64_t>>& conflicts);

}  // namespace simpul::modules::changes
