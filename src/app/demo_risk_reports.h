#pragma once
// The demo region's risk contexts (Formulir 2.0) and monitoring reports (Formulir 5.0) of
// PermenPANRB 5/2020, the method of Perwali Madiun 39/2021 Pasal 32: for every agency that owns
// risks this year or last year, its context, last year's reports (most submitted, some units
// still without the annual one) and this year's quarterly reports (mostly submitted, some
// drafts, some missing and overdue), so the committee's "missing reports" list has something
// to show. Runs after the demo risks; its size follows `options.risks` (no risks, no reports).
// Deterministic from the seed; written in transactions of its own with their audit entries.
#include "app/demo.h"
#include "db/database.h"

namespace simpul {

void add_demo_risk_reports(db::Database& db, const DemoOptions& options, const DemoProgress& progress);

}  // namespace simpul
