#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::evaluation {

// Every route of the national SPBE evaluation (docs/evaluation-contract.md).
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::evaluation
