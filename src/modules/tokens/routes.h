#pragma once
// API tokens for machines: create (shown once), list, revoke.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::tokens {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::tokens
