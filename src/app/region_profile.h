#pragma once
// The regulation profile a region runs (regions.profile names a built-in one).
#include <string>

#include "db/database.h"
#include "profiles/model.h"

namespace simpul {

// Null when the region is unknown or names a profile this binary does not carry.
const profiles::Profile* region_profile(db::Connection& c, const std::string& region_id);

}  // namespace simpul
