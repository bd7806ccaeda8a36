#pragma once
// The demo region's requests for change (Manajemen Perubahan, Perwali Madiun 39/2021 Pasal 38):
// `options.changes` requests over the last 12 months and the next 3, linked to the demo's
// applications and hosts, in every stage — most past ones evaluated, a few refused or cancelled,
// one rolled back, one emergency change, some overdue (their window passed before approval) —
// each approved by the approver the region's regulation names. Deterministic from the seed and
// dated from the region's today; written in transactions of its own (20,000 in seconds, for the
// calendar benchmark).
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_changes(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
