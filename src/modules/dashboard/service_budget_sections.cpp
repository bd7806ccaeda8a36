// The dashboard's service desk and budget cards: the service desk report's monthly SLA
// figures and the consolidated budget plans of the year, as their own pages compute them.
#include "core/clock.h"
#include "core/dates.h"
#include "modules/budget_plans/rules.h"
#include "modules/budget_plans/store.h"
#include "modules/dashboard/rules.h"
#include "modules/dashboard/sections.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/report_store.h"
#include "modules/service_desk/sla_clock.h"

namespace simpul::modules::dashboard {

namespace {
const std::string kServiceDeskReports = "/tiket/laporan";
const std::string kConsolidatedBudget = "/tata-kelola/anggaran#budget-consolidated-title";
}  // namespace

nlohmann::json service_desk_section(db::Connection& c, const std::string& region_id, Lang lang) {
  using namespace service_desk;
  auto zone = region_time_zone(c, region_id);
  int offset = utc_offset_minutes_of_zone(zone);
  auto current = parse_month(today_in_zone(zone).substr(0, 7));
  auto now = now_rfc3339();
  nlohmann::json months = nlohmann::json::array();
  ReportCounts totals;
  for (const auto& m : months_ending(current.value_or(Month{2000, 1}), kSlaMonths)) {
    // As the report grouped by month counts it: the tickets opened in the month.
    auto counts = total_counts(c, {region_id, month_start_utc(m, offset), month_start_utc(next_month(m), offset), now, std::nullopt});
    totals += counts;
    months.push_back(report_row(month_text(m), month_text(m), counts));
  }
  auto this_month = months.back();
  this_month["href"] = kServiceDeskReports;
  auto year = report_row("last_12_months", Text{"12 bulan terakhir", "Last 12 months"}.in(lang), totals);
  year["href"] = kServiceDeskReports;
  return {{"current", this_month}, {"last_12_months", year}, {"months", months}, {"href", kServiceDeskReports}};
}

nlohmann::json budget_section(db::Connection& c, const std::string& region_id, int year) {
  using namespace budget_plans;
  auto view = consolidate(year, plan_area_sums(c, region_id, year), agencies_without_plan(c, region_id, year));
  nlohmann::json areas = nlohmann::json::array();
  for (const auto& a : view["by_area"])
    areas.push_back({{"area", a["area"]},
                     {"label", a["label"]},
                     {"amount", a["amount"]},
                     {"share_percent", a["share_percent"]},
                     {"href", kConsolidatedBudget}});
  return {{"year", year},
          {"total", {{"amount", view["total"]["amount"]}, {"plans", view["total"]["plans"]}, {"href", kConsolidatedBudget}}},
          {"by_area", areas},
          {"agencies_without_plan", counted(static_cast<int64_t>(view["agencies_without_plan"].size()), kConsolidatedBudget)},
          {"href", "/tata-kelola/anggaran"}};
}

}  // namespace simpul::modules::dashboard
