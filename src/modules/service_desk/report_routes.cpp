// The service desk's reports: figures per agency, tier, service or month over a range of months,
// and the monthly spreadsheet the service desk sends to the ICT office (Probolinggo Pasal 27
// ayat (6)). Agency operators see their own agency only.
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "core/dates.h"
#include "export/download.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"
#include "modules/service_desk/calendar_store.h"
#include "modules/service_desk/coverage.h"
#include "modules/service_desk/periodic_workbook.h"
#include "modules/service_desk/report_store.h"
#include "modules/service_desk/routes.h"
#include "modules/tickets/rules.h"

namespace simpul::service_desk {

namespace {

const std::string kBase = "/api/v1/service-desk/reports";

Month month_param(const http::Request& req, const char* name, const std::string& time_zone) {
  auto text = req.query_param(name).value_or("");
  if (text.empty()) text = today_in_zone(time_zone).substr(0, 7);
  auto month = parse_month(text);
  if (!month)
    throw ProblemError(Problem::bad_request({std::string(name) + " berupa bulan YYYY-MM, misalnya 2026-11.",
                                             std::string(name) + " is a month YYYY-MM, e.g. 2026-11."}));
  return *month;
}

// The agency the report covers: an operator's own (asking for another is refused), or the one asked for.
std::optional<int64_t> agency_scope(db::Connection& c, const http::Request& req) {
  const auto& me = *req.principal;
  const Text own_only{"Anda hanya dapat melihat laporan perangkat daerah Anda sendiri.",
                      "You can only see the reports of your own agency."};
  auto asked = http::number_param(req, "agency_id");
  if (asked && !auth::may_access_agency(me, *asked)) throw ProblemError(Problem::forbidden(own_only));
  if (me.role == auth::Role::agency_operator && !me.agency_id) throw ProblemError(Problem::forbidden(own_only));
  if (asked && !modules::agencies::exists(c, me.region_id, *asked))
    throw ProblemError(Problem::bad_request({"agency_id: perangkat daerah ini tidak ada di daerah Anda.",
                                             "agency_id: this agency does not exist in your region."}));
  if (me.role == auth::Role::agency_operator) return me.agency_id;
  return asked;
}

ReportScope scope_of(db::Connection& c, const http::Request& req, Month from, Month to, int offset) {
  return {req.principal->region_id, month_start_utc(from, offset), month_start_utc(next_month(to), offset), now_rfc3339(),
          agency_scope(c, req)};
}

std::string tier_label(const profiles::Profile* profile, const std::string& tier, Lang lang) {
  if (profile) {
    auto term = profile->terms.find(tier);
    if (term != profile->terms.end()) return term->second.in(lang);
  }
  return tier == "tier2" ? "Service Desk Tier 2" : "Service Desk Tier 1";
}

nlohmann::json report_json(db::Connection& c, const http::Request& req) {
  const auto& region = req.principal->region_id;
  auto zone = region_time_zone(c, region);
  int offset = utc_offset_minutes_of_zone(zone);
  Month from = month_param(req, "from", zone), to = month_param(req, "to", zone);
  if (to < from)
    throw ProblemError(Problem::bad_request({"Bulan awal (from) harus sebelum atau sama dengan bulan akhir (to).",
                                             "The first month (from) must not come after the last (to)."}));
  auto months = months_from_to(from, to);
  if (months.size() > size_t(kMaxReportMonths))
    throw ProblemError(Problem::bad_request({"Laporan mencakup paling banyak 36 bulan.", "A report covers at most 36 months."}));
  auto group = http::word_param(req, "group", {"agency", "tier", "service", "month"});
  if (group.empty()) group = "agency";
  auto scope = scope_of(c, req, from, to, offset);

  nlohmann::json rows = nlohmann::json::array();
  ReportCounts totals;
  if (group == "month") {
    for (const auto& m : months) {
      ReportScope month_scope = scope;
      month_scope.from_utc = month_start_utc(m, offset);
      month_scope.to_utc = month_start_utc(next_month(m), offset);
      auto counts = total_counts(c, month_scope);
      totals += counts;
      rows.push_back(report_row(month_text(m), month_text(m), counts));
    }
  } else {
    Grouping grouping = group == "tier" ? Grouping::tier : group == "service" ? Grouping::service : Grouping::agency;
    const auto* profile = region_profile(c, region);
    for (const auto& g : grouped_counts(c, scope, grouping)) {
      std::string key = g.key.empty() ? "none" : g.key, label = g.label;
      if (grouping == Grouping::tier) label = tier_label(profile, g.key, req.lang);
      if (grouping == Grouping::service && g.key.empty()) label = Text{"Tanpa layanan", "No service"}.in(req.lang);
      totals += g.counts;
      rows.push_back(report_row(key, label, g.counts));
    }
  }
  return {{"rows", rows}, {"totals", report_row("total", Text{"Jumlah", "Total"}.in(req.lang), totals)}};
}

std::vector<std::pair<std::string, ReportCounts>> labelled(const std::vector<GroupCounts>& groups, const std::string& none) {
  std::vector<std::pair<std::string, ReportCounts>> out;
  for (const auto& g : groups) out.emplace_back(g.key.empty() ? none : g.label, g.counts);
  return out;
}

http::Response periodic_workbook(db::Connection& c, const http::Request& req) {
  const auto& region = req.principal->region_id;
  if (req.query_param("month").value_or("").empty())
    throw ProblemError(Problem::bad_request({"month wajib diisi: bulan laporan YYYY-MM.", "month is required: the report's month, YYYY-MM."}));
  auto zone = region_time_zone(c, region);
  Month month = month_param(req, "month", zone);
  auto scope = scope_of(c, req, month, month, utc_offset_minutes_of_zone(zone));
  const auto* profile = region_profile(c, region);

  PeriodicReport r;
  auto stored_region = modules::regions::find(c, region);
  r.region_name = stored_region ? stored_region->name : region;
  r.month = month_text(month);
  if (scope.agency_id)
    if (auto a = modules::agencies::find(c, region, *scope.agency_id)) r.agency_name = a->name;
  if (auto basis = report_obligation(profile)) r.citation = basis->citation, r.basis = basis->text;
  else if (profile) r.citation = profile->citation.short_name;
  r.generated_at = now_rfc3339();
  auto by_agency = grouped_counts(c, scope, Grouping::agency);
  for (const auto& g : by_agency) r.totals += g.counts;
  r.by_agency = labelled(by_agency, "");
  r.by_service = labelled(grouped_counts(c, scope, Grouping::service), "Tanpa layanan");

  auto cal = load_calendar(c, region);
  auto now = std::chrono::system_clock::now();
  for (const auto& t : tickets_opened(c, scope))
    r.tickets.push_back({t.number, modules::tickets::kind_label(t.kind).id, t.title, t.agency_name, t.service_name,
                         t.priority, modules::tickets::status_label(t.status).id, tier_label(profile, t.tier, Lang::id),
                         t.opened_at, modules::tickets::response_clock(t, cal, now).state,
                         modules::tickets::resolution_clock(t, cal, now).state});
  return xlsx_download(xlsx::write_workbook(periodic_sheets(r)), "laporan-layanan-" + r.month);
}

}  // namespace

void add_report_routes(http::Router& router, AppContext& ctx) {
  router.add("GET", kBase, auth::Permission::service_desk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return http::Response::json(200, report_json(c, req)); });
  });
  router.add("GET", kBase + "/periodic.xlsx", auth::Permission::service_desk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return periodic_workbook(c, req); });
  });
}

}  // namespace simpul::service_desk
