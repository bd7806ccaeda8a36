// Treatment plans of a risk (Formulir 4.0 of PermenPANRB 5/2020): the option allowed for the
// risk's polarity, the steps planned → in_progress → done, and the residual assessment of a
// done treatment, which becomes the risk's latest residual (the residual loop, rules.h).
#include "app/audit_context.h"
#include "modules/regions/store.h"
#include "app/record_change.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/agencies/store.h"
#include "modules/risks/input.h"
#include "modules/risks/routes.h"
#include "modules/risks/routes_support.h"
#include "modules/risks/rules.h"
#include "modules/risks/store.h"

namespace simpul::modules::risks {

namespace {

const Text kTreatmentNotFound{"Rencana penanganan tidak ditemukan.", "Treatment plan not found."};

// The responsible and supporting agencies are agencies of the region.
void check_agencies(db::Connection& c, const Treatment& t) {
  std::vector<FieldError> errors;
  if (!agencies::exists(c, t.region_id, t.owner_agency_id))
    errors.push_back({"owner_agency_id", {"Perangkat daerah ini tidak ada di daerah Anda.", "This agency does not exist in your region."}});
  for (auto id : t.supporting_agencies)
    if (!agencies::exists(c, t.region_id, id)) {
      errors.push_back({"supporting_agencies", {"Perangkat daerah pendukung " + std::to_string(id) + " tidak ada di daerah Anda.",
                                                "The supporting agency " + std::to_string(id) + " does not exist in your region."}});
      break;
    }
  fail_on_field_errors(errors);
}

http::Response treatment_response(db::Connection& c, int status, const Risk& risk, int64_t treatment_id) {
  auto t = find_treatment(c, risk.region_id, risk.id, treatment_id);
  if (!t) throw ProblemError(Problem::not_found(kTreatmentNotFound));
  auto res = http::Response::json(status, to_json(*t, risk, load_criteria(c, risk.region_id),
                                                  regions::region_today(c, risk.region_id)));
  res.header("etag", http::etag(t->version));
  return res;
}

// The risk after a treatment was added or finished: treating once it has one; a done
// treatment's residual becomes the risk's latest. Its version moves on either way.
void update_risk_after(db::Connection& c, const http::Request& req, const Risk& before, const Treatment& t,
                       const RiskCriteria& criteria, bool added) {
  Risk after = before;
  if (added) after.status = status_after_treatment_added(before.status);
  if (t.status == "done") after.residual = residual_of(t, before, criteria);
  auto ctx = audit_context(req);
  bool changed = commit_change(c, ctx, added ? "risk.treatment_add" : "risk.residual", "risk", before, after, risk_record, update);
  if (!changed && added)
    commit_child_added(c, ctx, "risk.treatment_add", "risk", before, "treatments", record_json(t), update);
}

// Loads the risk for a treatment write: the caller's own agency, and not closed.
Risk risk_for_treatment(db::Connection& c, const http::Request& req) {
  const auto& me = *req.principal;
  auto risk = load_risk(c, me, http::id_param(req, "risk_id", kNotFound));
  require_owner(me, risk.agency_id);
  refuse_if(cannot_change(stored_state(c, risk, regions::region_today(c, me.region_id))));
  return risk;
}

}  // namespace

void add_treatment_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{risk_id}/treatments", Permission::risk_edit, [&ctx](http::Request& req) {
    auto input = parse_treatment(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      auto risk = risk_for_treatment(c, req);
      auto criteria = load_criteria(c, risk.region_id);
      Treatment t;
      t.region_id = risk.region_id;
      t.risk_id = risk.id;
      t.owner_agency_id = risk.agency_id;
      apply(input, t);
      fail_on_field_errors(treatment_field_errors(t, risk));
      check_agencies(c, t);
      assess_residual(t, criteria);
      t.created_at = t.updated_at = now_rfc3339();
      insert_treatment(c, t);
      audit_creation(c, audit_context(req), "risk_treatment.create", "risk_treatment", t, treatment_record);
      update_risk_after(c, req, risk, t, criteria, true);
      auto res = treatment_response(c, 201, risk, t.id);
      res.header("location", kBase + "/" + std::to_string(risk.id) + "/treatments/" + std::to_string(t.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/{risk_id}/treatments/{treatment_id}", Permission::risk_edit, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto treatment_id = http::id_param(req, "treatment_id", kTreatmentNotFound);
    auto input = parse_treatment(req.json, false);
    return ctx.db->write([&](db::Connection& c) {
      auto risk = risk_for_treatment(c, req);
      auto before = find_treatment(c, risk.region_id, risk.id, treatment_id);
      if (!before) throw ProblemError(Problem::not_found(kTreatmentNotFound));
      check_version(version, before->version);
      Treatment after = *before;
      apply(input, after);
      refuse_if(treatment_step_problem(before->status, after.status));
      fail_on_field_errors(treatment_field_errors(after, risk));
      check_agencies(c, after);
      auto criteria = load_criteria(c, risk.region_id);
      assess_residual(after, criteria);
      commit_change(c, audit_context(req), "risk_treatment.update", "risk_treatment", *before, after, treatment_record,
                    update_treatment);
      if (after.status == "done") update_risk_after(c, req, risk, after, criteria, false);
      return treatment_response(c, 200, risk, treatment_id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::risks
