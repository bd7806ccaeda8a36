#pragma once
// The trend of a scope's compliance as the region page, an agency page and the leadership
// dashboard draw it: the last stored snapshots before today, oldest first, then today's figure
// as computed now (marked live).
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "db/database.h"
#include "modules/compliance/model.h"

namespace simpul::modules::compliance {

inline constexpr int kTrendPoints = 24;  // stored snapshots drawn before today's live figure

// agency_id 0: the region as a whole.
nlohmann::json trend_json(db::Connection& c, const std::string& region_id, int64_t agency_id, const Tally& live,
                          const std::string& today);

}  // namespace simpul::modules::compliance
