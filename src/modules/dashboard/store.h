#pragma once
// The one count the dashboard needs that no module's store offers yet.
#include <cstdint>
#include <string>

#include "db/database.h"

namespace simpul::modules::dashboard {

// Security incidents of the region not closed: what the incident list's stage=open shows.
int64_t open_incident_count(db::Connection& c, const std::string& region_id);

}  // namespace simpul::modules::dashboard
