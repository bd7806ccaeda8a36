// LAN diagrams: every agency submits its current LAN diagram to the ICT office at least once
// a year (Perwali Madiun 39/2021 Pasal 20 ayat (1); Perbup OKI 32/2022 Pasal 21 ayat (1)).
// A submission names the uploaded diagram by its sha256 and is never edited: a newer one
// follows it. The status view shows, per agency, the latest date and whether it is stale,
// and which agencies never submitted.
#include <map>

#include "app/audit_context.h"
#include "modules/regions/store.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "http/query_params.h"
#include "http/conditional.h"
#include "modules/agencies/store.h"
#include "modules/infrastructure/input.h"
#include "modules/infrastructure/routes.h"
#include "modules/infrastructure/routes_support.h"
#include "modules/infrastructure/store.h"

namespace simpul::modules::infrastructure {

namespace {

const std::string kBase = "/api/v1/lan-diagrams";

}  // namespace

void add_lan_diagram_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto agency = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, page_of(list_lan_diagrams(c, req.principal->region_id, agency), req,
                                               [](const LanDiagram& d) { return to_json(d); }));
    });
  });

  router.add("GET", kBase + "/status", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      const auto* profile = region_profile(c, region);
      auto period = lan_diagram_period(profile);
      auto today = regions::region_today(c, region);
      std::map<int64_t, std::pair<std::string, int64_t>> latest;  // agency → (latest date, count)
      for (const auto& d : list_lan_diagrams(c, region, std::nullopt)) {
        auto& entry = latest[d.agency_id];
        if (d.submitted_on > entry.first) entry.first = d.submitted_on;
        ++entry.second;
      }
      nlohmann::json rows = nlohmann::json::array(), never = nlohmann::json::array();
      int64_t current = 0, stale = 0;
      for (const auto& a : agencies::list(c, region)) {
        nlohmann::json row = {{"agency_id", a.id}, {"agency_name", a.name}, {"agency_short_name", a.short_name}};
        auto it = latest.find(a.id);
        if (it == latest.end()) {
          row.update({{"latest_submitted_on", nullptr}, {"due_on", nullptr}, {"submissions", 0}, {"stale", true}, {"never_submitted", true}});
          never.push_back({{"agency_id", a.id}, {"agency_name", a.name}, {"agency_short_name", a.short_name}});
        } else {
          bool is_stale = lan_diagram_stale(it->second.first, today, period);
          row.update({{"latest_submitted_on", it->second.first}, {"due_on", lan_diagram_due(it->second.first, period)},
                      {"submissions", it->second.second}, {"stale", is_stale}, {"never_submitted", false}});
          ++(is_stale ? stale : current);
        }
        rows.push_back(row);
      }
      auto citation = lan_diagram_citation(profile);
      return http::Response::json(200, {{"period", period.text},
                                        {"citation", citation.empty() ? nlohmann::json(nullptr) : nlohmann::json(citation)},
                                        {"today", today},
                                        {"agencies", rows},
                                        {"never_submitted", never},
                                        {"summary", {{"current", current}, {"stale", stale}, {"never_submitted", never.size()}}}});
    });
  });

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    auto d = parse_lan_diagram(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      d.region_id = me.region_id;
      auto agency = agency_for(c, me.region_id, d.agency_id, "agency_id");
      require_own_agency(me, agency.id);
      if (d.submitted_on > regions::region_today(c, me.region_id))
        fail_on_field_errors({{"submitted_on", {"Tanggal penyerahan tidak boleh di masa depan.", "The submission date cannot be in the future."}}});
      require_uploaded_file(c, me.region_id, d.file_sha256, "file_sha256");
      d.submitted_by = me.username;
      d.created_at = now_rfc3339();
      insert_lan_diagram(c, d);
      d.agency_name = agency.name;
      d.agency_short_name = agency.short_name;
      auto changes = audit::changes_between(nullptr, to_json(d));
      changes.erase("created_at");
      audit::append(c, audit_context(req), "lan_diagram.create", "lan_diagram", std::to_string(d.id), changes);
      auto res = http::Response::json(201, to_json(d));
      res.header("etag", http::etag(1));
      res.header("location", kBase + "?agency_id=" + std::to_string(d.agency_id));
      return res;
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
