#pragma once
// Who may see which dataset, with the sharing agreements looked up: the pure rule of
// access.h applied to the caller, once per request (Perwali Madiun 39/2021 Pasal 10 ayat (4),
// Pasal 11 ayat (3) huruf a).
#include <optional>
#include <set>
#include <string>

#include "auth/principal.h"
#include "db/database.h"
#include "modules/datasets/model.h"

namespace simpul::modules::datasets {

// The caller and the datasets an active agreement shares with their agency today.
struct Viewer {
  const auth::Principal* principal = nullptr;  // null: anonymous
  std::string today;                           // YYYY-MM-DD in the region's zone
  std::set<int64_t> shared;                    // operators only
};

Viewer viewer_for(db::Connection& c, const auth::Principal* principal, const std::string& region_id);
bool may_read(const Viewer& viewer, const Dataset& d);
// Whether the dataset exists in the caller's region and the caller may see it (for records
// that point at datasets, such as element links).
bool may_read_dataset_id(db::Connection& c, const auth::Principal& caller, int64_t dataset_id);

}  // namespace simpul::modules::datasets
