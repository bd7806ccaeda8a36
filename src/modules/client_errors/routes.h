#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::client_errors {

// POST /api/v1/client-errors: logged as a warning with the request id; nothing is stored.
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::client_errors
