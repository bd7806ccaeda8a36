#pragma once
// The one way a new host is judged and stored, for the form (POST /api/v1/hosts) and
// for each row of a spreadsheet import: placement, PD Mandiri TIK, addresses, the name.
#include <nlohmann/json.hpp>

#include "app/context.h"
#include "audit/log.h"
#include "auth/principal.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/infrastructure/model.h"

namespace simpul::modules::infrastructure {

// The body as a new host of the caller's region; throws ProblemError (422 field errors,
// 403 where the agency may not run its own servers) as the create route answers.
Host new_host(db::Connection& c, const auth::Principal& me, const nlohmann::json& body);

// Rules that need the database: the facility, the name's uniqueness, the placement rule,
// and (where the regulation says so) addresses inside the ranges the ICT office allocated.
void check_host(db::Connection& c, Host& h);

// Inserts it with its audit entry (host.create); sets h.id.
void store_new_host(db::Connection& c, const audit::Context& ctx, Host& h);

// GET /api/v1/hosts/import-template.xlsx and POST /api/v1/hosts/import.
void add_host_import_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::infrastructure
