#include "modules/organisation/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/body_reader.h"
#include "http/conditional.h"
#include "modules/agencies/routes.h"
#include "modules/committees/store.h"
#include "modules/profiles/json.h"
#include "modules/regions/store.h"
#include "profiles/vocabulary.h"

namespace simpul::modules::organisation {

namespace {

regions::Region load_region(db::Connection& c, const std::string& region_id) {
  auto r = regions::find(c, region_id);
  if (!r) throw ProblemError(Problem::not_found({"Daerah tidak ditemukan.", "Region not found."}));
  return *r;
}

nlohmann::json region_json(const regions::Region& r, const simpul::profiles::Profile* profile) {
  auto j = regions::to_json(r);
  j["citation"] = profile ? profiles::citation_json(profile->citation) : nlohmann::json(nullptr);
  j["terms"] = profiles::terms_json(profile);
  return j;
}

nlohmann::json self_sufficiency_json(db::Connection& c, const std::string& region_id,
                                     const simpul::profiles::Profile* profile) {
  if (!profile || !profile->self_sufficiency) return nullptr;
  const auto& s = *profile->self_sufficiency;
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& k : s.criteria) criteria.push_back({{"key", k.key}, {"article", k.article}, {"text", k.text}});
  std::string title;
  if (const auto* body = profile->body(s.decided_by_body))
    for (const auto& m : body->members)
      if (m.role == s.decided_by_role && !m.position.empty())
        if (const auto* pos = profile->position(m.position)) title = pos->title;
  std::string body_name;
  if (auto committee = committees::find_by_key(c, region_id, s.decided_by_body)) body_name = committee->name;
  return {{"article", s.article},
          {"decree", s.decree},
          {"criteria", criteria},
          {"grants", s.grants},
          {"decided_by", {{"body", s.decided_by_body}, {"body_name", body_name}, {"role", s.decided_by_role}, {"title", title}}}};
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", "/api/v1/region", Permission::reference_data, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      auto r = load_region(c, req.principal->region_id);
      auto res = http::Response::json(200, region_json(r, region_profile(c, r.id)));
      res.header("etag", http::etag(r.version));
      return res;
    });
  });

  router.add("PATCH", "/api/v1/region", Permission::organisation_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    BodyReader b(req.json, {"name", "domain", "time_zone"});
    auto name = b.text("name", false, 200, {"Isi nama daerah (1-200 karakter), misalnya Kota Madiun.",
                                            "Enter the region's name (1-200 characters), e.g. Kota Madiun."});
    auto domain = b.text("domain", false, 253, {"Isi domain resmi daerah, misalnya madiunkota.go.id.",
                                                "Enter the region's official domain, e.g. madiunkota.go.id."});
    if (domain && domain->find('.') == std::string::npos)
      b.add("domain", {"Isi domain resmi daerah, misalnya madiunkota.go.id.", "Enter the region's official domain, e.g. madiunkota.go.id."});
    auto zone = b.word("time_zone", simpul::profiles::vocabulary::time_zones(), false,
                       {"Zona waktu: Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).",
                        "Time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)."});
    b.check();
    return ctx.db->write([&](db::Connection& c) {
      auto before = load_region(c, req.principal->region_id);
      check_version(version, before.version);
      auto after = before;
      if (name) after.name = *name;
      if (domain) after.domain = *domain;
      if (zone) after.time_zone = *zone;
      auto changes = audit::changes_between(regions::to_json(before), regions::to_json(after));
      if (!changes.empty()) {
        after.version = before.version + 1;
        after.updated_at = now_rfc3339();
        if (!regions::update(c, after, before.version)) check_version(after.version, before.version);
        audit::append(c, audit_context(req), "region.update", "region", after.id, changes);
      }
      auto res = http::Response::json(200, region_json(after, region_profile(c, after.id)));
      res.header("etag", http::etag(after.version));
      return res;
    });
  }, http::Body::json);

  router.add("GET", "/api/v1/organisation", Permission::organisation_read, [&ctx](http::Request& req) {
    auto body = ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto* profile = region_profile(c, region_id);
      nlohmann::json j;
      j["region"] = region_json(load_region(c, region_id), profile);
      j["agencies"] = agencies::agencies_json(c, region_id);
      j["committees"] = nlohmann::json::array();
      for (const auto& k : committees::list(c, region_id)) j["committees"].push_back(committees::to_json(k));
      j["architecture_coordinators"] = nlohmann::json::array();
      for (const auto& k : committees::coordinators(c, region_id))
        j["architecture_coordinators"].push_back({{"domain", k.domain}, {"agency_id", k.agency_id},
                                                  {"article", k.article.empty() ? nlohmann::json(nullptr) : nlohmann::json(k.article)}});
      auto gcio = committees::designation(c, region_id, "gcio");
      j["gcio"] = gcio ? committees::to_json(*gcio) : nlohmann::json(nullptr);
      j["self_sufficiency"] = self_sufficiency_json(c, region_id, profile);
      return j;
    });
    return http::Response::json(200, body);
  });
}

}  // namespace simpul::modules::organisation
