#pragma once
// The national public holidays and collective leave days (hari libur nasional, cuti bersama)
// a new region's service desk calendar starts with, so the SLA clock stops on them.
#include <string>
#include <utility>
#include <vector>

#include "db/database.h"

namespace simpul::service_desk {

// (day YYYY-MM-DD, name) in date order.
const std::vector<std::pair<std::string, std::string>>& national_holidays();

// Adds every national holiday the region's calendar does not have yet (inside the caller's transaction).
void add_national_holidays(db::Connection& c, const std::string& region_id);

}  // namespace simpul::service_desk
