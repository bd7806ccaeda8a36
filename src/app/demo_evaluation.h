#pragma once
// The demo region's SPBE evaluation history (PermenPANRB 59/2020): the campaigns of the last
// two years, signed off by the Sekda as Koordinator SPBE, with the external assessors'
// results (Penilaian Dokumen for every indicator; in the Evaluasi year also Interviu for some
// and Visitasi for a few), and this year's campaign open with about two thirds of the
// indicators answered, some verified, evidence linked to the demo's own records and
// documents, and questions to agencies (one to Dinas Kesehatan still open). Pemantauan and
// Evaluasi alternate: an odd year is an Evaluasi. The Tim Asesor Internal: the Sekda
// (coordinator), the ICT office's admin (person in charge), an ICT-office operator added here
// (data entry) and members from Bappeda and the internal evaluators. One transaction per
// campaign; deterministic from the seed; dated relative to the region's today.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_evaluation(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
