#pragma once
// The ICT competencies of the demo region's staff (Manajemen SDM SPBE, Perwali Madiun
// 39/2021 Pasal 36): the basic catalogue; the ICT office's requirements (basic ICT
// competence for every employee, security awareness in every agency, a Pranata Komputer
// where an agency runs services); most employees with basic ICT competence and a few
// agencies well behind; the ICT staff with operating competence; Pranata Komputer in the
// agencies with services but one; certificates, some expired and some expiring within 90
// days; trainings over the last two years; and this year's training plans of several
// agencies, partly done. Follows the demo's people (no size flag); deterministic from the
// seed; dated relative to today.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_competencies(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
