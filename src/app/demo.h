#pragma once
// The demo region `simpul demo` creates so a new installation has something real to
// show: Kota Madiun under Perwali Madiun 39/2021, its Perangkat Daerah with heads and
// staff (valid NIPs), the Tim Koordinasi SPBE, and one user per role. Deterministic
// from the seed; sizes are flags so later capabilities can grow it.
#include <cstdint>
#include <functional>
#include <string>

#include "db/database.h"

namespace simpul {

inline constexpr const char* kDemoPassword = "Demo-Simpul-2026";

struct DemoOptions {
  uint64_t seed = 2021;
  int agencies = 45;          // 10..69, the profile's own agencies included
  int people_per_agency = 8;  // staff besides the head, 0..200
  std::string files_dir;      // where demo documents' bytes go; empty: their rows only
  int64_t tickets = 40;       // service desk tickets with their history, 0..2,000,000 (a million for benchmarks)
};

// Called as the demo grows: a stage name, how many done of how many.
using DemoProgress = std::function<void(const std::string& stage, int done, int total)>;

// Adds the demo when the database has no region yet; answers whether it did.
// Throws std::invalid_argument for sizes out of range.
bool add_demo(db::Database& db, const DemoOptions& options = {}, const DemoProgress& progress = nullptr);

}  // namespace simpul
