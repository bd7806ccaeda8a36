#include "app/record_history.h"

#include "audit/log.h"

namespace simpul {

nlohmann::json record_history(db::Connection& c, const std::string& region_id, const std::string& entity_type,
                              const std::string& entity_id) {
  audit::Filter filter;
  filter.region_id = region_id;
  filter.entity_type = entity_type;
  filter.entity_id = entity_id;
  filter.limit = 500;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : audit::list(c, filter)) {
    auto full = audit::to_json(e);
    // The chain fields and the client address are for auditors, not for a plan's history.
    items.push_back({{"seq", full["seq"]},
                     {"at", full["at"]},
                     {"actor", {{"username", full["actor"]["username"]}, {"role", full["actor"]["role"]}}},
                     {"action", full["action"]},
                     {"changes", full["changes"]},
                     {"request_id", full["request_id"]}});
  }
  return {{"items", items}};
}

}  // namespace simpul
