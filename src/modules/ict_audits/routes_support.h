#pragma once
// What the ICT audit route files share: the base path, the not-found answers, loading a
// record or answering 404, and the route groups add_routes puts together.
#include <string>

#include "app/audit_context.h"
#include "app/context.h"
#include "app/record_change.h"
#include "core/lang.h"
#include "db/database.h"
#include "http/conditional.h"
#include "http/message.h"
#include "http/params.h"
#include "http/router.h"
#include "modules/ict_audits/model.h"
#include "modules/ict_audits/view.h"

namespace simpul::modules::ict_audits {

inline const std::string kBase = "/api/v1/ict-audits";
inline const Text kObjectNotFound{"Objek audit tidak ditemukan.", "Audit object not found."};
inline const Text kAuditNotFound{"Audit tidak ditemukan.", "Audit not found."};
inline const Text kFindingNotFound{"Temuan audit tidak ditemukan.", "Audit finding not found."};

AuditObject load_object(db::Connection& c, const std::string& region_id, int64_t id);
Audit load_audit(db::Connection& c, const std::string& region_id, int64_t id);
Finding load_finding(db::Connection& c, const std::string& region_id, int64_t id);

// 422 on `field` unless the agency is one of the region's / the file was uploaded.
void require_agency(db::Connection& c, const std::string& region_id, int64_t agency_id, const std::string& field);
void require_file(db::Connection& c, const std::string& region_id, const std::string& sha256, const std::string& field);

// The audit with its findings, as GET …/{audit_id} answers (ETag: the audit's version).
http::Response audit_response(db::Connection& c, const Schedule& s, int status, const std::string& region_id, int64_t id);

// GET …/{id}: `respond(c, schedule, 200, region_id, id)` in a read transaction.
template <class Respond>
http::Response read_one(AppContext& ctx, const http::Request& req, const std::string& id_param, const Text& not_found,
                        Respond respond) {
  auto id = http::id_param(req, id_param, not_found);
  return ctx.db->read([&](db::Connection& c) {
    const auto& region = req.principal->region_id;
    return respond(c, schedule_of(c, region), 200, region, id);
  });
}

// PATCH …/{id} with If-Match, in one write transaction: `load(c, region_id, id)` the record,
// check the version the caller saw, let `change(c, schedule, before, after)` apply the body and
// its rules to a copy, save it with its audit entry, answer with `respond`.
template <class Load, class Change, class ToJson, class Save, class Respond>
http::Response edit_one(AppContext& ctx, const http::Request& req, const std::string& id_param, const Text& not_found,
                        const std::string& action, const std::string& entity, Load load, Change change, ToJson to_json,
                        Save save, Respond respond) {
  auto version = http::required_version(req);
  auto id = http::id_param(req, id_param, not_found);
  return ctx.db->write([&](db::Connection& c) {
    const auto& region = req.principal->region_id;
    auto s = schedule_of(c, region);
    auto before = load(c, region, id);
    check_version(version, before.version);
    auto after = before;
    change(c, s, before, after);
    commit_change(c, audit_context(req), action, entity, before, after, to_json, save);
    return respond(c, s, 200, region, id);
  });
}

void add_object_routes(http::Router& router, AppContext& ctx);
void add_programme_routes(http::Router& router, AppContext& ctx);
void add_audit_routes(http::Router& router, AppContext& ctx);
void add_finding_routes(http::Router& router, AppContext& ctx);
void add_settings_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::ict_audits
