#pragma once
// The ICT assets of the demo region (Kota Madiun, Perwali Madiun 39/2021 Pasal 35): computers,
// servers, network devices and software licences across the agencies, mostly in use, some in
// maintenance, a few planned or being procured, some disposed with a reason and decree; warranties
// and licences that ran out or run out within the 90-day window; servers on the demo's hosts and
// licences of its applications; last year's inventory report, sent to the regional asset office.
// `options.assets` sets how many (600 by default; 50,000 for the list benchmark), written in
// batches of one transaction each. Deterministic from the seed, dated relative to today.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_assets(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
