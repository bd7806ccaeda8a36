#pragma once
// The "who, from where, in which request" of an audit entry, taken from the request.
#include "audit/log.h"
#include "http/message.h"

namespace simpul {

// For a signed-in principal (the guard has run).
audit::Context audit_context(const http::Request& req);
// For events without a signed-in actor, e.g. a failed sign-in.
audit::Context anonymous_audit_context(const http::Request& req, const std::string& region_id);

}  // namespace simpul
