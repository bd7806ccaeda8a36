#pragma once
// The one way a new ICT asset is judged and stored, for the form (POST /api/v1/assets) and
// for each row of a spreadsheet import (agencies keep their inventories in spreadsheets).
#include <nlohmann/json.hpp>

#include "app/context.h"
#include "audit/log.h"
#include "auth/principal.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/assets/model.h"

namespace simpul::modules::assets {

// 403 unless the caller may manage assets of this agency (an operator: their own only).
void require_owner(const auth::Principal& me, int64_t agency_id);

// The body as a new asset of the caller's region, recorded today; throws ProblemError
// (422 field errors, 403 another agency's asset) as the create route answers.
Asset new_asset(db::Connection& c, const auth::Principal& me, const nlohmann::json& body);

// Rules that need the database: the agency and the licensed application are the region's,
// the code is unique in the region. 422 with every error.
void check_asset(db::Connection& c, const Asset& a);

// Inserts it with its first event ("create") and its audit entry; sets a.id.
void store_new(db::Connection& c, const audit::Context& ctx, const std::string& actor, Asset& a);

// GET /api/v1/assets/import-template.xlsx and POST /api/v1/assets/import.
void add_import_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::assets
