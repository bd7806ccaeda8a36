#pragma once
// The SPBE plans of the demo region, so the governance pages have something real
// to show: an enacted master plan, architecture and roadmap for 2025-2029, the
// budget plans of some agencies for 2026 in every workflow state (one line left
// without a roadmap link), and business processes linked across agencies. Fixed
// content, no randomness: the same demo every time. Agencies a small demo lacks
// are skipped.
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul {

void add_demo_governance(db::Connection& c, const audit::Context& ctx, const std::string& region_id);

}  // namespace simpul
