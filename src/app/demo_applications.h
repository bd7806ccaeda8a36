#pragma once
// The applications of the demo region (Kota Madiun), so the registry has something real to
// show: a common application in production with every document Perwali Madiun 39/2021 Pasal
// 24 ayat (3)-(4) requires, an agency-special application of Dinkes in testing that still lacks
// one document, one in development, one planned, one whose latest test failed, and a retired
// one. Fixed content, no randomness. Agencies a small demo lacks are skipped. The demo's
// document files are recorded (name, type, size, hash) without their content.
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul {

// files_dir: where the demo documents' bytes go (empty: their rows only).
void add_demo_applications(db::Connection& c, const audit::Context& ctx, const std::string& region_id,
                           const std::string& files_dir);

}  // namespace simpul
