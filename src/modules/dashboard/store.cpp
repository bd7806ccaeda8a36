#include "modules/dashboard/store.h"

namespace simpul::modules::dashboard {

int64_t open_incident_count(db::Connection& c, const std::string& region_id) {
  return c.query("SELECT COUNT(*) FROM security_incidents WHERE region_id = ? AND stage <> 'closed'", {region_id})
      .at(0)
      .int64(0);
}

}  // namespace simpul::modules::dashboard
