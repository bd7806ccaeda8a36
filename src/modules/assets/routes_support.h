#pragma once
// What the asset route files share: the base path, the not-found answers, loading an asset
// or answering 404, the asset as the API shows it, and the route groups add_routes joins.
#include <string>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/message.h"
#include "http/router.h"
#include "modules/assets/model.h"

namespace simpul::modules::assets {

inline const std::string kBase = "/api/v1/assets";
inline const Text kNotFound{"Aset TIK tidak ditemukan.", "ICT asset not found."};
inline const Text kReportNotFound{"Laporan inventaris aset tidak ditemukan.", "Asset inventory report not found."};

// 404 unless the asset is the region's.
Asset load_asset(db::Connection& c, const std::string& region_id, int64_t asset_id);

// The asset with the days left of its warranty and licence (null when none or disposed).
nlohmann::json asset_json(const Asset& a, const std::string& today);

// GET …/{asset_id}: the asset with its links and events, ETag its version.
http::Response asset_response(db::Connection& c, int status, const std::string& region_id, int64_t asset_id);

void add_register_routes(http::Router& router, AppContext& ctx);
void add_step_routes(http::Router& router, AppContext& ctx);
void add_report_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::assets
