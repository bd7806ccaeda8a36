#pragma once
// The public complaint channel (no account): the form's choices, filing a complaint,
// following it with the tracking code and replying to it (Kendari Pasal 21 ayat (6),
// Madiun Pasal 23 ayat (4) huruf h, Probolinggo Pasal 27).
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::complaints {

void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::complaints
