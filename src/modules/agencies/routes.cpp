#include "modules/agencies/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/rules.h"
#include "modules/agencies/store.h"

namespace simpul::modules::agencies {

namespace {

const Text kNotFound{"Perangkat daerah tidak ditemukan.", "Agency not found."};

std::vector<std::string> grants_of(const simpul::profiles::Profile* profile) {
  if (!profile || !profile->self_sufficiency) return {};
  return profile->self_sufficiency->grants;
}

nlohmann::json one_json(db::Connection& c, const Agency& a) {
  Extras extras;
  auto heads_by_agency = heads(c, a.region_id);
  if (auto it = heads_by_agency.find(a.id); it != heads_by_agency.end()) extras.head = it->second;
  auto counts = people_counts(c, a.region_id);
  extras.people_count = counts.count(a.id) ? counts[a.id] : 0;
  extras.grants = grants_of(region_profile(c, a.region_id));
  return to_json(a, extras);
}

http::Response agency_response(int status, db::Connection& c, const Agency& a) {
  auto res = http::Response::json(status, one_json(c, a));
  res.header("etag", http::etag(a.version));
  return res;
}

void check_conflicts(db::Connection& c, const Agency& a) {
  auto errors = conflicts_with(a, list(c, a.region_id));
  if (!errors.empty()) throw ProblemError(Problem::validation_failed(errors));
}

}  // namespace

nlohmann::json agencies_json(db::Connection& c, const std::string& region_id) {
  auto heads_by_agency = heads(c, region_id);
  auto counts = people_counts(c, region_id);
  auto grants = grants_of(region_profile(c, region_id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : list(c, region_id)) {
    Extras extras;
    if (auto it = heads_by_agency.find(a.id); it != heads_by_agency.end()) extras.head = it->second;
    if (auto it = counts.find(a.id); it != counts.end()) extras.people_count = it->second;
    extras.grants = grants;
    items.push_back(to_json(a, extras));
  }
  return items;
}

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", "/api/v1/agencies", Permission::reference_data, [&ctx](http::Request& req) {
    auto items = ctx.db->read([&](db::Connection& c) { return agencies_json(c, req.principal->region_id); });
    return http::Response::json(200, {{"items", items}});
  });

  router.add("POST", "/api/v1/agencies", Permission::organisation_manage, [&ctx](http::Request& req) {
    auto input = parse_agency(req.json, true);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      Agency a;
      a.region_id = req.principal->region_id;
      apply(input, a);
      check_conflicts(c, a);
      a.created_at = a.updated_at = now_rfc3339();
      insert(c, a);
      audit_creation(c, audit_context(req), "agency.create", "agency", a, [](const Agency& x) { return to_json(x); });
      auto res = agency_response(201, c, a);
      res.header("location", "/api/v1/agencies/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", "/api/v1/agencies/{agency_id}", Permission::organisation_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "agency_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto a = find(c, req.principal->region_id, id);
      if (!a) throw ProblemError(Problem::not_found(kNotFound));
      return agency_response(200, c, *a);
    });
  });

  router.add("PATCH", "/api/v1/agencies/{agency_id}", Permission::organisation_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "agency_id", kNotFound);
    auto input = parse_agency(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      auto before = find(c, req.principal->region_id, id);
      if (!before) throw ProblemError(Problem::not_found(kNotFound));
      check_version(version, before->version);
      Agency after = *before;
      apply(input, after);
      check_conflicts(c, after);
      commit_change(c, audit_context(req), "agency.update", "agency", *before, after,
                    [](const Agency& x) { return to_json(x); }, update);
      return agency_response(200, c, after);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::agencies
