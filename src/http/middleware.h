#pragma once
// The standard middleware every Simpul server runs, outermost first:
//   observe        request id, language, timing, metrics, JSON access log
//   recover        any failure becomes a problem+json answer, never a crash
//   security       response headers (nosniff, frame and referrer policy, HSTS under TLS)
//   json_body      for routes that take JSON: Content-Type check and parsing
#include "http/metrics.h"
#include "http/pipeline.h"

namespace simpul::http {

Middleware observe(Metrics& metrics);
Middleware recover();
Middleware security_headers(bool tls);
Middleware json_body();

// A request id we accept from the client: 1-64 of [A-Za-z0-9._-].
bool acceptable_request_id(std::string_view id);

}  // namespace simpul::http
