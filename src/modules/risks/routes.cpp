#include "modules/risks/routes.h"
#include "modules/regions/store.h"

#include "app/audit_context.h"
#include "app/record_change.h"
#include "app/record_reads.h"
#include "core/clock.h"
#include "export/xlsx.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/agencies/store.h"
#include "modules/risks/input.h"
#include "modules/risks/routes_support.h"
#include "modules/risks/rules.h"
#include "modules/risks/store.h"
#include "modules/risks/workbook.h"

namespace simpul::modules::risks {

namespace {

Filter filter_of(const http::Request& req) {
  Filter f;
  f.agency_id = http::number_param(req, "agency_id");
  if (auto year = http::number_param(req, "year")) f.year = static_cast<int>(std::min<int64_t>(*year, 100000));
  if (auto level = http::number_param(req, "level")) {
    if (*level > 25) throw ProblemError(Problem::bad_request({"level: nomor level risiko.", "level: a risk level number."}));
    f.level = static_cast<int>(*level);
  }
  // A heat-map cell: its likelihood and impact levels (the scale has five).
  auto scale_level = [&req](const char* name) -> std::optional<int> {
    auto value = http::number_param(req, name);
    if (!value) return std::nullopt;
    if (*value < 1 || *value > 5)
      throw ProblemError(Problem::bad_request({std::string(name) + ": level 1 sampai 5.", std::string(name) + ": a level from 1 to 5."}));
    return static_cast<int>(*value);
  };
  f.likelihood = scale_level("likelihood");
  f.impact_level = scale_level("impact");
  f.polarity = http::word_param(req, "polarity", kPolarities);
  f.status = http::word_param(req, "status", kRiskStatuses);
  auto treat = http::word_param(req, "treat", {"true", "false"});
  if (!treat.empty()) f.treat = treat == "true";
  f.category = req.query_param("category").value_or("");
  if (f.category.size() > 40) throw ProblemError(Problem::bad_request({"category paling panjang 40 karakter.", "category has at most 40 characters."}));
  f.query = req.query_param("q").value_or("");
  if (f.query.size() > 200) throw ProblemError(Problem::bad_request({"q paling panjang 200 karakter.", "q has at most 200 characters."}));
  return f;
}

// Rules that need the database: the agency is of the region; the category and impact area
// are keys of the region's criteria.
void check(db::Connection& c, const Risk& r, const RiskCriteria& criteria) {
  auto errors = risk_field_errors(r, criteria);
  if (!agencies::exists(c, r.region_id, r.agency_id))
    errors.push_back({"agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  fail_on_field_errors(errors);
}

}  // namespace

void add_register_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::risk_read, [&ctx](http::Request& req) {
    auto filter = filter_of(req);
    auto page = http::parse_page_request(req);
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto criteria = load_criteria(c, region);
      auto today = regions::region_today(c, region);
      auto items = list(c, region, filter, page.limit + 1, page.after);
      auto counted = tallies(c, region, items, today);  // absent: no treatments yet
      auto body = http::page_body(std::move(items), page.limit, cursor_key,
                                  [&](const Risk& r) { return to_json(r, criteria, counted[r.id]); });
      body["total"] = count(c, region, filter);
      return http::Response::json(200, body);
    });
  });

  router.add("GET", kBase + "/{risk_id}", Permission::risk_read, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "risk_id", kNotFound);
    return ctx.db->read([&](db::Connection& c) { return risk_response(c, 200, req.principal->region_id, id); });
  });

  add_record_reads<Risk>(router, ctx, Permission::risk_read,
                         {kBase + "/{risk_id}", "risk_id", "risk", "risiko", kNotFound, load_risk,
                          [](db::Connection& c, const Risk& r) {
                            return risk_view(c, r, load_criteria(c, r.region_id),
                                             regions::region_today(c, r.region_id), true);
                          },
                          [](db::Connection& c, const Risk& r) {
                            auto criteria = load_criteria(c, r.region_id);
                            return xlsx::write_workbook(risk_sheets(r, treatments(c, r.region_id, r.id), criteria));
                          }});

  router.add("POST", kBase, Permission::risk_edit, [&ctx](http::Request& req) {
    auto input = parse_risk(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      Risk r;
      r.region_id = me.region_id;
      apply(input, r);
      require_owner(me, r.agency_id);
      auto criteria = load_criteria(c, me.region_id);
      check(c, r, criteria);
      if (!input.year) r.year = std::stoi(regions::region_today(c, me.region_id).substr(0, 4));
      r.number = next_number(c, me.region_id, r.agency_id, r.year);
      assess_risk(r, criteria);
      r.created_by = me.user_id;
      r.created_at = r.updated_at = now_rfc3339();
      insert(c, r);
      audit_creation(c, audit_context(req), "risk.create", "risk", r, risk_record);
      auto res = risk_response(c, 201, me.region_id, r.id);
      res.header("location", kBase + "/" + std::to_string(r.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{risk_id}", Permission::risk_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto id = http::id_param(req, "risk_id", kNotFound);
    auto input = parse_risk(req.json, false);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto before = load_risk(c, me, id);
      require_owner(me, before.agency_id);
      check_version(version, before.version);
      auto treatments_now = tally(c, me.region_id, id, regions::region_today(c, me.region_id));
      auto state = risk_state(before, treatments_now);
      Risk after = before;
      std::string action = "risk.update";
      if (input.status == "open") {
        refuse_if(cannot_reopen(state));
        after.status = status_when_reopened(state);
        action = "risk.reopen";
      }
      if (changes_assessment_fields(input)) {
        refuse_if(cannot_change(risk_state(after, treatments_now)));
        apply(input, after);
      }
      auto criteria = load_criteria(c, me.region_id);
      check(c, after, criteria);
      assess_risk(after, criteria);
      if (input.status == "closed") {
        auto closing = risk_state(after, treatments_now);  // judged on the levels as they are after this edit
        refuse_if(cannot_close(closing, region_citation(c, me.region_id)));
        after.status = "closed";
        action = "risk.close";
      }
      commit_change(c, audit_context(req), action, "risk", before, after, risk_record, update);
      return risk_response(c, 200, me.region_id, id);
    });
  }, http::Body::json);
}

void add_routes(http::Router& router, AppContext& ctx) {
  add_view_routes(router, ctx);
  add_register_routes(router, ctx);
  add_treatment_routes(router, ctx);
  add_criteria_routes(router, ctx);
}

}  // namespace simpul::modules::risks
