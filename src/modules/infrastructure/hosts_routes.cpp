// Hosts: physical servers, virtual machines and VPS of the agencies, where they are placed
// and the uptime they are committed to (Perwali Madiun 39/2021 Pasal 14; Perbup OKI 32/2022
// Pasal 12). A VPS is provided in the data center (Madiun Pasal 14 ayat (5)); in OKI every
// server is (Pasal 12 ayat (7)). Where the regulation has PD Mandiri TIK, only such an
// agency runs its own servers (Madiun Pasal 14 ayat (4), Pasal 45); the ICT office does it
// for the others. In OKI a host's addresses come from the ranges the ICT office allocated
// (Pasal 20 ayat (1)).
#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "export/download.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "modules/infrastructure/host_registration.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/routes.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/store.h"
#include "modules/infrastructure/workbook.h"

namespace simpul::modules::infrastructure {

namespace {

const std::string kBase = "/api/v1/hosts";
const Text kNotFound{"Server tidak ditemukan.", "Host not found."};

HostFilter filter_of(const http::Request& req) {
  HostFilter f;
  f.agency_id = http::number_param(req, "agency_id");
  f.facility_id = http::number_param(req, "facility_id");
  f.kind = http::word_param(req, "kind", kHostKinds);
  f.status = http::word_param(req, "status", kHostStatuses);
  return f;
}

Host load(db::Connection& c, const auth::Principal& me, int64_t id) {
  auto h = find_host(c, me.region_id, id);
  if (!h) throw ProblemError(Problem::not_found(kNotFound));
  return *h;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto h = find_host(c, region_id, id);
  if (!h) throw ProblemError(Problem::not_found(kNotFound));
  auto res = http::Response::json(status, to_json(*h));
  res.header("etag", http::etag(h->version));
  return res;
}

nlohmann::json host_record(const Host& h) { return record_json(h); }

}  // namespace

void add_host_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    return ctx.db->read([&](db::Connection& c) {
      auto all = list_hosts(c, req.principal->region_id, filter);
      nlohmann::json by_kind = {{"physical_server", 0}, {"virtual_machine", 0}, {"vps", 0}};
      for (const auto& h : all) by_kind[h.kind] = by_kind[h.kind].get<int64_t>() + 1;
      auto body = page_of(all, req, [](const Host& h) { return to_json(h); });
      body["summary"] = {{"total", all.size()}, {"by_kind", by_kind}};  // of every host the filter matches
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/export.json", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      nlohmann::json items = nlohmann::json::array();
      for (const auto& h : list_hosts(c, region, {})) items.push_back(to_json(h));
      return json_download({{"region_id", region}, {"exported_at", now_rfc3339()}, {"items", items}}, "server");
    });
  });

  router.add("GET", kBase + "/export.xlsx", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      return xlsx_download(xlsx::write_workbook({hosts_sheet(list_hosts(c, req.principal->region_id, {}))}), "server");
    });
  });

  router.add("GET", kBase + "/{host_id}", Permission::registry_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "host_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<Host>(router, ctx, Permission::registry_read,
                         {kBase + "/{host_id}", "host_id", "host", "server", kNotFound, load, nullptr, nullptr});

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      Host h = new_host(c, me, req.json);
      store_new_host(c, audit_context(req), h);
      auto res = response(c, 201, me.region_id, h.id);
      res.header("location", kBase + "/" + std::to_string(h.id));
      return res;
    });
  }, http::Body::json);
  add_host_import_routes(router, ctx);

  router.add("PATCH", kBase + "/{host_id}", Permission::registry_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "host_id", kNotFound);
    auto input = parse_host(req.json, false);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load(c, me, id);
      require_self_management(c, me, agency_for(c, me.region_id, before.owner_agency_id, "owner_agency_id"), SelfManaged::servers);
      check_version(version, before.version);
      Host after = before;
      apply(input, after);
      if (after.owner_agency_id != before.owner_agency_id)
        require_self_management(c, me, agency_for(c, me.region_id, after.owner_agency_id, "owner_agency_id"), SelfManaged::servers);
      check_host(c, after);
      commit_change(c, audit_context(req), "host.update", "host", before, after, host_record, update_host);
      return response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
