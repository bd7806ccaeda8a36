// Snapshots of compliance (docs/compliance-contract.md, "Snapshots and trend").
#include "app/audit_context.h"
#include "app/record_change.h"
#include "http/query_params.h"
#include "modules/compliance/json.h"
#include "modules/compliance/routes_support.h"
#include "modules/compliance/snapshots.h"

namespace simpul::modules::compliance {

namespace {
constexpr int kMaxSnapshots = 3660;  // ten years of days

nlohmann::json snapshots_json(const std::vector<Snapshot>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : rows)
    out.push_back({{"taken_on", s.taken_on}, {"agency_id", s.agency_id}, {"tally", tally_json(s.tally)}, {"taken_at", s.taken_at}});
  return out;
}
}  // namespace

void add_snapshot_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase + "/snapshots", Permission::compliance_read, [&ctx](http::Request& req) {
    int64_t agency_id = http::number_param(req, "agency_id").value_or(0);  // 0: the region as a whole
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      if (agency_id) require_agency(c, region_id, agency_id);
      return http::Response::json(
          200, {{"agency_id", agency_id}, {"snapshots", snapshots_json(list_snapshots(c, region_id, agency_id, kMaxSnapshots))}});
    });
  });

  router.add("POST", kBase + "/snapshots", Permission::compliance_manage, [&ctx](http::Request& req) {
    // Two takings at once (the daily task and this) meet on today's rows: the second runs again and replaces them.
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto rows = take_snapshot(c, region_id, require_profile(c, region_id), audit_context(req));
      return http::Response::json(200, {{"taken_on", rows.front().taken_on}, {"snapshots", snapshots_json(rows)}});
    });
  });
}

}  // namespace simpul::modules::compliance
