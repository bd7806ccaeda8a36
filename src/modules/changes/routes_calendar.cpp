// The change calendar: the changes whose window (planned, or the actual one once implemented)
// falls in a year or month of the region's local time, sorted by start, with conflicts flagged
// (two approved changes on the same target with overlapping windows). One query over the
// (region_id, window_start) index: it must answer a year of the region within 20 ms.
#include <string>

#include "auth/policy.h"
#include "http/query_params.h"
#include "modules/changes/calendar_json.h"
#include "modules/changes/routes_support.h"
#include "modules/changes/rules.h"
#include "modules/changes/store.h"
#include "modules/changes/view.h"
#include "modules/changes/window.h"

namespace simpul::modules::changes {

namespace {

int calendar_number(const http::Request& req, const char* name, bool required, int64_t low, int64_t high, const Text& message) {
  auto v = http::number_param(req, name);
  if (!v && !required) return 0;
  if (!v || *v < low || *v > high) throw ProblemError(Problem::bad_request(message));
  return static_cast<int>(*v);
}

}  // namespace

void add_calendar_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", kBase + "/calendar", auth::Permission::change_read, [&ctx](http::Request& req) {
    int year = calendar_number(req, "year", true, 2000, 2100, {"year: tahun 2000-2100 wajib diisi.", "year: a year from 2000 to 2100 is required."});
    int month = calendar_number(req, "month", false, 1, 12, {"month: bulan 1-12.", "month: a month from 1 to 12."});
    CalendarFilter filter;
    filter.agency_id = http::number_param(req, "agency_id");
    filter.target_kind = http::word_param(req, "target_kind", kTargetKinds);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto zone = region_zone(c, region);
      auto period = calendar_period(year, month, zone.offset_minutes);
      filter.scan_from = period.scan_from;
      filter.period_start = period.start;
      filter.period_end = period.end;
      auto rows = calendar(c, region, filter);
      std::vector<CalendarEntry> entries;
      entries.reserve(rows.size());
      for (const auto& r : rows)
        entries.push_back({r.id, r.decision == "approved", target_keys(r.target_kind, r.target_label, r.link_keys), r.start, r.end});
      auto body = calendar_body({year, month, zone.name, zone.offset_minutes}, rows, conflicts(entries));
      return http::Response::text(200, std::move(body), "application/json");
    });
  });
}

}  // namespace simpul::modules::changes
