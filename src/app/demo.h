#pragma once
// The demo region `simpul demo` creates so a new installation has something to
// show: Kota Madiun, three agencies and one user per role (docs/identity-contract.md).
#include "db/database.h"

namespace simpul {

inline constexpr const char* kDemoPassword = "Demo-Simpul-2026";

// Adds the demo when the database has no region yet; answers whether it did.
bool add_demo(db::Database& db);

}  // namespace simpul
