#pragma once
// The staff routes of service desk tickets (docs/service-desk-contract.md, "Tickets"): the
// queue and the ticket page, opening and editing a ticket, its steps, comments, attachments
// and links. Operators reach only their own agency's tickets (Service Desk Tier 1); the ICT
// office's superadmins handle every ticket and Tier 2.
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::tickets {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::tickets
