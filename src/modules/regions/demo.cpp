#include "modules/regions/demo.h"

#include "core/clock.h"
#include "modules/regions/store.h"

namespace simpul::modules::regions {

bool add_demo_region(db::Database& db) {
  return db.write([](db::Connection& c) {
    if (count(c) > 0) return false;
    auto now = now_rfc3339();
    // Kota Madiun (Perwali Madiun No. 39/2021), in WIB.
    insert(c, {"kota-madiun", "Kota Madiun", "kota", "Asia/Jakarta", "madiunkota.go.id", "madiun", 1, now, now});
    return true;
  });
}

}  // namespace simpul::modules::regions
