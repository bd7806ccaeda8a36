#pragma once
// The routes that work on one ticket: its steps (POST …/actions), comments, attachments and links.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::tickets {

void add_step_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::tickets
