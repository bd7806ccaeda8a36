#pragma once
// The knowledge base of the demo region (Kota Madiun, Perwali Madiun 39/2021 Pasal 37):
// `options.articles` articles written by the ICT office and the agencies — how-tos, known
// errors, FAQs, lessons learned and technology transfers — in every process of ayat (2):
// drafts being collected, articles under processing, published ones (some past their review
// date: "perlu ditinjau"), archived ones; with views, ratings by the demo's staff, uses on the
// demo's tickets whose words they answer (so the suggestions work on the demo), links to
// applications and a few transfer sessions. Deterministic from the seed; dated relative to today.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_knowledge(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
