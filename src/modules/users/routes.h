#pragma once
// User administration for the superadmin: list, create, read, edit (If-Match),
// lock, unlock, and reset a password. Every change is audited.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::users {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::users
