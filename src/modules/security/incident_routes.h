#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::security {

// /api/v1/security/incidents: the incidents of the CSIRT (OKI Pasal 26 ayat (7)), their steps,
// notices (Kendari Pasal 14 ayat (8)), links and the overdue list.
void add_incident_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::security
