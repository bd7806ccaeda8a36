#pragma once
// The data catalog of the demo region (Kota Madiun), so the catalog has something real to
// show: datasets of every classification - Disdukcapil's population data keyed by NIK as
// master data (OKI Pasal 11 ayat (5) shows the same rule), BKPSDM's staff data keyed by NIP,
// open data for the public catalog, one dataset overdue for its update - and one active
// data-sharing agreement, Disdukcapil sharing population data with Dinkes (Perwali Madiun
// 39/2021 Pasal 10 ayat (4)). Fixed content; agencies a small demo lacks are skipped.
#include <string>

#include "audit/log.h"
#include "db/database.h"

namespace simpul {

void add_demo_datasets(db::Connection& c, const audit::Context& ctx, const std::string& region_id);

}  // namespace simpul
