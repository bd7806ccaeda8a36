#pragma once
// The ICT audit programme of the demo region (Audit TIK, Perwali Madiun 39/2021 Pasal 40-43):
// the audit objects synced from the demo registries (the region's infrastructure and each
// application in production, with the security of both), and three years of audits by
// government, accredited and certified auditors — most reported to the Walikota through the
// chair of the Tim Koordinasi SPBE, some objects overdue, audits planned and under way, one
// completed audit awaiting its report to the head — with findings and the agencies'
// follow-ups, some closed on their evidence, some past due. `options.audit_objects` adds that
// many manual objects (network segments, server rooms …) for benchmarks, in batches of a
// transaction each. Deterministic from the seed; dated relative to today.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_ict_audits(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
