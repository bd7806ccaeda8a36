#pragma once
// Who may see a dataset of the catalog, by its classification. Pure (no I/O), shared by
// the datasets routes, the public catalog and the element links.
//
// The regulations limit access to those authorised ("pembatasan akses": Perwali Madiun
// 39/2021 Pasal 11 ayat (3) huruf a) and let agencies share data with each other under an
// agreement (Pasal 10 ayat (4)):
//   public     — everyone, also without signing in (open data);
//   internal   — every signed-in role but citizen;
//   restricted — superadmin, auditor, leadership, the owner agency's operators, and the
//                operators of an agency an ACTIVE, unexpired sharing agreement covers;
//   secret     — superadmin and the owner agency's operators only. Leadership and auditors
//                are left out on purpose: a secret dataset (e.g. records protected by law)
//                is seen on a need-to-know basis; the auditor still sees every change to it
//                in the audit log, and the owner agency can share a copy under an agreement
//                with the right classification when an audit or decision needs it.
// An unknown classification is seen by no one but the superadmin.
#include <cstdint>
#include <string>

#include "auth/principal.h"

namespace simpul::modules::datasets {

// May this caller see a dataset of this classification owned by that agency?
// shared_with_caller: an active data-sharing agreement gives the caller's agency access.
bool may_read_dataset(const auth::Principal* caller, const std::string& classification,
                      int64_t owner_agency_id, bool shared_with_caller);

}  // namespace simpul::modules::datasets
