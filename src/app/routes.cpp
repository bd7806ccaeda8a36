#include "app/routes.h"

#include "modules/client_errors/routes.h"
#include "modules/regions/routes.h"
#include "modules/system/routes.h"

namespace simpul {

http::Router build_router(AppContext& ctx) {
  http::Router router;
  modules::system::add_routes(router, ctx);
  modules::regions::add_routes(router, ctx);
  modules::client_errors::add_routes(router, ctx);
  return router;
}

}  // namespace simpul
