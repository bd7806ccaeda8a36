#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::security {

// /api/v1/security/policies: the information security policies of Madiun Pasal 12 (use of ICT,
// BYOD, security duties on the LAN and the WAN), their published revisions and each agency's
// acknowledgement.
void add_policy_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::security
