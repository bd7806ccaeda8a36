#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::changes {

// /api/v1/changes: requests for change, their steps and approval, the change calendar and the
// exports (docs/management-processes-contract.md, "Change management").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::changes
