// The dashboard's compliance card: the compliance engine's evaluation of the whole region,
// counted by the compliance views, with the trend from the daily snapshots.
#include <algorithm>

#include "app/region_profile.h"
#include "modules/compliance/json.h"
#include "modules/compliance/routes_support.h"
#include "modules/compliance/trend.h"
#include "modules/dashboard/rules.h"
#include "modules/dashboard/sections.h"

namespace simpul::modules::dashboard {

nlohmann::json compliance_section(db::Connection& c, const std::string& region_id) {
  const simpul::profiles::Profile* profile = region_profile(c, region_id);
  if (!profile) return {{"available", false}, {"reason", compliance::text_json(compliance::kNoProfile)}, {"href", "/kepatuhan"}};
  auto e = compliance::evaluate(c, region_id, *profile);
  auto tally = compliance::tally_of(e.findings);
  auto open = std::count_if(e.findings.begin(), e.findings.end(), compliance::is_open);

  nlohmann::json lowest = nlohmann::json::array();
  for (const auto& a : lowest_share(compliance::by_agency(e), kLowestAgencies))
    lowest.push_back({{"agency_id", a.agency_id},
                      {"name", a.name},
                      {"tally", compliance::tally_json(a.tally)},
                      {"href", compliance_agency_href(a.agency_id)}});
  return {{"available", true},
          {"as_of", e.today},
          {"profile", {{"name", profile->name}, {"citation", profile->citation.short_name}}},
          {"tally", compliance::tally_json(tally)},
          {"href", "/kepatuhan"},
          {"open", counted(open, "/kepatuhan")},
          {"overdue", counted(tally.overdue, "/kepatuhan")},
          {"due_soon", counted(tally.due_soon, "/kepatuhan/kalender")},
          {"calendar_href", "/kepatuhan/kalender"},
          {"lowest_agencies", lowest},
          {"trend", compliance::trend_json(c, region_id, 0, tally, e.today)}};
}

}  // namespace simpul::modules::dashboard
