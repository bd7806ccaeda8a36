#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::people {

// /api/v1/people: staff of the region by NIP. Agency operators see and edit only
// their own agency's people.
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::people
