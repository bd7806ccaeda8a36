#pragma once
// The risk registers of the demo region's agencies (Manajemen Risiko SPBE, Perwali Madiun
// 39/2021 Pasal 32, after the national method of PermenPANRB 5/2020): `options.risks` risks
// spread over the agencies, most of this year and some of last year, each assessed with the
// region's criteria, with treatment plans — some done with their residual risk, some still
// needing another treatment, some past their due date — so the heat map, the region view and
// the overdue list show what the committee would see. Deterministic from the seed; written in
// transactions of its own with the audit entries a user's request would leave.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_risks(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
