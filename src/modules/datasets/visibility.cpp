#include "modules/datasets/visibility.h"
#include "modules/regions/store.h"

#include "modules/datasets/access.h"
#include "modules/datasets/store.h"
#include "modules/planning/plan_fields.h"

namespace simpul::modules::datasets {

Viewer viewer_for(db::Connection& c, const auth::Principal* principal, const std::string& region_id) {
  Viewer v{principal, regions::region_today(c, region_id), {}};
  if (principal && principal->role == auth::Role::agency_operator && principal->agency_id)
    v.shared = shared_with_agency(c, region_id, *principal->agency_id, v.today);
  return v;
}

bool may_read(const Viewer& viewer, const Dataset& d) {
  return may_read_dataset(viewer.principal, d.classification, d.owner_agency_id, viewer.shared.count(d.id) > 0);
}

bool may_read_dataset_id(db::Connection& c, const auth::Principal& caller, int64_t dataset_id) {
  auto d = find(c, caller.region_id, dataset_id);
  return d && may_read(viewer_for(c, &caller, caller.region_id), *d);
}

}  // namespace simpul::modules::datasets
