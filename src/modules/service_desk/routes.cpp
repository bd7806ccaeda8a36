// The service desk's settings: business hours, holidays and SLA targets (kept by the ICT office,
// service_desk_manage), and who covers Service Desk Tier 1 at each agency (Madiun Pasal 39
// ayat (8), Batam Pasal 40 ayat (7) huruf a, Kendari Pasal 33: every agency has its Tier 1).
#include "modules/service_desk/routes.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/coverage.h"

namespace simpul::service_desk {

namespace {

const std::string kBase = "/api/v1/service-desk";
const Text kHolidayNotFound{"Hari libur tidak ditemukan.", "Holiday not found."};

nlohmann::json holiday_json(const Holiday& h) { return {{"id", h.id}, {"day", h.day}, {"name", h.name}}; }

http::Response calendar_response(db::Connection& c, const std::string& region_id) {
  auto stored = load_business_hours(c, region_id);
  nlohmann::json holidays = nlohmann::json::array();
  for (const auto& h : list_holidays(c, region_id)) holidays.push_back(holiday_json(h));
  auto res = http::Response::json(200, {{"time_zone", region_time_zone(c, region_id)},
                                        {"business_hours", business_hours_json(stored.hours)},
                                        {"holidays", holidays},
                                        {"version", stored.version}});
  res.header("etag", http::etag(stored.version));
  return res;
}

http::Response targets_response(db::Connection& c, const std::string& region_id) {
  auto stored = load_sla_targets(c, region_id);
  auto res = http::Response::json(200, {{"items", sla_targets_json(stored.rows)}, {"version", stored.version}});
  res.header("etag", http::etag(stored.version));
  return res;
}

void add_calendar_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/calendar", Permission::service_desk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return calendar_response(c, req.principal->region_id); });
  });

  router.add("PUT", kBase + "/calendar", Permission::service_desk_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    std::vector<FieldError> errors;
    BodyReader r(req.json, {"business_hours"});
    WeeklyHours hours = read_business_hours(req.json.contains("business_hours") ? req.json["business_hours"] : nlohmann::json(),
                                            "business_hours", errors);
    for (const auto& e : r.errors()) errors.push_back(e);
    fail_on_field_errors(errors);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = load_business_hours(c, region);
      check_version(version, before.version);
      if (!save_business_hours(c, region, hours, before.version)) check_version(before.version + 1, before.version);
      audit::append(c, audit_context(req), "service_desk.calendar.update", "service_desk_calendar", region,
                    {{"business_hours", {{"before", business_hours_json(before.hours)}, {"after", business_hours_json(hours)}}}});
      return calendar_response(c, region);
    });
  }, http::Body::json);

  router.add("POST", kBase + "/holidays", Permission::service_desk_manage, [&ctx](http::Request& req) {
    Holiday h = read_holiday(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      h.region_id = req.principal->region_id;
      if (holiday_on(c, h.region_id, h.day))
        throw ProblemError(Problem::conflict({"Tanggal " + h.day + " sudah tercatat sebagai hari libur.",
                                              "The date " + h.day + " is already a holiday."}));
      h.created_at = now_rfc3339();
      insert_holiday(c, h);
      audit::append(c, audit_context(req), "service_desk.holiday.create", "public_holiday", std::to_string(h.id),
                    {{"day", {{"before", nullptr}, {"after", h.day}}}, {"name", {{"before", nullptr}, {"after", h.name}}}});
      auto res = http::Response::json(201, holiday_json(h));
      res.header("location", kBase + "/holidays/" + std::to_string(h.id));
      return res;
    });
  }, http::Body::json);

  router.add("DELETE", kBase + "/holidays/{holiday_id}", Permission::service_desk_manage, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "holiday_id", kHolidayNotFound);
    ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto h = find_holiday(c, region, id);
      if (!h) throw ProblemError(Problem::not_found(kHolidayNotFound));
      delete_holiday(c, region, id);
      audit::append(c, audit_context(req), "service_desk.holiday.delete", "public_holiday", std::to_string(id),
                    {{"day", {{"before", h->day}, {"after", nullptr}}}, {"name", {{"before", h->name}, {"after", nullptr}}}});
    });
    http::Response res;
    res.status = 204;
    return res;
  });
}

void add_target_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/sla-targets", Permission::service_desk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return targets_response(c, req.principal->region_id); });
  });

  // The set is one record: all 20 targets are sent, checked and replaced together.
  router.add("PUT", kBase + "/sla-targets", Permission::service_desk_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto rows = read_sla_targets(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = load_sla_targets(c, region);
      check_version(version, before.version);
      replace_sla_targets(c, region, rows, before.version + 1);
      auto changes = audit::changes_between({{"items", sla_targets_json(before.rows)}}, {{"items", sla_targets_json(rows)}});
      audit::append(c, audit_context(req), "service_desk.sla_targets.update", "sla_targets", region, changes);
      return targets_response(c, region);
    });
  }, http::Body::json);
}

void add_coverage_route(http::Router& router, AppContext& ctx) {
  router.add("GET", kBase + "/tier1-coverage", auth::Permission::service_desk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto counts = tier1_staff_counts(c, region);
      nlohmann::json items = nlohmann::json::array();
      int64_t without = 0;
      for (const auto& a : modules::agencies::list(c, region)) {
        int64_t staff = counts.count(a.id) ? counts.at(a.id) : 0;
        without += staff == 0;
        items.push_back({{"agency", {{"id", a.id}, {"name", a.name}, {"short_name", a.short_name}}},
                         {"tier1_staff", staff},
                         {"flagged", staff == 0}});
      }
      nlohmann::json obligation = nullptr;
      if (auto o = tier1_obligation(region_profile(c, region)))
        obligation = {{"article", o->article}, {"text", o->text}, {"citation", o->citation}};
      return http::Response::json(200, {{"items", items}, {"agencies_without_tier1", without}, {"obligation", obligation}});
    });
  });
}

}  // namespace

void add_routes(http::Router& router, AppContext& ctx) {
  add_calendar_routes(router, ctx);
  add_target_routes(router, ctx);
  add_coverage_route(router, ctx);
  add_report_routes(router, ctx);
}

}  // namespace simpul::service_desk
