#pragma once
// What the change-management route files share: the base path, loading a change for the caller
// (404 unknown) and the answer with a change (ETag: its version).
#include <string>

#include "app/context.h"
#include "auth/principal.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/message.h"
#include "http/router.h"
#include "modules/changes/model.h"

namespace simpul::modules::changes {

inline const std::string kBase = "/api/v1/changes";
inline const Text kNotFound{"Permintaan perubahan tidak ditemukan.", "Request for change not found."};

Change load(db::Connection& c, const std::string& region_id, int64_t id);
// 403 unless the caller may edit the change and take its steps (operators: their own agency).
void require_requester(const auth::Principal& me, const Change& change);
// GET …/{change_id}'s answer; `notice` (when given) tells the caller something they must know.
http::Response change_response(db::Connection& c, const auth::Principal& me, int status, int64_t id,
                               const Text* notice = nullptr);

void add_step_routes(http::Router& router, AppContext& ctx);
void add_calendar_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::changes
