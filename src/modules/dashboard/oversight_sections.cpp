// The dashboard's risk, ICT audit and security cards, each counted by the owning module's
// store with the same filters as the list the number links to.
#include <chrono>

#include "core/clock.h"
#include "modules/dashboard/rules.h"
#include "modules/dashboard/sections.h"
#include "modules/ict_audits/store.h"
#include "modules/ict_audits/view.h"
#include "modules/risks/store.h"
#include "modules/security/incident_store.h"
#include "modules/security/rules.h"

namespace simpul::modules::dashboard {

nlohmann::json risk_section(db::Connection& c, const std::string& region_id, int year) {
  auto criteria = risks::load_criteria(c, region_id);
  risks::Filter filter;
  filter.year = year;
  auto total = risks::count(c, region_id, filter);
  nlohmann::json levels = nlohmann::json::array();
  for (const auto& band : criteria.levels) {
    filter.level = band.level;
    levels.push_back({{"level", band.level},
                      {"name", band.name},
                      {"colour", band.colour},
                      {"colour_name", band.colour_name},
                      {"count", risks::count(c, region_id, filter)},
                      {"href", risk_list_href(year, band.level)}});
  }
  return {{"year", year}, {"total", counted(total, risk_list_href(year))}, {"levels", levels}, {"href", "/risiko"}};
}

nlohmann::json ict_audit_section(db::Connection& c, const std::string& region_id) {
  auto schedule = ict_audits::schedule_of(c, region_id);
  ict_audits::ObjectFilter due_soon;
  due_soon.status = "due_soon";
  due_soon.today = schedule.today;
  auto soon = ict_audits::list_objects(c, region_id, due_soon).size();
  auto findings = ict_audits::findings_overdue(c, region_id, schedule.today).size();
  // The programme page lists what is overdue on top; the due-soon objects are in its object list.
  return {{"as_of", schedule.today},
          {"due_soon_days", ict_audits::kDueSoonDays},
          {"overdue", counted(ict_audits::overdue_object_count(c, region_id, schedule.today), "/audit-tik#ia-overdue-title")},
          {"due_soon", counted(static_cast<int64_t>(soon), "/audit-tik")},
          {"findings_overdue", counted(static_cast<int64_t>(findings), "/audit-tik#ia-overdue-title")},
          {"href", "/audit-tik"}};
}

nlohmann::json incident_section(db::Connection& c, const std::string& region_id) {
  auto now = std::chrono::system_clock::now();
  auto at = format_rfc3339(now);
  // Counted as GET /api/v1/security/incidents/overdue counts its two lists (totals only).
  int64_t notices = 0, too_long = 0;
  for (const std::string kind : {"ict_office", "data_owner"})
    notices += security::overdue_notices(c, region_id, std::nullopt, kind, at, 0).total;
  for (const auto& [severity, days] : security::kOpenLimitDays)
    too_long += security::incidents_open_since(c, region_id, std::nullopt, severity,
                                               format_rfc3339(now - std::chrono::hours{24 * days}), 0)
                    .total;
  return {{"open", counted(security::open_incident_count(c, region_id), "/keamanan#sec-incidents-title")},
          {"overdue_notices", counted(notices, "/keamanan#sec-attention-title")},
          {"open_too_long", counted(too_long, "/keamanan#sec-attention-title")},
          {"href", "/keamanan"}};
}

}  // namespace simpul::modules::dashboard
