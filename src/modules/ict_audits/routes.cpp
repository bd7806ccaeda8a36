#include "modules/ict_audits/routes.h"

#include <map>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/ict_audits/rules.h"
#include "modules/ict_audits/routes_support.h"
#include "modules/ict_audits/store.h"
#include "modules/ict_audits/sync.h"

namespace simpul::modules::ict_audits {

AuditObject load_object(db::Connection& c, const std::string& region_id, int64_t id) {
  auto o = find_object(c, region_id, id);
  if (!o) throw ProblemError(Problem::not_found(kObjectNotFound));
  return *o;
}

Audit load_audit(db::Connection& c, const std::string& region_id, int64_t id) {
  auto a = find_audit(c, region_id, id);
  if (!a) throw ProblemError(Problem::not_found(kAuditNotFound));
  return *a;
}

Finding load_finding(db::Connection& c, const std::string& region_id, int64_t id) {
  auto f = find_finding(c, region_id, id);
  if (!f) throw ProblemError(Problem::not_found(kFindingNotFound));
  return *f;
}

void require_agency(db::Connection& c, const std::string& region_id, int64_t agency_id, const std::string& field) {
  if (!agencies::exists(c, region_id, agency_id))
    fail_on_field_errors({{field, {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}}});
}

void require_file(db::Connection& c, const std::string& region_id, const std::string& sha256, const std::string& field) {
  if (!sha256.empty() && !files::find(c, region_id, sha256))
    fail_on_field_errors({{field, {"Berkas dengan sha256 ini belum diunggah. Unggah dulu ke /api/v1/files, lalu kirim sha256-nya.",
                                   "No file with this sha256 was uploaded. Upload it to /api/v1/files first, then send its sha256."}}});
}

http::Response audit_response(db::Connection& c, const Schedule& s, int status, const std::string& region_id, int64_t id) {
  auto a = load_audit(c, region_id, id);
  auto j = audit_json(s, a);
  j["findings"] = nlohmann::json::array();
  for (const auto& f : findings_of_audit(c, region_id, id)) j["findings"].push_back(finding_json(s, f));
  auto res = http::Response::json(status, j);
  res.header("etag", http::etag(a.version));
  return res;
}

namespace {

const Text kNoIctOffice{"Daerah ini belum menandai Dinas Kominfo di daftar perangkat daerah; objek infrastruktur tidak dapat dibuat.",
                        "The region has not marked its ICT office among its agencies; infrastructure objects cannot be created."};

ObjectFilter object_filter(const http::Request& req) {
  ObjectFilter f;
  f.kind = http::word_param(req, "kind", kObjectKinds);
  f.status = http::word_param(req, "status", kStatuses);
  f.agency_id = http::number_param(req, "agency_id");
  auto active = http::word_param(req, "active", {"true", "false"});
  if (!active.empty()) f.active = active == "true";
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  return f;
}

// Rules that need the database: the owner agency, the application (its category) and the facility.
void check_object(db::Connection& c, AuditObject& o) {
  std::vector<FieldError> errors;
  if (!agencies::exists(c, o.region_id, o.owner_agency_id))
    errors.push_back({"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  if (o.application_id) {
    auto category = application_category(c, o.region_id, *o.application_id);
    if (!category) errors.push_back({"application_id", {"Aplikasi ini tidak ada di daerah Anda.", "This application is not in your region."}});
    else o.application_category = *category;
  }
  if (o.facility_id && !facility_exists(c, o.region_id, *o.facility_id))
    errors.push_back({"facility_id", {"Pusat data ini tidak ada di daerah Anda.", "This facility is not in your region."}});
  fail_on_field_errors(errors);
}

http::Response object_response(db::Connection& c, const Schedule& s, int status, const std::string& region_id, int64_t id) {
  auto o = load_object(c, region_id, id);
  auto j = object_json(s, o);
  j["audits"] = nlohmann::json::array();
  AuditFilter f;
  f.object_id = id;
  for (const auto& a : list_audits(c, region_id, f)) j["audits"].push_back(audit_json(s, a));
  auto res = http::Response::json(status, j);
  res.header("etag", http::etag(o.version));
  return res;
}

}  // namespace

void add_object_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/objects", Permission::ict_audit_read, [&ctx](http::Request& req) {
    auto filter = object_filter(req);
    auto page = http::parse_page_request(req);
    filter.after_id = http::after_number(page);
    filter.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      filter.today = s.today;
      return http::Response::json(200, http::page_body(list_objects(c, region, filter), page.limit,
                                                       [](const AuditObject& o) { return std::to_string(o.id); },
                                                       [&](const AuditObject& o) { return object_json(s, o); }));
    });
  });

  router.add("POST", kBase + "/objects", Permission::ict_audit_manage, [&ctx](http::Request& req) {
    auto input = parse_object(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto s = schedule_of(c, me.region_id);
      AuditObject o;
      o.region_id = me.region_id;
      o.registered_on = s.today;
      apply(input, o);
      check_object(c, o);
      create_object(c, audit_context(req), s, o);
      auto res = object_response(c, s, 201, me.region_id, o.id);
      res.header("location", kBase + "/objects/" + std::to_string(o.id));
      return res;
    });
  }, http::Body::json);

  router.add("POST", kBase + "/objects/sync", Permission::ict_audit_manage, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& o : sync_registry_objects(c, audit_context(req), s, region))
        items.push_back(object_json(s, load_object(c, region, o.id)));
      nlohmann::json body = {{"created", items.size()}, {"items", items}};
      if (!ict_office_id(c, region)) body["warning"] = {{"id", kNoIctOffice.id}, {"en", kNoIctOffice.en}};
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/objects/{object_id}", Permission::ict_audit_read, [&ctx](http::Request& req) {
    return read_one(ctx, req, "object_id", kObjectNotFound, object_response);
  });

  router.add("PATCH", kBase + "/objects/{object_id}", Permission::ict_audit_manage, [&ctx](http::Request& req) {
    auto input = parse_object(req.json, false);
    return edit_one(
        ctx, req, "object_id", kObjectNotFound, "ict_audit_object.update", "ict_audit_object", load_object,
        [&](db::Connection& c, const Schedule& s, const AuditObject&, AuditObject& after) {
          apply(input, after);
          check_object(c, after);
          recompute_due(s, after);
        },
        [](const AuditObject& x) { return record_json(x); }, update_object, object_response);
  }, http::Body::json);
}

void add_routes(http::Router& router, AppContext& ctx) {
  add_object_routes(router, ctx);
  add_programme_routes(router, ctx);
  add_audit_routes(router, ctx);
  add_finding_routes(router, ctx);
  add_settings_routes(router, ctx);
}

}  // namespace simpul::modules::ict_audits
