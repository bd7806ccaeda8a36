#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::security {

// /api/v1/security/…: information security management (docs/risk-security-audit-contract.md,
// "Information security"): the programme, the policies and the incidents.
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::security
