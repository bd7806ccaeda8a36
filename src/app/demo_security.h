#pragma once
// Information security management of the demo region (Manajemen Keamanan Informasi SPBE,
// Perwali Madiun 39/2021 Pasal 12 and 33; Peraturan BSSN 4/2021): the programme with the Sekda
// in charge and a CSIRT of the ICT office's staff, the four policies of Pasal 12 published and
// acknowledged by most agencies, and `options.incidents` security incidents over the past year
// in every stage — most closed with their lessons learned, some still being handled, a few with
// a report or a notice to the data owner overdue — linked to the demo hosts, applications,
// datasets and risks. Deterministic from the seed, dated relative to the current clock, written
// in transactions of its own with the audit entries a user's request would leave.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_security(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
