// What the region looks at across its assets: the warning window and the warranties and
// licences that run out within it, and the yearly inventory report for the regional asset
// office (Kendari Pasal 19 ayat (11)-(12); elsewhere the coordination with the asset office of
// Madiun Pasal 35 ayat (4)), made and sent by the ICT office.
#include <algorithm>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "export/download.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/assets/routes_support.h"
#include "modules/assets/rules.h"
#include "modules/assets/store.h"
#include "modules/assets/workbook.h"
#include "modules/regions/store.h"

namespace simpul::modules::assets {

namespace {

const std::string kReports = kBase + "/inventory-reports";

http::Response settings_response(db::Connection& c, const std::string& region_id) {
  auto s = load_settings(c, region_id);
  auto res = http::Response::json(200, {{"warning_days", s.warning_days}, {"version", s.version}});
  res.header("etag", http::etag(s.version));
  return res;
}

nlohmann::json obligation_json(const std::optional<CitedObligation>& o) {
  if (!o) return nullptr;
  return {{"article", o->article}, {"text", o->text}, {"citation", o->citation}};
}

nlohmann::json report_json(db::Connection& c, const InventoryReport& r, bool with_lists) {
  auto profile = region_profile(c, r.region_id);
  auto j = to_json(r, with_lists);
  j["recipient_suggestion"] = asset_office_name(profile);
  j["obligation"] = obligation_json(report_obligation(profile));
  return j;
}

InventoryReport load_report(db::Connection& c, const std::string& region_id, int64_t id) {
  auto r = find_report(c, region_id, id);
  if (!r) throw ProblemError(Problem::not_found(kReportNotFound));
  return *r;
}

http::Response report_response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto r = load_report(c, region_id, id);
  auto res = http::Response::json(status, report_json(c, r, true));
  res.header("etag", http::etag(r.version));
  return res;
}

void add_settings_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", kBase + "/settings", auth::Permission::asset_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return settings_response(c, req.principal->region_id); });
  });

  router.add("PUT", kBase + "/settings", auth::Permission::asset_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto days = parse_warning_days(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = load_settings(c, region);
      check_version(version, before.version);
      if (!save_settings(c, region, days, before.version, now_rfc3339())) check_version(before.version + 1, before.version);
      audit::append(c, audit_context(req), "asset_settings.update", "asset_settings", region,
                    {{"warning_days", {{"before", before.warning_days}, {"after", days}}}});
      return settings_response(c, region);
    });
  }, http::Body::json);
}

// Every warranty and licence of a not disposed asset that ends before today + the window: first
// those still running (soonest first: they can be renewed in time), then those already ended
// (most recently ended first), so the long-ended ones never crowd out what is about to end.
void add_expiry_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", kBase + "/expiring", auth::Permission::asset_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    auto limit_text = req.query_param("limit").value_or("");
    int64_t limit = 200;
    if (!limit_text.empty()) {
      bool digits = limit_text.size() <= 4 && limit_text.find_first_not_of("0123456789") == std::string::npos;
      limit = digits ? std::stoll(limit_text) : 0;
      if (limit < 1 || limit > 500) throw ProblemError(Problem::bad_request({"limit: 1-500.", "limit: 1 to 500."}));
    }
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto today = regions::region_today(c, region);
      auto window = load_settings(c, region).warning_days;
      auto list = expiry_list(c, region, today, date_after(today, window), agency_id, limit);
      nlohmann::json out = nlohmann::json::array();
      for (const auto& e : list.items)
        out.push_back({{"asset_id", e.asset_id},
                       {"code", e.code},
                       {"name", e.name},
                       {"kind", e.kind},
                       {"category", e.category},
                       {"owner_agency_id", e.owner_agency_id},
                       {"owner_agency_name", e.owner_agency_name},
                       {"what", e.what},
                       {"until", e.until},
                       {"days_left", days_between(today, e.until)},
                       {"status", expiry_status(e.until, today, window)}});
      return http::Response::json(200, {{"today", today},
                                        {"warning_days", window},
                                        {"totals", {{"expired", list.expired}, {"expiring", list.expiring}}},
                                        {"items", out}});
    });
  });
}

void add_inventory_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", kReports, auth::Permission::asset_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& r : list_reports(c, req.principal->region_id)) items.push_back(report_json(c, r, false));
      return http::Response::json(200, {{"items", items}});
    });
  });

  router.add("GET", kReports + "/{report_id}", auth::Permission::asset_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "report_id", kReportNotFound);
    return ctx.db->read([&](db::Connection& c) { return report_response(c, 200, req.principal->region_id, id); });
  });

  router.add("GET", kReports + "/{report_id}/export.xlsx", auth::Permission::asset_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "report_id", kReportNotFound);
    return ctx.db->read([&](db::Connection& c) {
      auto r = load_report(c, req.principal->region_id, id);
      return xlsx_download(xlsx::write_workbook(report_sheets(r)), "inventaris-aset-tik-" + std::to_string(r.year));
    });
  });

  // A new snapshot of the year; a draft of the same year is made again, a sent one stays.
  router.add("POST", kReports, auth::Permission::asset_manage, [&ctx](http::Request& req) {
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto today = regions::region_today(c, region);
      int year = parse_report_year(req.json, std::stoi(today.substr(0, 4)));
      std::vector<Asset> counted;
      for (auto& a : list_all(c, region, {}))
        if (counts_in_year(a, year)) counted.push_back(std::move(a));
      auto existing = find_report_of_year(c, region, year);
      if (existing) {
        refuse_if(cannot_submit(*existing));
        // Written even when the totals stay the same: the rows behind them may have moved.
        InventoryReport after = *existing;
        after.made_on = today;
        snapshot(after, counted);
        after.version = existing->version + 1;
        after.updated_at = now_rfc3339();
        if (!update_report(c, after, existing->version)) check_version(after.version, existing->version);
        auto changes = audit::changes_between(report_record_json(*existing), report_record_json(after));
        changes.erase("updated_at");
        changes.erase("version");
        audit::append(c, audit_context(req), "asset_inventory_report.update", "asset_inventory_report", std::to_string(after.id),
                      changes);
        return report_response(c, 200, region, existing->id);
      }
      InventoryReport r;
      r.region_id = region;
      r.year = year;
      r.made_on = today;
      snapshot(r, counted);
      r.created_at = r.updated_at = now_rfc3339();
      insert_report(c, r);
      audit_creation(c, audit_context(req), "asset_inventory_report.create", "asset_inventory_report", r,
                     report_record_json);
      auto res = report_response(c, 201, region, r.id);
      res.header("location", kReports + "/" + std::to_string(r.id));
      return res;
    });
  }, http::Body::json);

  router.add("POST", kReports + "/{report_id}/submit", auth::Permission::asset_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "report_id", kReportNotFound);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto input = parse_submit(req.json, regions::region_today(c, region));
      auto before = load_report(c, region, id);
      check_version(version, before.version);
      refuse_if(cannot_submit(before));
      InventoryReport after = before;
      after.state = "sent";
      after.sent_on = input.sent_on;
      after.recipient = input.recipient;
      commit_change(c, audit_context(req), "asset_inventory_report.submit", "asset_inventory_report", before, after,
                    report_record_json, update_report);
      return report_response(c, 200, region, id);
    });
  }, http::Body::json);
}

}  // namespace

void add_report_routes(http::Router& router, AppContext& ctx) {
  add_settings_routes(router, ctx);
  add_expiry_routes(router, ctx);
  add_inventory_routes(router, ctx);
}

}  // namespace simpul::modules::assets
