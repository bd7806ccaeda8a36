#include "modules/infrastructure/routes_support.h"

#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/dates.h"
#include "core/problem.h"
#include "files/store.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"

namespace simpul::modules::infrastructure {

agencies::Agency agency_for(db::Connection& c, const std::string& region_id, int64_t agency_id, const std::string& field) {
  auto a = agencies::find(c, region_id, agency_id);
  if (!a)
    throw ProblemError(Problem::validation_failed(
        {{field, {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}}));
  return *a;
}

void require_own_agency(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id))
    throw ProblemError(Problem::forbidden({"Anda hanya dapat mengelola data infrastruktur perangkat daerah Anda sendiri.",
                                           "You can only manage the infrastructure records of your own agency."}));
}

void require_ict_office(const auth::Principal& me, const Text& what_only_it_does) {
  if (!auth::role_allows(me.role, auth::Permission::infrastructure_manage)) throw ProblemError(Problem::forbidden(what_only_it_does));
}

void require_self_management(db::Connection& c, const auth::Principal& me, const agencies::Agency& agency, SelfManaged what) {
  require_own_agency(me, agency.id);
  if (auth::role_allows(me.role, auth::Permission::infrastructure_manage)) return;  // the ICT office itself
  if (auto why = self_management_refusal(region_profile(c, me.region_id), what, agency.ict_office, agency.ict_self_sufficient))
    throw ProblemError(Problem::forbidden(*why));
}

void require_uploaded_file(db::Connection& c, const std::string& region_id, const std::string& sha256, const std::string& field) {
  if (!files::find(c, region_id, sha256))
    throw ProblemError(Problem::validation_failed(
        {{field, {"Berkas dengan sha256 ini belum diunggah. Unggah dulu ke /api/v1/files, lalu kirim sha256-nya.",
                  "No file with this sha256 was uploaded. Upload it to /api/v1/files first, then send its sha256."}}}));
}

}  // namespace simpul::modules::infrastructure
