#pragma once
// The one way a new dataset is judged and stored, for the form (POST /api/v1/datasets)
// and for each row of a spreadsheet import, so both refuse exactly the same things.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "audit/log.h"
#include "auth/principal.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/datasets/model.h"

namespace simpul::modules::datasets {

// The body as a new dataset of the caller's region; throws ProblemError (422 field
// errors, 403 another agency's dataset) as the create route answers.
Dataset new_dataset(db::Connection& c, const auth::Principal& me, const nlohmann::json& body, const std::string& today);

// Rules that need the database: the agency, the code's uniqueness, the walidata, master data keys.
void check_dataset(db::Connection& c, const Dataset& d, std::optional<int64_t> steward_before = std::nullopt);

// Inserts it with its audit entry (dataset.create); sets d.id.
void store_new(db::Connection& c, const audit::Context& ctx, Dataset& d);

// GET /api/v1/datasets/import-template.xlsx and POST /api/v1/datasets/import.
void add_import_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::datasets
