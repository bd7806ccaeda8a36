#pragma once
// Browsing and verifying the audit log (superadmin, auditor).
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::audit_log {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::audit_log
