#include "modules/agencies/store.h"

namespace simpul::modules::agencies {

nlohmann::json to_json(const Agency& a) { return {{"id", a.id}, {"name", a.name}, {"short_name", a.short_name}}; }

std::vector<Agency> list(db::Connection& c, const std::string& region_id) {
  std::vector<Agency> out;
  for (const auto& r : c.query("SELECT agency_id, region_id, name, short_name FROM agencies WHERE region_id = ? ORDER BY name",
                               {region_id}))
    out.push_back({r.int64(0), r.text(1), r.text(2), r.text(3)});
  return out;
}

bool exists(db::Connection& c, const std::string& region_id, int64_t agency_id) {
  return !c.query("SELECT 1 FROM agencies WHERE region_id = ? AND agency_id = ?", {region_id, agency_id}).empty();
}

int64_t insert(db::Connection& c, const Agency& a, const std::string& now) {
  return c.query("INSERT INTO agencies (region_id, name, short_name, created_at) VALUES (?, ?, ?, ?) RETURNING agency_id",
                 {a.region_id, a.name, a.short_name, now})
      .at(0)
      .int64(0);
}

}  // namespace simpul::modules::agencies
