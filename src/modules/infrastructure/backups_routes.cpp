// Backups reported by the agencies: every agency backs its data up regularly to a server in
// the data center (Perwali Madiun 39/2021 Pasal 16 ayat (1); Perbup OKI 32/2022 Pasal 13
// ayat (1)), and the ICT office supervises it (Madiun Pasal 16 ayat (2)): per agency the
// latest backup date. A report is never edited: a newer one follows it. Where the profile
// places data_backup in the data center, a backup kept elsewhere is refused (422) citing it.
#include <map>

#include "app/audit_context.h"
#include "modules/regions/store.h"
#include "app/region_profile.h"
#include "audit/diff.h"
#include "audit/log.h"
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

const std::string kBase = "/api/v1/backups";

void check(db::Connection& c, Backup& b) {
  std::vector<FieldError> errors;
  if (b.done_on > regions::region_today(c, b.region_id))
    errors.push_back({"done_on", {"Tanggal pencadangan tidak boleh di masa depan.", "The backup date cannot be in the future."}});
  if (b.host_id) {
    auto h = find_host(c, b.region_id, *b.host_id);
    if (!h)
      errors.push_back({"host_id", {"Server ini tidak ada di daerah Anda.", "This host does not exist in your region."}});
    else if (h->owner_agency_id != b.agency_id)
      errors.push_back({"host_id", {"Server ini bukan milik perangkat daerah yang melapor.", "This host does not belong to the reporting agency."}});
    else
      b.host_name = h->name;
  }
  std::optional<std::string> facility_kind;
  if (b.facility_id) {
    auto f = find_facility(c, b.region_id, *b.facility_id);
    if (!f)
      errors.push_back({"facility_id", {"Fasilitas ini tidak ada di daerah Anda.", "This facility does not exist in your region."}});
    else
      facility_kind = f->kind, b.facility_name = f->name, b.facility_kind = f->kind;
  }
  if (errors.empty())
    if (auto why = backup_location_problem(region_profile(c, b.region_id), facility_kind)) errors.push_back({"facility_id", *why});
  fail_on_field_errors(errors);
}

}  // namespace

void add_backup_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::registry_read, [&ctx](http::Request& req) {
    auto agency = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      return http::Response::json(200, page_of(list_backups(c, req.principal->region_id, agency), req,
                                               [](const Backup& b) { return to_json(b); }));
    });
  });

  // Per agency: the latest backup reported, the latest that succeeded, and how many.
  router.add("GET", kBase + "/latest", Permission::registry_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      struct Latest {
        std::string any, ok, result;
        int64_t count = 0;
      };
      std::map<int64_t, Latest> by_agency;
      for (const auto& b : list_backups(c, region, std::nullopt)) {  // newest first
        auto& l = by_agency[b.agency_id];
        if (l.count++ == 0) l.any = b.done_on, l.result = b.result;
        if (b.result == "ok" && l.ok.empty()) l.ok = b.done_on;
      }
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& a : agencies::list(c, region)) {
        auto it = by_agency.find(a.id);
        nlohmann::json row = {{"agency_id", a.id}, {"agency_name", a.name}, {"agency_short_name", a.short_name},
                              {"latest_done_on", nullptr}, {"latest_result", nullptr}, {"latest_ok_on", nullptr}, {"reports", 0}};
        if (it != by_agency.end()) {
          row["latest_done_on"] = it->second.any;
          row["latest_result"] = it->second.result;
          if (!it->second.ok.empty()) row["latest_ok_on"] = it->second.ok;
          row["reports"] = it->second.count;
        }
        rows.push_back(row);
      }
      auto citation = placement_citation(region_profile(c, region), "data_backup", "data_center");
      return http::Response::json(200, {{"agencies", rows}, {"citation", citation ? nlohmann::json(*citation) : nlohmann::json(nullptr)}});
    });
  });

  router.add("POST", kBase, Permission::registry_edit, [&ctx](http::Request& req) {
    auto b = parse_backup(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      b.region_id = me.region_id;
      auto agency = agency_for(c, me.region_id, b.agency_id, "agency_id");
      require_own_agency(me, agency.id);
      check(c, b);
      b.reported_by = me.username;
      b.created_at = now_rfc3339();
      insert_backup(c, b);
      b.agency_name = agency.name;
      b.agency_short_name = agency.short_name;
      auto changes = audit::changes_between(nullptr, to_json(b));
      changes.erase("created_at");
      audit::append(c, audit_context(req), "backup.create", "backup", std::to_string(b.id), changes);
      auto res = http::Response::json(201, to_json(b));
      res.header("etag", http::etag(1));
      res.header("location", kBase + "?agency_id=" + std::to_string(b.agency_id));
      return res;
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::infrastructure
