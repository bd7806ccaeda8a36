#pragma once
// The one way a new service is judged and stored, for the form (POST /api/v1/services)
// and for each row of a spreadsheet import.
#include <nlohmann/json.hpp>

#include "app/context.h"
#include "audit/log.h"
#include "auth/principal.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/services/model.h"

namespace simpul::modules::services {

// The body as a new service of the caller's region; throws ProblemError (422 field
// errors, 403 another agency's service) as the create route answers.
Service new_service(db::Connection& c, const auth::Principal& me, const nlohmann::json& body);

// 403 unless the caller may manage records of this agency (an operator: their own only).
void require_owner(const auth::Principal& me, int64_t agency_id);

// Rules that need the database: the agencies exist, the code is the region's only one.
void check_service(db::Connection& c, const Service& s);

// Inserts it with its audit entry (service.create); sets s.id.
void store_new(db::Connection& c, const audit::Context& ctx, Service& s);

// GET /api/v1/services/import-template.xlsx and POST /api/v1/services/import.
void add_import_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::services
