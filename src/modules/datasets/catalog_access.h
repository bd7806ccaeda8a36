#pragma once
// The answers the data catalog's routes share: loading a dataset for the caller (404 unknown,
// 403 classified beyond them, citing the region's article), the operators' own-agency check,
// and reading small query parameters.
#include <optional>
#include <string>

#include "auth/principal.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/message.h"
#include "modules/datasets/model.h"
#include "modules/datasets/visibility.h"

namespace simpul::modules::datasets {

extern const Text kDatasetNotFound;
extern const Text kAgreementNotFound;

// 403 unless the caller may manage records of `agency_id` (operators: their own agency only).
void require_own_agency(const auth::Principal& me, int64_t agency_id, const Text& what);
// The dataset, for a caller who may see it; 404 when it does not exist, 403 when it is
// classified beyond the caller.
Dataset load_visible(db::Connection& c, const Viewer& viewer, const std::string& region_id, int64_t dataset_id);

}  // namespace simpul::modules::datasets
