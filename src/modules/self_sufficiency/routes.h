#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::self_sufficiency {

// /api/v1/self-sufficiency/assessments: the PD Mandiri TIK workflow (Madiun Pasal 45).
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::self_sufficiency
