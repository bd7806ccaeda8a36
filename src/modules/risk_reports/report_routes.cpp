// Formulir 5.0 Laporan Pemantauan Risiko SPBE of PermenPANRB 5/2020: quarterly (triwulan I-III)
// and yearly reports of a risk-owner unit, drafted as a snapshot of its register, submitted once
// the period has ended; the list shows which ended periods still lack a submitted report, one of
// the overdue lists of the committee. Also the register workbook (Formulir 2.0-5.0).
#include <algorithm>

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "export/download.h"
#include "http/conditional.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/regions/store.h"
#include "modules/risk_reports/routes_support.h"
#include "modules/risk_reports/rules.h"
#include "modules/risk_reports/store.h"
#include "modules/risk_reports/workbook.h"
#include "modules/risks/routes_support.h"
#include "modules/risks/rules.h"
#include "modules/risks/store.h"

namespace simpul::modules::risk_reports {

namespace {

const std::string kBase = "/api/v1/risk-reports";
const Text kNotFound{"Laporan pemantauan risiko tidak ditemukan.", "Risk monitoring report not found."};

nlohmann::json agency_json(int64_t id, const std::string& name, const std::string& short_name) {
  return {{"id", id}, {"name", name}, {"short_name", short_name}};
}

nlohmann::json summary_json(const RiskReport& r, const std::string& today) {
  auto dates = period_dates(r.year, r.period);
  return {{"id", r.id},
          {"agency", agency_json(r.agency_id, r.agency_name, r.agency_short_name)},
          {"year", r.year},
          {"period", r.period},
          {"status", r.status},
          {"period_starts_on", dates.starts_on},
          {"period_ends_on", dates.ends_on},
          {"due_on", dates.due_on},
          {"overdue", r.status != "submitted" && is_overdue(dates, today)},
          {"entry_count", r.entries.size()},
          {"submitted_at", r.submitted_at.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.submitted_at)},
          {"version", r.version},
          {"updated_at", r.updated_at}};
}

nlohmann::json report_json(const RiskReport& r, const std::string& today) {
  auto j = summary_json(r, today);
  auto record = record_json(r);
  j["entries"] = record["entries"];
  j["summary"] = r.summary;
  j["recommendations"] = r.recommendations;
  j["submitted_by"] = r.submitted_by ? nlohmann::json{{"id", *r.submitted_by}, {"display_name", r.submitted_by_name}}
                                     : nlohmann::json(nullptr);
  j["created_at"] = r.created_at;
  j["allowed_actions"] = allowed_actions(r, today);
  return j;
}

nlohmann::json missing_json(const MissingReport& m) {
  return {{"agency", agency_json(m.unit.agency_id, m.unit.name, m.unit.short_name)},
          {"year", m.year},
          {"period", m.period},
          {"period_ends_on", m.dates.ends_on},
          {"due_on", m.dates.due_on},
          {"overdue", m.overdue},
          {"draft_report_id", m.draft_report_id ? nlohmann::json(*m.draft_report_id) : nlohmann::json(nullptr)}};
}

RiskReport load(db::Connection& c, const std::string& region_id, int64_t id) {
  auto r = find_report(c, region_id, id);
  if (!r) throw ProblemError(Problem::not_found(kNotFound));
  return *r;
}

http::Response response(db::Connection& c, int status, const std::string& region_id, int64_t id) {
  auto r = load(c, region_id, id);
  auto res = http::Response::json(status, report_json(r, regions::region_today(c, region_id)));
  res.header("etag", http::etag(r.version));
  return res;
}

std::vector<Entry> snapshot_of(db::Connection& c, const RiskReport& r) {
  return snapshot(register_risks(c, r.region_id, r.agency_id, r.year), register_treatments(c, r.region_id, r.agency_id, r.year),
                  r.agency_name);
}

nlohmann::json audited(const RiskReport& r) { return record_json(r); }

// A step on a stored report of the caller's own unit: the version seen, then `step` on a copy,
// saved with its audit entry.
template <class Step>
http::Response report_step(AppContext& ctx, http::Request& req, const std::string& action, Step step) {
  auto version = http::required_version(req);
  auto id = http::id_param(req, "risk_report_id", kNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& me = *req.principal;
    auto before = load(c, me.region_id, id);
    require_own_unit(me, before.agency_id);
    check_version(version, before.version);
    RiskReport after = before;
    step(c, after);
    commit_change(c, audit_context(req), action, "risk_report", before, after, audited, update_report);
    return response(c, 200, me.region_id, id);
  });
}

}  // namespace

