#pragma once
// The demo region `simpul demo` creates so a new installation has something to show.
#include "db/database.h"

namespace simpul::modules::regions {

// Adds Kota Madiun when the database has no region yet; answers whether it did.
bool add_demo_region(db::Database& db);

}  // namespace simpul::modules::regions
