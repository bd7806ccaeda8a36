#include "modules/compliance/snapshots.h"

#include "app/record_change.h"
#include "app/region_profile.h"
#include "core/clock.h"
#include "modules/compliance/engine.h"
#include "modules/compliance/json.h"
#include "modules/compliance/views.h"
#include "modules/regions/store.h"

namespace simpul::modules::compliance {

namespace {
// The ids of every region, in pages as the regions store hands them out.
std::vector<std::string> region_ids(db::Database& db) {
  std::vector<std::string> out;
  std::optional<std::string> after;
  while (true) {
    auto page = db.read([&](db::Connection& c) { return regions::list(c, after, 200); });
    for (const auto& r : page) out.push_back(r.id);
    if (page.size() < 200) return out;
    after = out.back();
  }
}
}  // namespace

std::vector<Snapshot> take_snapshot(db::Connection& c, const std::string& region_id, const profiles::Profile& profile,
                                    const audit::Context& ctx) {
  auto e = evaluate(c, region_id, profile);
  std::string taken_at = now_rfc3339();
  std::vector<Snapshot> rows{{e.today, 0, tally_of(e.findings), taken_at}};
  for (const auto& a : by_agency(e)) rows.push_back({e.today, a.agency_id, a.tally, taken_at});
  replace_snapshots(c, region_id, e.today, rows);
  audit::append(c, ctx, "compliance.snapshot", "compliance_snapshot", e.today,
                {{"region", {{"before", nullptr}, {"after", tally_json(rows[0].tally)}}},
                 {"agencies", {{"before", nullptr}, {"after", int64_t(rows.size() - 1)}}}});
  return rows;
}

int take_missing_snapshots(db::Database& db) {
  int taken = 0;
  for (const auto& region_id : region_ids(db)) {
    bool took = write_rechecking_collisions(db, [&](db::Connection& c) {
      const profiles::Profile* profile = region_profile(c, region_id);
      auto today = regions::region_today(c, region_id);
      if (!profile || has_snapshot(c, region_id, today)) return false;
      audit::Context ctx{region_id, {std::nullopt, "system:compliance", "system"}, "compliance-snapshot-" + today, "local"};
      take_snapshot(c, region_id, *profile, ctx);
      return true;
    });
    taken += took ? 1 : 0;
  }
  return taken;
}

std::vector<std::string> unevaluable_region_profiles(db::Database& db) {
  std::vector<std::string> errors;
  for (const auto& region_id : region_ids(db)) {
    const profiles::Profile* profile = db.read([&](db::Connection& c) { return region_profile(c, region_id); });
    if (!profile) continue;
    for (auto& e : unevaluable(*profile)) errors.push_back("region " + region_id + ": " + e);
  }
  return errors;
}

}  // namespace simpul::modules::compliance
