#include "http/pipeline.h"

namespace simpul::http {

Pipeline::Pipeline(Router router, Handler fallback) : router_(std::move(router)), fallback_(std::move(fallback)) {
  chain_ = [this](Request& r) { return dispatch(r); };
}

void Pipeline::use(Middleware mw) {
  middleware_.push_back(std::move(mw));
  // Rebuild the chain so the first middleware added is the outermost.
  Handler next = [this](Request& r) { return dispatch(r); };
  for (auto it = middleware_.rbegin(); it != middleware_.rend(); ++it)
    next = [mw = *it, next](Request& r) { return mw(r, next); };
  chain_ = std::move(next);
}

Response Pipeline::handle(Request& req) const {
  Match m = router_.match(req.method, req.path);
  if (m.kind == Match::Kind::found) {
    req.route = m.route;
    req.path_params = std::move(m.params);
  } else if (m.kind == Match::Kind::method_not_allowed) {
    for (const auto& method : m.allowed) req.allow += (req.allow.empty() ? "" : ", ") + method;
  }
  return chain_(req);
}

Response Pipeline::dispatch(Request& req) const {
  if (req.route) return req.route->handler(req);
  if (!req.allow.empty()) {
    Response r = Response::problem(Problem::method_not_allowed(), req);
    r.header("allow", req.allow);
    return r;
  }
  if (fallback_) return fallback_(req);
  throw ProblemError(Problem::not_found({"Alamat yang diminta tidak ada.", "The requested address does not exist."}));
}

}  // namespace simpul::http
