#pragma once
// The notification outbox as the ICT office sees it: what was queued, sent or given up,
// and retrying a message that failed (service_desk_manage).
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::notifications {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::notifications
