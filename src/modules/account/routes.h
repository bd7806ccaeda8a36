#pragma once
// Sign-in, sign-out, the current user, and password change.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::account {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::account
