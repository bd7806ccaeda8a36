#include "modules/datasets/access.h"

namespace simpul::modules::datasets {

using auth::Role;

bool may_read_dataset(const auth::Principal* caller, const std::string& classification,
                      int64_t owner_agency_id, bool shared_with_caller) {
  if (classification == "public") return true;
  if (!caller) return false;
  const Role role = caller->role;
  if (role == Role::citizen) return false;
  if (role == Role::superadmin) return true;
  const bool owner_operator =
      role == Role::agency_operator && caller->agency_id && *caller->agency_id == owner_agency_id;
  if (classification == "internal") return true;
  if (classification == "restricted")
    return role == Role::auditor || role == Role::leadership || owner_operator ||
           (role == Role::agency_operator && shared_with_caller);
  if (classification == "secret") return owner_operator;
  return false;
}

}  // namespace simpul::modules::datasets
