#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::security {

// /api/v1/security/programme: the region's information security management programme
// (BSSN 4/2021; Madiun Pasal 33, Kendari Pasal 27, OKI Pasal 33, Batam Pasal 34, Probolinggo Pasal 30).
void add_programme_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::security
