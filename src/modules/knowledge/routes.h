#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::knowledge {

// /api/v1/knowledge: the region's knowledge base — articles through the processes of Madiun
// Pasal 37 ayat (2), full-text search, suggestions while a ticket is written, review dates,
// ratings, links from tickets and applications, transfers of knowledge
// (docs/management-processes-contract.md, "Knowledge management").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::knowledge
