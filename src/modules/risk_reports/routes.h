#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::risk_reports {

// /api/v1/risk-contexts (Formulir 2.0), /api/v1/risk-reports (Formulir 5.0) and
// /api/v1/risk-register.xlsx (Formulir 2.0-5.0 as a workbook): see
// docs/risk-security-audit-contract.md, "Risk contexts, monitoring reports and the register workbook".
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::risk_reports
