#pragma once
// The authentication and authorisation middleware ("otentikasi", Perwali Madiun
// 39/2021 Pasal 11 ayat (3) huruf b): it turns a session cookie or a bearer token
// into a Principal, then asks the policy about the route's
// permission, and checks the CSRF token on mutations made with a cookie.
// Public routes skip the lookup entirely, so they cost nothing extra.
#include "app/context.h"
#include "http/pipeline.h"

namespace simpul::auth {

http::Middleware guard(AppContext& ctx);

// The client address without the port, for throttling and the audit log.
std::string client_address(const http::Request& req);

}  // namespace simpul::auth
