#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::files {

// /api/v1/files: upload a document or diagram (raw bytes, its type as Content-Type, its
// name as ?name=), and download it again by its SHA-256 (docs/registries-contract.md, "Files").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::files
