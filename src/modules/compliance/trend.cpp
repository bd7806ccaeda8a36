#include "modules/compliance/trend.h"

#include "modules/compliance/json.h"
#include "modules/compliance/store.h"

namespace simpul::modules::compliance {

nlohmann::json trend_json(db::Connection& c, const std::string& region_id, int64_t agency_id, const Tally& live,
                          const std::string& today) {
  auto rows = list_snapshots(c, region_id, agency_id, kTrendPoints + 1);
  std::erase_if(rows, [&](const Snapshot& s) { return s.taken_on >= today; });
  if (rows.size() > kTrendPoints) rows.erase(rows.begin(), rows.end() - kTrendPoints);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : rows) out.push_back({{"taken_on", s.taken_on}, {"tally", tally_json(s.tally)}, {"live", false}});
  out.push_back({{"taken_on", today}, {"tally", tally_json(live)}, {"live", true}});
  return out;
}

}  // namespace simpul::modules::compliance
