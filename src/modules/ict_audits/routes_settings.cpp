// The region's default audit period: used where the profile names none (Probolinggo Pasal 38
// ayat (1), "secara berkala"); P2Y until the ICT office sets another. Changing it recomputes the
// due date of every object of the region in the same transaction.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "core/body_reader.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "modules/ict_audits/routes_support.h"
#include "modules/ict_audits/store.h"

namespace simpul::modules::ict_audits {

namespace {

const Text kPeriod{"Jangka waktu ISO 8601 dari 1 bulan sampai 5 tahun, misalnya P2Y, P1Y6M atau P6M.",
                   "An ISO 8601 period from 1 month to 5 years, e.g. P2Y, P1Y6M or P6M."};

http::Response settings_response(db::Connection& c, const std::string& region_id) {
  auto stored = load_settings(c, region_id);
  auto s = schedule_of(c, region_id);
  // Whether the setting matters here: the profile binds an audit without naming its period.
  auto infrastructure = audit_obligation(s.profile, "infrastructure", "", stored.default_period);
  auto res = http::Response::json(200, {{"default_period", stored.default_period.text},
                                        {"applies", infrastructure && !infrastructure->period_from_profile},
                                        {"version", stored.version}});
  res.header("etag", http::etag(stored.version));
  return res;
}

std::string parse_default_period(const nlohmann::json& body) {
  BodyReader r(body, {"default_period"});
  auto text = r.text("default_period", true, 20, kPeriod);
  if (text) {
    auto p = profiles::parse_period(*text);
    if (!p || p->total_days() != 0 || p->total_months() < 1 || p->total_months() > 60) r.add("default_period", kPeriod);
  }
  r.check();
  return *text;
}

}  // namespace

void add_settings_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/settings", Permission::ict_audit_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return settings_response(c, req.principal->region_id); });
  });

  router.add("PUT", kBase + "/settings", Permission::ict_audit_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto period = parse_default_period(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto before = load_settings(c, region);
      check_version(version, before.version);
      if (!save_settings(c, region, period, before.version, now_rfc3339())) check_version(before.version + 1, before.version);
      auto s = schedule_of(c, region);
      int64_t moved = 0;
      for (auto o : list_objects(c, region, {})) {
        auto due = o.next_due_on;
        recompute_due(s, o);
        if (o.next_due_on != due) set_next_due(c, region, o.id, o.next_due_on), ++moved;
      }
      audit::append(c, audit_context(req), "ict_audit_settings.update", "ict_audit_settings", region,
                    {{"default_period", {{"before", before.default_period.text}, {"after", period}}},
                     {"objects_rescheduled", {{"before", nullptr}, {"after", moved}}}});
      return settings_response(c, region);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::ict_audits
