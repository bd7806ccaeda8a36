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
  int64_t risks = 240;        // risks in the agencies' registers with treatments, 0..100,000
  int64_t incidents = 30;     // security incidents with their stages, 0..50,000
  int64_t audit_objects = 0;  // ICT audit objects beyond those of the region's applications and infrastructure, 0..20,000
  int64_t assets = 600;       // ICT assets (hardware and software) across the agencies, 0..200,000 (50,000 for benchmarks)
  int64_t changes = 80;       // requests for change through their stages, 0..50,000
  int64_t articles = 60;      // knowledge articles, 0..50,000
};

// Called as the demo grows: a stage name, how many done of how many.
using DemoProgress = std::function<void(const std::string& stage, int done, int total)>;

// Adds the demo when the database has no region yet; answers whether it did.
// Throws std::invalid_argument for sizes out of range.
bool add_demo(db::Database& db, const DemoOptions& options = {}, const DemoProgress& progress = nullptr);

}  // namespace simpul
