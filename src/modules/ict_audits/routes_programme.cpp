// The audit programme of a year and the overdue lists (docs/risk-security-audit-contract.md,
// "Programme and overdue list"): every object the region's profile binds, when it is due and
// the audit planned for it, each with the obligation that makes it due; and what is late.
#include <algorithm>
#include <map>
#include <tuple>

#include "http/query_params.h"
#include "modules/ict_audits/routes_support.h"
#include "modules/ict_audits/store.h"

namespace simpul::modules::ict_audits {

namespace {

int programme_year(const http::Request& req, const std::string& today) {
  auto year = http::number_param(req, "year");
  if (!year) return std::stoi(today.substr(0, 4));
  if (*year < 2000 || *year > 2100)
    throw ProblemError(Problem::bad_request({"year: tahun 2000-2100.", "year: a year from 2000 to 2100."}));
  return static_cast<int>(*year);
}

nlohmann::json planned_json(const Schedule& s, const Audit& a) {
  return {{"id", a.id},
          {"planned_on", a.planned_on},
          {"state", a.state},
          {"auditor_name", a.auditor_name},
          {"pre_evaluation_due_on", a.pre_evaluation_due_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.pre_evaluation_due_on)},
          {"pre_evaluated_on", a.pre_evaluated_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.pre_evaluated_on)},
          {"pre_evaluation_overdue", s.pre_evaluation && a.state == "planned" && !a.pre_evaluation_due_on.empty() &&
                                         a.pre_evaluation_due_on < s.today}};
}

// ?limit=1..500 (default 100): how many of each overdue list are shown; the totals count them all.
int list_limit(const http::Request& req) {
  auto limit = http::number_param(req, "limit");
  if (!limit) return 100;
  if (*limit > 500) throw ProblemError(Problem::bad_request({"limit: 1-500.", "limit: 1 to 500."}));
  return static_cast<int>(*limit);
}

// The first `limit` records as JSON, most overdue first.
template <class Record, class ToJson>
nlohmann::json first(const std::vector<Record>& records, int limit, ToJson to_json) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < records.size() && i < static_cast<size_t>(limit); ++i) out.push_back(to_json(records[i]));
  return out;
}

}  // namespace

void add_programme_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase + "/programme", Permission::ict_audit_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      int year = programme_year(req, s.today);
      auto year_end = std::to_string(year) + "-12-31";
      std::map<int64_t, Audit> planned;  // the first open audit of each object
      for (const auto& a : open_audits(c, region, std::nullopt)) planned.emplace(a.object_id, a);
      auto objects = objects_due_by(c, region, year_end);
      std::map<int64_t, bool> listed;
      for (const auto& o : objects) listed[o.id] = true;
      // Objects due later whose audit is planned in this year are in the programme too.
      for (const auto& [object_id, a] : planned)
        if (!listed.count(object_id) && a.planned_on.substr(0, 4) == std::to_string(year))
          if (auto o = find_object(c, region, object_id)) objects.push_back(*o), listed[object_id] = true;
      nlohmann::json items = nlohmann::json::array(), obligations = nlohmann::json::object();
      for (const auto& o : objects) {
        auto p = planned.find(o.id);
        auto j = object_json(s, o, false);
        if (j["obligation_id"].is_string() && !obligations.contains(j["obligation_id"].get<std::string>()))
          obligations[j["obligation_id"].get<std::string>()] = obligation_json(obligation_of(s, o));
        items.push_back({{"object", j},
                         {"due_on", o.next_due_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.next_due_on)},
                         {"status", j["status"]},
                         {"obligation_id", j["obligation_id"]},
                         {"planned_audit", p == planned.end() ? nlohmann::json(nullptr) : planned_json(s, p->second)},
                         {"pre_evaluation_required", s.pre_evaluation.has_value()}});
      }
      return http::Response::json(200, {{"year", year},
                                        {"today", s.today},
                                        {"default_period", s.default_period.text},
                                        {"due_soon_days", kDueSoonDays},
                                        {"pre_evaluation_obligation", obligation_json(s.pre_evaluation)},
                                        {"obligations", obligations},
                                        {"items", items}});
    });
  });

  router.add("GET", kBase + "/overdue", Permission::ict_audit_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      auto limit = list_limit(req);
      auto objects = overdue_objects(c, region, s.today, limit);
      auto pre = s.pre_evaluation ? pre_evaluations_overdue(c, region, s.today) : std::vector<Audit>{};
      auto findings = findings_overdue(c, region, s.today);
      auto unreported = reports_overdue(c, region, s.today);
      return http::Response::json(
          200, {{"today", s.today},
                {"report_within_days", kReportWithinDays},
                {"limit", limit},
                {"totals", {{"objects", overdue_object_count(c, region, s.today)}, {"pre_evaluations", pre.size()}, {"findings", findings.size()},
                            {"unreported", unreported.size()}}},
                {"objects", first(objects, limit, [&](const AuditObject& o) { return object_json(s, o); })},
                {"pre_evaluations", first(pre, limit, [&](const Audit& a) {
                   return nlohmann::json{{"audit", audit_json(s, a)}, {"due_on", a.pre_evaluation_due_on}};
                 })},
                {"findings", first(findings, limit, [&](const Finding& f) { return finding_json(s, f); })},
                {"unreported", first(unreported, limit, [&](const Audit& a) { return audit_json(s, a); })}});
    });
  });
}

}  // namespace simpul::modules::ict_audits