void add_report_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::risk_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto today = regions::region_today(c, region);
      auto year = risks::year_param(req, today);
      auto reports = list_reports(c, region, year, agency_id);
      nlohmann::json items = nlohmann::json::array(), missing = nlohmann::json::array();
      std::vector<ReportState> states;
      for (const auto& r : reports) {
        items.push_back(summary_json(r, today));
        states.push_back({r.id, r.agency_id, r.period, r.status});
      }
      for (const auto& m : missing_reports(risk_owner_units(c, region, year, agency_id), year, states, today))
        missing.push_back(missing_json(m));
      return http::Response::json(200, {{"year", year}, {"items", items}, {"missing", missing}});
    });
  });

  router.add("GET", kBase + "/{risk_report_id}", Permission::risk_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "risk_report_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<RiskReport>(router, ctx, Permission::risk_read,
                               {kBase + "/{risk_report_id}", "risk_report_id", "risk_report", "laporan-pemantauan-risiko",
                                kNotFound,
                                [](db::Connection& c, const auth::Principal& me, int64_t id) { return load(c, me.region_id, id); },
                                nullptr, nullptr});

  router.add("POST", kBase, Permission::risk_edit, [&ctx](http::Request& req) {
    auto input = parse_draft(req.json);
    return write_rechecking_collisions(*ctx.db, [&](db::Connection& c) {
      const auto& me = *req.principal;
      require_own_unit(me, input.agency_id);
      RiskReport r;
      r.region_id = me.region_id;
      r.agency_id = input.agency_id;
      r.agency_name = require_agency(c, me.region_id, input.agency_id, "agency_id");
      r.year = input.year;
      r.period = input.period;
      if (report_exists(c, me.region_id, r.agency_id, r.year, r.period))
        throw ProblemError(Problem::conflict({"Laporan " + period_label(r.period).id + " " + std::to_string(r.year) +
                                                  " unit ini sudah ada; buka laporan itu.",
                                              "This unit's " + period_label(r.period).en + " " + std::to_string(r.year) +
                                                  " report already exists; open that one."}));
      refuse_if(cannot_draft(r.year, r.period, regions::region_today(c, me.region_id), risks::region_citation(c, me.region_id)));
      r.entries = snapshot_of(c, r);
      r.created_at = r.updated_at = now_rfc3339();
      insert_report(c, r);
      audit_creation(c, audit_context(req), "risk_report.create", "risk_report", r, audited);
      auto res = response(c, 201, me.region_id, r.id);
      res.header("location", kBase + "/" + std::to_string(r.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{risk_report_id}", Permission::risk_edit, [&ctx](http::Request& req) {
    return report_step(ctx, req, "risk_report.update", [&](db::Connection&, RiskReport& r) {
      refuse_if(cannot_change(r));
      auto edit = parse_report_edit(req.json, r.period);
      if (edit.summary) r.summary = *edit.summary;
      if (edit.recommendations) r.recommendations = *edit.recommendations;
    });
  }, http::Body::json);

  router.add("POST", kBase + "/{risk_report_id}/refresh", Permission::risk_edit, [&ctx](http::Request& req) {
    return report_step(ctx, req, "risk_report.refresh", [&](db::Connection& c, RiskReport& r) {
      refuse_if(cannot_change(r));
      r.entries = snapshot_of(c, r);
    });
  });

  router.add("POST", kBase + "/{risk_report_id}/submit", Permission::risk_edit, [&ctx](http::Request& req) {
    return report_step(ctx, req, "risk_report.submit", [&](db::Connection& c, RiskReport& r) {
      refuse_if(cannot_submit(r, regions::region_today(c, r.region_id), risks::region_citation(c, r.region_id)));
      fail_on_field_errors(submission_errors(r));
      r.status = "submitted";
      r.submitted_at = now_rfc3339();
      r.submitted_by = req.principal->user_id;
    });
  });
}

void add_workbook_route(http::Router& router, AppContext& ctx) {
  router.add("GET", "/api/v1/risk-register.xlsx", auth::Permission::risk_read, [&ctx](http::Request& req) {
    auto agency_id = http::number_param(req, "agency_id");
    return ctx.db->read([&](db::Connection& c) {
      const auto& region_id = req.principal->region_id;
      auto year = risks::year_param(req, regions::region_today(c, region_id));
      std::map<int64_t, std::string> agency_names;
      for (const auto& a : agencies::list(c, region_id)) agency_names[a.id] = a.name;
      if (agency_id && !agency_names.count(*agency_id))
        throw ProblemError(Problem::not_found({"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}));
      auto units = risk_owner_units(c, region_id, year, agency_id);
      if (agency_id && units.empty()) {
        auto a = agencies::find(c, region_id, *agency_id);
        units.push_back({a->id, a->name, a->short_name});
      }
      std::map<int64_t, UnitRegister*> by_agency;
      std::vector<UnitRegister> blocks(units.size());
      for (size_t i = 0; i < units.size(); ++i) blocks[i].unit = units[i], by_agency[units[i].agency_id] = &blocks[i];
      for (auto& x : list_contexts(c, region_id, year, agency_id))
        if (auto it = by_agency.find(x.agency_id); it != by_agency.end()) {
          std::vector<int64_t> ids;
          for (const auto& id : {x.structure.owner, x.structure.coordinator, x.structure.manager})
            if (id) ids.push_back(*id);
          for (const auto& p : people(c, region_id, ids)) it->second->people[p.id] = p.name;
          it->second->context = x;
        }
      for (auto& r : risks::all_risks(c, region_id, static_cast<int>(year)))
        if (auto it = by_agency.find(r.agency_id); it != by_agency.end()) it->second->risks.push_back(r);
      for (auto& b : blocks) {
        std::sort(b.risks.begin(), b.risks.end(), [](const risks::Risk& x, const risks::Risk& y) {
          return risks::comes_first({x.magnitude, x.priority_rank, x.agency_id, x.number}, {y.magnitude, y.priority_rank, y.agency_id, y.number});
        });
      }
      for (auto& t : year_treatments(c, region_id, year, agency_id))
        if (auto it = by_agency.find(t.first); it != by_agency.end()) it->second->treatments.push_back(t.second);
      std::map<int64_t, std::vector<RiskReport>> reports;
      for (auto& r : list_reports(c, region_id, year, agency_id)) reports[r.agency_id].push_back(r);
      for (auto& b : blocks) b.latest_report = latest_report(reports[b.unit.agency_id]);
      auto region = regions::find(c, region_id);
      std::string scope = agency_id ? agency_names[*agency_id] : (region ? region->name : region_id);
      auto sheets = register_sheets(blocks, risks::load_criteria(c, region_id), year, scope, agency_names);
      std::string stem = "register-risiko-" + std::to_string(year) + (agency_id ? "-" + std::to_string(*agency_id) : "");
      return xlsx_download(xlsx::write_workbook(sheets), stem);
    });
  });
}

}  // namespace simpul::modules::risk_reports
