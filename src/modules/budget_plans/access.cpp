#include "modules/budget_plans/access.h"

#include "auth/policy.h"

namespace simpul::modules::budget_plans {

using auth::Role;

bool reads_every_plan(const auth::Principal& p, const Offices& offices) {
  if (p.role == Role::superadmin || p.role == Role::leadership || p.role == Role::auditor) return true;
  return p.role == Role::agency_operator && (offices.planning_office || offices.ict_office);
}

bool may_read(const auth::Principal& p, const Offices& offices, int64_t plan_agency_id) {
  return reads_every_plan(p, offices) || (p.role == Role::agency_operator && auth::may_access_agency(p, plan_agency_id));
}

bool may_edit(const auth::Principal& p, int64_t plan_agency_id) {
  if (p.role == Role::superadmin) return true;
  return p.role == Role::agency_operator && auth::may_access_agency(p, plan_agency_id);
}

bool may_coordinate(const auth::Principal& p, const Offices& offices) {
  return p.role == Role::superadmin || (p.role == Role::agency_operator && offices.planning_office);
}

bool may_verify(const auth::Principal& p, const Offices& offices) {
  return p.role == Role::superadmin || (p.role == Role::agency_operator && offices.ict_office);
}

bool may_return(const auth::Principal& p, const Offices& offices) { return may_coordinate(p, offices) || may_verify(p, offices); }

}  // namespace simpul::modules::budget_plans
