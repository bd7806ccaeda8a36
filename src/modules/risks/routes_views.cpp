// The register seen whole, for the agencies and the committee (KMR SPBE, PermenPANRB 5/2020):
// the 5x5 heat map of a year, the region view per agency with the top risks, and the
// treatments past their due date. Each is a few indexed GROUP BY queries over stored levels.
#include "http/params.h"
#include "modules/regions/store.h"
#include "http/query_params.h"
#include "modules/datasets/sharing_rules.h"
#include "modules/risks/routes.h"
#include "modules/risks/routes_support.h"
#include "modules/risks/rules.h"
#include "modules/risks/store.h"

namespace simpul::modules::risks {

namespace {

constexpr int kTopRisks = 10;

nlohmann::json level_counts(const RiskCriteria& criteria, const std::vector<int64_t>& by_level) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < criteria.levels.size(); ++i)
    out.push_back({{"level", criteria.levels[i].level}, {"count", i < by_level.size() ? by_level[i] : 0}});
  return out;
}

nlohmann::json counts_json(const AgencyCounts& a, const RiskCriteria& criteria) {
  return {{"total", a.total},       {"by_level", level_counts(criteria, a.by_level)},
          {"to_treat", a.to_treat}, {"open", a.open},
          {"treating", a.treating}, {"closed", a.closed},
          {"overdue_treatments", a.overdue_treatments}};
}

nlohmann::json heat_map(db::Connection& c, const std::string& region, int year, std::optional<int64_t> agency_id) {
  auto criteria = load_criteria(c, region);
  std::vector<int64_t> by_level(criteria.levels.size(), 0);
  int64_t counts[kScale][kScale] = {};
  int64_t total = 0, to_treat = 0;
  for (const auto& cell : heat_map_cells(c, region, year, agency_id)) {
    if (!is_level(cell.likelihood) || !is_level(cell.impact_level)) continue;
    counts[cell.likelihood - 1][cell.impact_level - 1] = cell.count;
    total += cell.count;
    to_treat += cell.to_treat;
  }
  nlohmann::json cells = nlohmann::json::array();
  for (int l = kScale; l >= 1; --l)
    for (int i = 1; i <= kScale; ++i) {
      int m = magnitude(criteria, l, i);
      const auto& band = level_of(criteria, m);
      auto n = counts[l - 1][i - 1];
      by_level[static_cast<size_t>(band.level - 1)] += n;
      cells.push_back({{"likelihood", l}, {"impact", i}, {"magnitude", m}, {"level", band.level},
                       {"level_name", band.name}, {"colour", band.colour}, {"count", n}});
    }
  nlohmann::json totals = nlohmann::json::array();
  for (size_t k = 0; k < criteria.levels.size(); ++k)
    totals.push_back({{"level", criteria.levels[k].level}, {"name", criteria.levels[k].name},
                      {"colour", criteria.levels[k].colour}, {"count", by_level[k]}});
  return {{"year", year},  {"agency_id", agency_id ? nlohmann::json(*agency_id) : nlohmann::json(nullptr)},
          {"cells", cells}, {"totals", totals}, {"total", total}, {"to_treat", to_treat}};
}

nlohmann::json region_view(db::Connection& c, const std::string& region, int year, const std::string& today) {
  auto criteria = load_criteria(c, region);
  AgencyCounts totals;
  totals.by_level.assign(criteria.levels.size(), 0);
  nlohmann::json agencies = nlohmann::json::array();
  for (const auto& a : agency_counts(c, region, year, static_cast<int>(criteria.levels.size()), today)) {
    auto j = counts_json(a, criteria);
    j["agency_id"] = a.agency_id;
    j["agency_name"] = a.agency_name;
    j["agency_short_name"] = a.agency_short_name;
    agencies.push_back(j);
    totals.total += a.total, totals.to_treat += a.to_treat, totals.open += a.open, totals.treating += a.treating,
        totals.closed += a.closed, totals.overdue_treatments += a.overdue_treatments;
    for (size_t k = 0; k < a.by_level.size(); ++k) totals.by_level[k] += a.by_level[k];
  }
  return {{"year", year},
          {"agencies", agencies},
          {"totals", counts_json(totals, criteria)},
          {"top_risks", risks_view(c, top_risks(c, region, year, kTopRisks), criteria, today)}};
}

}  // namespace

void add_view_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/heat-map", Permission::risk_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto year = year_param(req, regions::region_today(c, region));
      return http::Response::json(200, heat_map(c, region, static_cast<int>(year), agency_id));
    });
  });

  router.add("GET", kBase + "/region-view", Permission::risk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto today = regions::region_today(c, region);
      return http::Response::json(200, region_view(c, region, static_cast<int>(year_param(req, today)), today));
    });
  });

  router.add("GET", kBase + "/overdue-treatments", Permission::risk_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    auto limit = http::number_param(req, "limit").value_or(50);
    if (limit > 100) throw ProblemError(Problem::bad_request({"limit: 1-100.", "limit: 1-100."}));
    std::optional<int> year;
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto today = regions::region_today(c, region);
      if (http::number_param(req, "year")) year = static_cast<int>(year_param(req, today));
      auto criteria = load_criteria(c, region);
      nlohmann::json items = nlohmann::json::array();
      for (const auto& o : overdue_treatments(c, region, year, agency_id, today, static_cast<int>(limit))) {
        auto j = to_json(o.treatment, o.risk, criteria, today);
        const auto& band = level_of(criteria, o.risk.magnitude);
        j["risk"] = {{"id", o.risk.id},         {"agency_id", o.risk.agency_id}, {"agency_short_name", o.risk.agency_short_name},
                     {"number", o.risk.number}, {"event", o.risk.event},         {"magnitude", o.risk.magnitude},
                     {"level", band.level},     {"level_name", band.name},       {"colour", band.colour}};
        j["days_overdue"] = datasets::days_between(o.treatment.due_on, today);
        items.push_back(j);
      }
      return http::Response::json(200, {{"items", items}, {"total", overdue_count(c, region, year, agency_id, today)}});
    });
  });
}

}  // namespace simpul::modules::risks
