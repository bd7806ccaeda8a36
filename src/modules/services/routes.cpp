#include "modules/services/routes.h"

#include <map>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "export/xlsx.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/element_links/store.h"
#include "modules/element_links/views.h"
#include "modules/services/registration.h"
#include "modules/services/rules.h"
#include "modules/services/store.h"
#include "modules/services/workbook.h"

namespace simpul::modules::services {

namespace {

const std::string kBase = "/api/v1/services";
const Text kNotFound{"Layanan SPBE tidak ditemukan.", "SPBE service not found."};
Filter filter_of(const http::Request& req) {
  Filter f;
  f.agency_id = http::number_param(req, "agency_id");
  f.kind = http::word_param(req, "kind", kKinds);
  f.status = http::word_param(req, "status", kStatuses);
  f.channel = http::word_param(req, "channel", kChannels);
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  return f;
}

std::map<int64_t, agencies::Agency> agencies_by_id(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, agencies::Agency> out;
  for (auto& a : agencies::list(c, region_id)) out.emplace(a.id, a);
  return out;
}

// The service with the agencies taking part, its direct links both ways and the articles of
// the region's regulation that apply to it, as GET …/{id} shows it.
nlohmann::json detail_json(db::Connection& c, const auth::Principal& me, const Service& s) {
  auto j = to_json(s);
  auto agencies = agencies_by_id(c, s.region_id);
  j["participating_agencies"] = nlohmann::json::array();
  for (auto id : s.participating_agency_ids) {
    auto a = agencies.find(id);
    if (a != agencies.end())
      j["participating_agencies"].push_back({{"id", id}, {"name", a->second.name}, {"short_name", a->second.short_name}});
  }
  element_links::NodeKey key{"service", s.id};
  std::vector<element_links::Link> uses, used_by;
  for (const auto& l : element_links::links(c, s.region_id, {key, std::nullopt, std::nullopt}))
    (l.from == key ? uses : used_by).push_back(l);
  j["uses"] = element_links::links_json(c, me, uses);
  j["used_by"] = element_links::links_json(c, me, used_by);
  const auto* profile = region_profile(c, s.region_id);
  auto integration = integration_citation(profile);
  auto application = application_citation(profile, s.kind);
  j["integration_citation"] = integration.empty() ? nlohmann::json(nullptr) : nlohmann::json(integration);
  j["application_citation"] = application.empty() ? nlohmann::json(nullptr) : nlohmann::json(application);
  return j;
}

Service load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto s = find(c, me.region_id, id);
  if (!s) throw ProblemError(Problem::not_found(kNotFound));
  return *s;
}

http::Response response(db::Connection& c, const auth::Principal& me, int status, int64_t id) {
  auto s = load(c, me, id);
  auto res = http::Response::json(status, detail_json(c, me, s));
  res.header("etag", http::etag(s.version));
  return res;
}

std::map<int64_t, std::string> agency_names(db::Connection& c, const std::string& region_id) {
  std::map<int64_t, std::string> out;
  for (const auto& a : agencies::list(c, region_id)) out[a.id] = a.name;
  return out;
}

// One service as a download: the record and its direct links by kind and id (the names of
// the elements at the other ends are left out: the export is not narrowed to the reader).
nlohmann::json record_export(db::Connection& c, const Service& s) {
  element_links::NodeKey key{"service", s.id};
  nlohmann::json uses = nlohmann::json::array(), used_by = nlohmann::json::array();
  for (const auto& l : element_links::links(c, s.region_id, {key, std::nullopt, std::nullopt}))
    (l.from == key ? uses : used_by).push_back(element_links::to_json(l));
  auto j = to_json(s);
  j["uses"] = uses;
  j["used_by"] = used_by;
  return {{"region_id", s.region_id}, {"exported_at", now_rfc3339()}, {"service", j}};
}

void add_reading_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    auto page = http::parse_page_request(req);
    filter.after_code = page.after;
    filter.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, http::page_body(list(c, req.principal->region_id, filter), page.limit,
                                                       [](const Service& s) { return s.code; },
                                                       [](const Service& s) { return to_json(s); }));
    });
  });

  router.add("GET", kBase + "/{service_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "service_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, *req.principal, 200, id); });
  });

  add_record_reads<Service>(router, ctx, Permission::registry_read,
                            {kBase + "/{service_id}", "service_id", "service", "layanan-spbe", kNotFound,
                             [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me, id); },
                             record_export, [](db::Connection& c, const Service& s) {
                               return xlsx::write_workbook(workbook_sheets({s}, agency_names(c, s.region_id)));
                             }});

  router.add("GET", kBase + "/export.json", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& s : list(c, region, {})) items.push_back(to_json(s));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}}, "layanan-spbe");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      return xlsx_download(xlsx::write_workbook(workbook_sheets(list(c, region, {}), agency_names(c, region))),
                           "layanan-spbe");
    });
  });
}

void add_editing_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      Service s = new_service(c, me, req.json);
      store_new(c, audit_context(req), s);
      auto res = response(c, me, 201, s.id);
      res.header("location", kBase + "/" + std::to_string(s.id));
      return res;
    });
  }, http::Body::json);
  add_import_routes(router, ctx);

  router.add("PATCH", kBase + "/{service_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "service_id", kNotFound);
    auto input = parse_service(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me, id);
      require_owner(me, before.owner_agency_id);
      check_version(version, before.version);
      Service after = before;
      apply(input, after);
      check_service(c, after);
      commit_change(c, audit_context(req), "service.update", "service", before, after, record_json, update);
      return response(c, me, 200, id);
    });
  }, http::Body::json);

  // The ICT office records that it coordinated the integration of a service across agencies
  // (Madiun Pasal 30 ayat (3), OKI Pasal 30 ayat (3), Batam Pasal 31 ayat (3)).
  router.add("POST", kBase + "/{service_id}/coordinate-integration", Permission::registry_edit, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "service_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      if (me.role != auth::Role::superadmin) {
        auto citation = integration_citation(region_profile(c, me.region_id));
        std::string where = citation.empty() ? "" : " (" + citation + ")";
        throw ProblemError(Problem::forbidden({"Integrasi layanan antar perangkat daerah dikoordinasikan dengan Dinas" + where +
                                                   "; hanya superadmin Dinas yang dapat mencatat koordinasinya.",
                                               "Integration of services across agencies is coordinated with the ICT office" +
                                                   where + "; only its superadmin can record the coordination."}));
      }
      auto version = http::required_version(req);
      auto before = load(c, me, id);
      change_record(c, audit_context(req), "service.coordinate_integration", "service", before, version,
                    [&](Service& s) {
                      refuse_if(cannot_coordinate_integration(s));
                      s.integration_note = parse_coordination_note(req.json);
                      s.integration_coordinated_by = me.username;
                      s.integration_coordinated_at = now_rfc3339();
                    },
                    record_json, update);
      return response(c, me, 200, id);
    });
  }, http::Body::json);
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  add_reading_routes(router, ctx);
  add_editing_routes(router, ctx);
}

}  // namespace simpul::modules::services
