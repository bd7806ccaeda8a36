#pragma once
// Every route Simpul serves, registered module by module. The OpenAPI test
// builds this same table and compares it with docs/openapi.yaml.
#include "app/context.h"
#include "http/router.h"

namespace simpul {

http::Router build_router(AppContext& ctx);

}  // namespace simpul
