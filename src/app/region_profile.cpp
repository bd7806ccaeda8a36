#include "app/region_profile.h"

#include "profiles/loader.h"

namespace simpul {

const profiles::Profile* region_profile(db::Connection& c, const std::string& region_id) {
  auto rows = c.query("SELECT profile FROM regions WHERE region_id = ?", {region_id});
  if (rows.empty()) return nullptr;
  return profiles::find_builtin(rows[0].text(0));
}

}  // namespace simpul
