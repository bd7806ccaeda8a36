// The views: the region, one agency's duties soonest first, the obligations with their counts,
// one obligation across its subjects, and the calendar of duties falling due.
#include "core/dates.h"
#include "core/problem.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/compliance/json.h"
#include "modules/compliance/routes_support.h"
#include "modules/compliance/rules.h"
#include "modules/compliance/store.h"
#include "modules/compliance/trend.h"
#include "modules/compliance/views.h"
#include "modules/regions/store.h"
#include "profiles/period.h"

namespace simpul::modules::compliance {

namespace {

constexpr int kCalendarDays = 365;  // the calendar's range when none is asked for
const profiles::Period kCalendarMax{.years = 3, .text = "P3Y"};  // the longest range asked for

std::vector<const Finding*> pointers(const std::vector<Finding>& findings) {
  std::vector<const Finding*> out;
  for (const auto& f : findings) out.push_back(&f);
  return out;
}

nlohmann::json nullable(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

bool is_region_duty(const Finding& f) {
  return f.subject.kind == "region" || f.subject.kind == "committee" || f.subject.kind == "position";
}

// ?status=: "open" (overdue, not met, due soon) or one status; "" keeps every finding.
const std::set<std::string> kStatusFilters{"open", "overdue", "not_met", "due_soon", "met", "not_applicable"};
bool passes(const Finding& f, const std::string& filter) {
  if (filter.empty()) return true;
  if (filter == "open") return is_open(f);
  return status_name(f.check.status) == filter;
}

// ?from= and ?to= of the calendar: dates, in order, at most three years apart; 400 naming the field otherwise.
std::pair<std::string, std::string> calendar_range(const http::Request& req, const std::string& today) {
  std::vector<FieldError> errors;
  auto date_param = [&](const char* name, const std::string& fallback) {
    auto v = req.query_param(name).value_or("");
    if (v.empty()) return fallback;
    if (!is_calendar_date(v))
      errors.push_back({name, {"Tanggal harus berformat TTTT-BB-HH, misalnya 2025-01-31.", "The date must be YYYY-MM-DD, e.g. 2025-01-31."}});
    return v;
  };
  std::string from = date_param("from", today);
  std::string to = date_param("to", is_calendar_date(from) ? add_days(from, kCalendarDays) : today);
  if (errors.empty() && to < from)
    errors.push_back({"to", {"Tanggal akhir tidak boleh sebelum tanggal awal.", "The end date cannot be before the start date."}});
  else if (errors.empty() && to > profiles::add_period(from, kCalendarMax))
    errors.push_back({"to", {"Rentang kalender paling lama tiga tahun.", "The calendar spans at most three years."}});
  if (!errors.empty()) {
    auto p = Problem::bad_request({"Rentang tanggal kalender belum benar.", "The calendar's date range is not valid."});
    p.errors = std::move(errors);
    throw ProblemError(std::move(p));
  }
  return {from, to};
}

}  // namespace

void add_view_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;

  router.add("GET", kBase, Permission::compliance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto& profile = require_profile(c, region_id);
      auto e = evaluate(c, region_id, profile);
      auto tally = tally_of(e.findings);
      nlohmann::json agencies = nlohmann::json::array();
      for (const auto& a : by_agency(e))
        agencies.push_back({{"agency_id", a.agency_id},
                            {"name", a.name},
                            {"tally", tally_json(a.tally)},
                            {"next_due", nullable(a.next_due)},
                            {"href", "/kepatuhan/pd/" + std::to_string(a.agency_id)}});
      std::vector<Finding> region_duties;
      for (const auto& f : e.findings)
        if (is_region_duty(f)) region_duties.push_back(f);
      sort_soonest_first(region_duties);
      return http::Response::json(200, {{"as_of", e.today},
                                        {"profile", {{"name", profile.name}, {"citation", profile.citation.short_name}}},
                                        {"tally", tally_json(tally)},
                                        {"agencies", agencies},
                                        {"region_duties", findings_json(pointers(region_duties), profile)},
                                        {"trend", trend_json(c, region_id, 0, tally, e.today)}});
    });
  });

  router.add("GET", kBase + "/agencies/{agency_id}", Permission::compliance_read, [&ctx](http::Request& req) {
    auto agency_id = http::id_param(req, "agency_id", kAgencyNotFound);
    auto filter = http::word_param(req, "status", kStatusFilters);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      require_agency(c, region_id, agency_id);
      const auto& profile = require_profile(c, region_id);
      auto e = evaluate(c, region_id, profile, agency_id);
      sort_soonest_first(e.findings);
      std::string name;
      std::vector<const Finding*> shown;
      for (const auto& f : e.findings) {
        if (f.subject.kind == "agency") name = f.subject.name;
        if (passes(f, filter)) shown.push_back(&f);
      }
      auto tally = tally_of(e.findings);
      return http::Response::json(200, {{"as_of", e.today},
                                        {"agency", {{"id", agency_id}, {"name", name}}},
                                        {"tally", tally_json(tally)},
                                        {"findings", findings_json(shown, profile)},
                                        {"trend", trend_json(c, region_id, agency_id, tally, e.today)}});
    });
  });

  router.add("GET", kBase + "/obligations", Permission::compliance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto& profile = require_profile(c, region_id);
      auto e = evaluate(c, region_id, profile);
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& o : by_obligation(e, profile))
        rows.push_back({{"obligation", obligation_json(*o.obligation, profile)}, {"tally", tally_json(o.tally)}, {"basis", o.basis}});
      return http::Response::json(200, {{"as_of", e.today}, {"obligations", rows}});
    });
  });

  router.add("GET", kBase + "/obligations/{obligation_id}", Permission::compliance_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      const auto& profile = require_profile(c, region_id);
      const profiles::Obligation* o = profile.obligation(req.param("obligation_id"));
      if (!o) throw ProblemError(Problem::not_found(kObligationNotFound));
      auto e = evaluate(c, region_id, profile, std::nullopt, o);
      sort_soonest_first(e.findings);
      return http::Response::json(200, {{"as_of", e.today},
                                        {"obligation", obligation_json(*o, profile)},
                                        {"tally", tally_json(tally_of(e.findings))},
                                        {"findings", findings_json(pointers(e.findings), profile)}});
    });
  });

  router.add("GET", kBase + "/calendar", Permission::compliance_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      if (agency_id) require_agency(c, region_id, *agency_id);
      const auto& profile = require_profile(c, region_id);
      auto [from, to] = calendar_range(req, regions::region_today(c, region_id));
      auto e = evaluate(c, region_id, profile, agency_id);
      return http::Response::json(200, {{"as_of", e.today},
                                        {"from", from},
                                        {"to", to},
                                        {"duties", findings_json(calendar(e, from, to), profile)}});
    });
  });
}

}  // namespace simpul::modules::compliance
