#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::ict_audits {

// /api/v1/ict-audits: audit objects, the programme and overdue lists, the audits with their
// steps, findings and follow-ups (docs/risk-security-audit-contract.md, "ICT audits").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::ict_audits
