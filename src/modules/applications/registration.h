#pragma once
// The one way a new application is judged and stored, for the form
// (POST /api/v1/applications) and for each row of a spreadsheet import.
#include <nlohmann/json.hpp>

#include "app/context.h"
#include "audit/log.h"
#include "auth/principal.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/applications/model.h"

namespace simpul::modules::applications {

// The body as a new application (planned) of the caller's region; throws ProblemError
// (422 field errors, 403 another agency's application) as the create route answers.
Application new_application(db::Connection& c, const auth::Principal& me, const nlohmann::json& body);

// 403 unless the caller may manage records of this agency (an operator: their own only).
void require_owner(const auth::Principal& me, int64_t agency_id);

// Rules that need the database: the agencies exist in the region, the code is unique.
void check_application(db::Connection& c, const Application& a);

// Sets the copyright owner (the region), inserts it with its audit entry; sets a.id.
void store_new(db::Connection& c, const audit::Context& ctx, Application& a);

// GET /api/v1/applications/import-template.xlsx and POST /api/v1/applications/import.
void add_import_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::applications
