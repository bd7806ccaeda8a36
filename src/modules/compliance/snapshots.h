#pragma once
// Daily snapshots of compliance (the trend): the counts of the day's findings for the region
// as a whole and for each agency, taken by `simpul serve` once a day, by the ICT office on
// demand and at the end of the demo.
#include <string>
#include <vector>

#include "audit/log.h"
#include "db/database.h"
#include "modules/compliance/store.h"
#include "profiles/model.h"

namespace simpul::modules::compliance {

// Today's snapshot of the region (agency_id 0) and of every agency, replacing today's if
// taken already, with its audit entry; inside the caller's write transaction. Returns the rows.
std::vector<Snapshot> take_snapshot(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                                    const audit::Context& ctx);

// For the daily task: every region that runs a profile and has no snapshot for its today
// gets one, each in its own transaction. Returns how many were taken.
int take_missing_snapshots(db::Database& db);

// The errors of every region whose profile the engine cannot judge (empty when all can):
// `simpul serve` refuses to start on any.
std::vector<std::string> unevaluable_region_profiles(db::Database& db);

}  // namespace simpul::modules::compliance
