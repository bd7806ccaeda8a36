#pragma once
// What the compliance route files share: the base path, the not-found answers and the
// evaluation of the caller's region under its profile.
#include <optional>
#include <string>

#include "app/context.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/router.h"
#include "modules/compliance/engine.h"

namespace simpul::modules::compliance {

inline const std::string kBase = "/api/v1/compliance";
inline const Text kAgencyNotFound{"Perangkat daerah tidak ditemukan.", "Agency not found."};
inline const Text kObligationNotFound{"Kewajiban ini tidak ada dalam peraturan daerah Anda.",
                                      "This duty is not in your region's regulation."};
inline const Text kNoProfile{"Daerah ini belum menjalankan profil peraturan, sehingga kepatuhannya tidak dapat dinilai.",
                             "This region runs no regulation profile, so its compliance cannot be judged."};

// The region's profile, or 409 explaining that compliance needs one.
const profiles::Profile& require_profile(db::Connection& c, const std::string& region_id);
// 404 unless the agency is the region's.
void require_agency(db::Connection& c, const std::string& region_id, int64_t agency_id);

void add_view_routes(http::Router& router, AppContext& ctx);
void add_report_routes(http::Router& router, AppContext& ctx);
void add_statement_routes(http::Router& router, AppContext& ctx);
void add_snapshot_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::compliance
