#pragma once
// The GCIO's own approvals (Batam Pasal 46 ayat (3): every SPBE development needs the GCIO's
// approval): only the account linked to the person holding the position designated as GCIO
// gives them. Used by the application registry and by change management.
#include "auth/principal.h"
#include "db/database.h"
#include "profiles/model.h"

namespace simpul {

// Whether the caller's account is linked to the holder of the region's GCIO designation.
bool is_gcio_holder(db::Connection& c, const auth::Principal& me);

// 403 citing `gate` unless the caller is the GCIO holder.
void require_gcio(db::Connection& c, const auth::Principal& me, const profiles::Profile& profile,
                  const profiles::Obligation& gate);

}  // namespace simpul
