#include "modules/competencies/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "files/store.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/competencies/input.h"
#include "modules/competencies/rules.h"
#include "modules/competencies/routes_support.h"
#include "modules/competencies/store.h"

namespace simpul::modules::competencies {

void require_agency_access(const auth::Principal& me, int64_t agency_id) {
  if (!auth::may_access_agency(me, agency_id))
    throw ProblemError(Problem::forbidden({"Anda hanya dapat mengelola kompetensi pegawai dan rencana pelatihan perangkat daerah Anda sendiri.",
                                           "You can only keep the staff competencies and training plans of your own agency."}));
}

Employee load_employee(db::Connection& c, const std::string& region_id, int64_t person_id) {
  auto e = find_employee(c, region_id, person_id);
  if (!e) throw ProblemError(Problem::not_found(kEmployeeNotFound));
  return *e;
}

void ensure_catalogue(db::Connection& c, const http::Request& req) {
  auto added = seed_catalogue(c, req.principal->region_id);
  if (added.empty()) return;
  nlohmann::json codes = nlohmann::json::array();
  for (const auto& k : added) codes.push_back(k.code);
  audit::append(c, audit_context(req), "competency.catalogue_seeded", "competency_catalogue", req.principal->region_id,
                {{"competencies", {{"before", nullptr}, {"after", codes}}}});
}

void ensure_catalogue(AppContext& ctx, const http::Request& req) {
  bool seeded = ctx.db->read([&](db::Connection& c) { return has_catalogue(c, req.principal->region_id); });
  // Two first readers at once: the one that collides runs again and finds the catalogue.
  if (!seeded) write_rechecking_collisions(*ctx.db, [&](db::Connection& c) { ensure_catalogue(c, req); });
}

std::vector<Requirement> all_requirements(db::Connection& c, const std::string& region_id) {
  auto out = profile_requirements(region_profile(c, region_id));
  for (auto& r : policy_requirements(c, region_id)) out.push_back(std::move(r));
  return out;
}

void check_competency(db::Connection& c, const std::string& region_id, const std::optional<int64_t>& id,
                      const std::string& field, BodyReader& r) {
  if (id && !find_competency(c, region_id, *id))
    r.add(field, {"Kompetensi ini tidak ada di katalog daerah Anda.", "This competency is not in your region's catalogue."});
}

void check_file(db::Connection& c, const std::string& region_id, const std::string& sha256, const std::string& field,
                BodyReader& r) {
  if (!sha256.empty() && !files::find(c, region_id, sha256))
    r.add(field, {"Berkas dengan sha256 ini belum diunggah. Unggah dulu ke /api/v1/files, lalu kirim sha256-nya.",
                  "No file with this sha256 was uploaded. Upload it to /api/v1/files first, then send its sha256."});
}

http::Response no_content() {
  http::Response res;
  res.status = 204;
  return res;
}

http::Response created(nlohmann::json body, int64_t version, const std::string& location) {
  auto res = http::Response::json(201, body);
  res.header("etag", http::etag(version));
  res.header("location", location);
  return res;
}

namespace {

nlohmann::json record_json(const Competency& k) { return to_json(k); }

http::Response competency_response(const Competency& k, int status) {
  auto res = http::Response::json(status, to_json(k));
  res.header("etag", http::etag(k.version));
  return res;
}

Competency load_competency(db::Connection& c, const std::string& region_id, int64_t id) {
  auto k = find_competency(c, region_id, id);
  if (!k) throw ProblemError(Problem::not_found(kCompetencyNotFound));
  return *k;
}

void add_requirement_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/requirements", Permission::competency_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& r : all_requirements(c, req.principal->region_id)) items.push_back(to_json(r));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", kBase + "/requirements", Permission::competency_manage, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      ensure_catalogue(c, req);
      BodyReader r(req.json, {"applies_to", "competency_id", "competency_kind", "pranata_komputer", "min_people", "note"});
      Requirement q;
      q.source = "policy";
      q.region_id = region;
      read_requirement(r, q);
      check_competency(c, region, q.competency_id, "competency_id", r);
      r.check();
      if (q.applies_to == "each_employee") q.min_people = 1;
      q.created_at = q.updated_at = now_rfc3339();
      insert_requirement(c, q);
      auto saved = *find_policy_requirement(c, region, *q.id);
      audit::append(c, audit_context(req), "competency_requirement.create", "competency_requirement", std::to_string(*q.id),
                    audit::changes_between(nullptr, to_json(saved)));
      return created(to_json(saved), saved.version, kBase + "/requirements/" + std::to_string(*q.id));
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/requirements/{requirement_id}", Permission::competency_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "requirement_id", kRequirementNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = find_policy_requirement(c, region, id);
      if (!before) throw ProblemError(Problem::not_found(kRequirementNotFound));
      check_version(version, before->version);
      if (!delete_requirement(c, region, id, before->version)) check_version(before->version + 1, before->version);
      audit::append(c, audit_context(req), "competency_requirement.delete", "competency_requirement", std::to_string(id),
                    {{"requirement", {{"before", to_json(*before)}, {"after", nullptr}}}});
    });
    return no_content();
  });
}

}  // namespace

void add_catalogue_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/catalogue", Permission::competency_read, [&ctx](http::Request& req) {
    ensure_catalogue(ctx, req);
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& k : list_competencies(c, req.principal->region_id)) items.push_back(to_json(k));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("POST", kBase + "/catalogue", Permission::competency_manage, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      ensure_catalogue(c, req);
      BodyReader r(req.json, {"code", "name", "kind", "description"});
      Competency k;
      k.region_id = region;
      read_competency(r, true, k);
      if (!k.code.empty() && code_taken(c, region, k.code, 0))
        r.add("code", {"Kode " + k.code + " sudah dipakai kompetensi lain di daerah ini.",
                       "The code " + k.code + " is already used by another competency of this region."});
      r.check();
      k.created_at = k.updated_at = now_rfc3339();
      insert_competency(c, k);
      audit_creation(c, audit_context(req), "competency.create", "competency", k, record_json);
      auto res = competency_response(k, 201);
      res.header("location", kBase + "/catalogue/" + std::to_string(k.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", kBase + "/catalogue/{competency_id}", Permission::competency_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "competency_id", kCompetencyNotFound);
    return ctx.db->read([&](db::Connection& c) { return competency_response(load_competency(c, req.principal->region_id, id), 200); });
  });

  router.add("PATCH", kBase + "/catalogue/{competency_id}", Permission::competency_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "competency_id", kCompetencyNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto before = load_competency(c, req.principal->region_id, id);
      check_version(version, before.version);
      BodyReader r(req.json, {"code", "name", "kind", "description"});
      auto after = before;
      read_competency(r, false, after);
      r.check();
      commit_change(c, audit_context(req), "competency.update", "competency", before, after, record_json, update_competency);
      return competency_response(after, 200);
    });
  }, http::Body::json);

  add_requirement_routes(router, ctx);
}

void add_routes(http::Router& router, AppContext& ctx) {
  add_catalogue_routes(router, ctx);
  add_staff_routes(router, ctx);
  add_gap_routes(router, ctx);
  add_plan_routes(router, ctx);
}

}  // namespace simpul::modules::competencies
