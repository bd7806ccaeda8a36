#include "app/audit_context.h"

#include "auth/guard.h"

namespace simpul {

audit::Context audit_context(const http::Request& req) {
  const auto& p = req.principal.value();
  return {p.region_id, {p.user_id, p.username, auth::role_code(p.role)}, req.request_id, auth::client_address(req)};
}

audit::Context anonymous_audit_context(const http::Request& req, const std::string& region_id) {
  return {region_id, {}, req.request_id, auth::client_address(req)};
}

}  // namespace simpul
