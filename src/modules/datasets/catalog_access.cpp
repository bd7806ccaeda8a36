#include "modules/datasets/catalog_access.h"

#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/problem.h"
#include "modules/datasets/rules.h"
#include "modules/datasets/store.h"

namespace simpul::modules::datasets {

const Text kDatasetNotFound{"Dataset tidak ditemukan.", "Dataset not found."};
const Text kAgreementNotFound{"Perjanjian bagi pakai data tidak ditemukan.", "Data-sharing agreement not found."};

void require_own_agency(const auth::Principal& me, int64_t agency_id, const Text& what) {
  if (!auth::may_access_agency(me, agency_id)) throw ProblemError(Problem::forbidden(what));
}

Dataset load_visible(db::Connection& c, const Viewer& viewer, const std::string& region_id, int64_t dataset_id) {
  auto d = find(c, region_id, dataset_id);
  if (!d) throw ProblemError(Problem::not_found(kDatasetNotFound));
  if (!may_read(viewer, *d)) {
    auto citation = classification_citation(region_profile(c, region_id));
    std::string where = citation.empty() ? "" : " (" + citation + ")";
    if (d->classification == "secret")
      throw ProblemError(Problem::forbidden(
          {"Dataset ini berklasifikasi rahasia (secret)" + where +
               "; hanya perangkat daerah pemiliknya dan superadmin yang dapat melihatnya.",
           "This dataset is classified secret" + where + "; only its owning agency and the superadmin can see it."}));
    throw ProblemError(Problem::forbidden(
        {"Dataset ini berklasifikasi " + d->classification + "; aksesnya dibatasi" + where +
             ". Mintalah perangkat daerah pemiliknya membuat perjanjian bagi pakai data dengan perangkat daerah Anda.",
         "This dataset is classified " + d->classification + " and access to it is restricted" + where +
             ". Ask the owning agency for a data-sharing agreement with your agency."}));
  }
  return *d;
}

}  // namespace simpul::modules::datasets
