#pragma once
// The request pipeline: route matching, then a chain of middleware around the
// route's handler. The transport (server.cpp) hands every parsed request to
// Pipeline::handle and writes back what it returns.
#include <functional>
#include <memory>
#include <vector>

#include "http/message.h"
#include "http/router.h"

namespace simpul::http {

using Middleware = std::function<Response(Request&, const Handler& next)>;

class Pipeline {
 public:
  // `fallback` answers requests that match no route (e.g. web UI files); it may be empty.
  Pipeline(Router router, Handler fallback);

  // Middleware runs in the order added, outermost first.
  void use(Middleware mw);

  Response handle(Request& req) const;

  const Router& router() const { return router_; }

 private:
  Response dispatch(Request& req) const;

  Router router_;
  Handler fallback_;
  std::vector<Middleware> middleware_;
  Handler chain_;
};

}  // namespace simpul::http
