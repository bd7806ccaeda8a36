// The audits: planning one for an object (the auditor and the aspects examined, Madiun Pasal 40
// ayat (2)-(3)), editing it until it is completed, and its steps: the internal pre-evaluation
// (Probolinggo Pasal 38 ayat (5)), start, completion with the report (which sets the object's
// next due date in the same transaction) and the report to the region head through the
// committee chair (Madiun Pasal 41 ayat (2)).
#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/pagination.h"
#include "http/params.h"
#include "http/query_params.h"
#include "modules/ict_audits/rules.h"
#include "modules/ict_audits/routes_support.h"
#include "modules/ict_audits/store.h"

namespace simpul::modules::ict_audits {

namespace {

nlohmann::json audit_record(const Audit& a) { return record_json(a); }

AuditFilter audit_filter(const http::Request& req) {
  AuditFilter f;
  f.object_id = http::number_param(req, "object_id");
  f.state = http::word_param(req, "state", kStates);
  if (auto year = http::number_param(req, "year")) {
    if (*year < 2000 || *year > 2100) throw ProblemError(Problem::bad_request({"year: tahun 2000-2100.", "year: a year from 2000 to 2100."}));
    f.year = static_cast<int>(*year);
  }
  return f;
}

// Completing an audit moves its object's last audit and next due date, in the same transaction.
void record_completion(db::Connection& c, const http::Request& req, const Schedule& s, const Audit& a) {
  auto before = load_object(c, a.region_id, a.object_id);
  if (!before.last_audit_on.empty() && before.last_audit_on >= a.completed_on) return;
  AuditObject after = before;
  after.last_audit_on = a.completed_on;
  recompute_due(s, after);
  commit_change(c, audit_context(req), "ict_audit_object.audited", "ict_audit_object", before, after,
                [](const AuditObject& x) { return record_json(x); }, update_object);
}

const Text kNotAllowed{"Langkah ini dilakukan oleh Dinas Kominfo (superadmin); menyelesaikan audit oleh auditor atau superadmin.",
                       "This step is taken by the ICT office (superadmin); completing an audit by an auditor or a superadmin."};

}  // namespace

void add_audit_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kBase, Permission::ict_audit_read, [&ctx](http::Request& req) {
    auto filter = audit_filter(req);
    auto page = http::parse_page_request(req);
    filter.after_id = http::after_number(page);
    filter.limit = page.limit + 1;
    return ctx.db->read([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      return http::Response::json(200, http::page_body(list_audits(c, region, filter), page.limit,
                                                       [](const Audit& a) { return std::to_string(a.id); },
                                                       [&](const Audit& a) { return audit_json(s, a); }));
    });
  });

  router.add("POST", kBase, Permission::ict_audit_manage, [&ctx](http::Request& req) {
    auto input = parse_audit(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      auto object = find_object(c, region, *input.object_id);
      if (!object || !object->active)
        fail_on_field_errors({{"object_id", {"Pilih objek audit yang aktif di daerah Anda.", "Choose an active audit object of your region."}}});
      Audit a;
      a.region_id = region;
      apply(input, a);
      check_audit(a);
      refuse_if(already_open_refusal(open_audits(c, region, a.object_id)));
      a.pre_evaluation_due_on = pre_evaluation_due(s, a.planned_on);
      a.created_at = a.updated_at = now_rfc3339();
      insert_audit(c, a);
      audit_creation(c, audit_context(req), "ict_audit.create", "ict_audit", a, audit_record);
      auto res = audit_response(c, s, 201, region, a.id);
      res.header("location", kBase + "/" + std::to_string(a.id));
      return res;
    });
  }, http::Body::json);

  router.add("GET", kBase + "/{audit_id}", Permission::ict_audit_read, [&ctx](http::Request& req) {
    return read_one(ctx, req, "audit_id", kAuditNotFound, audit_response);
  });

  router.add("PATCH", kBase + "/{audit_id}", Permission::ict_audit_manage, [&ctx](http::Request& req) {
    auto input = parse_audit(req.json, false);
    return edit_one(
        ctx, req, "audit_id", kAuditNotFound, "ict_audit.update", "ict_audit", load_audit,
        [&](db::Connection&, const Schedule& s, const Audit& before, Audit& after) {
          refuse_if(edit_refusal(before));
          apply(input, after);
          check_audit(after);
          after.pre_evaluation_due_on = pre_evaluation_due(s, after.planned_on);
        },
        audit_record, update_audit, audit_response);
  }, http::Body::json);

  // One route for the steps; completing is the auditor's (ict_audit_record), the others the
  // ICT office's (ict_audit_manage). Neither: 403 before anything is read.
  router.add("POST", kBase + "/{audit_id}/actions", Permission::ict_audit_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    bool manages = auth::role_allows(me.role, Permission::ict_audit_manage);
    bool records = auth::role_allows(me.role, Permission::ict_audit_record);
    if (!manages && !records) throw ProblemError(Problem::forbidden(kNotAllowed));
    auto version = http::required_version(req);
    auto id = http::id_param(req, "audit_id", kAuditNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto s = schedule_of(c, me.region_id);
      auto step = parse_step(req.json, s.today);
      if (!(step.action == "complete" ? records : manages)) throw ProblemError(Problem::forbidden(kNotAllowed));
      auto before = load_audit(c, me.region_id, id);
      refuse_if(step_refusal(step.action, before, s.pre_evaluation));
      check_version(version, before.version);
      require_file(c, me.region_id, step.sha256, step.action == "complete" ? "report_sha256" : "sha256");
      Audit after = before;
      take_step(step, after, s.chair);
      commit_change(c, audit_context(req), "ict_audit." + step.action, "ict_audit", before, after, audit_record, update_audit);
      if (step.action == "complete") record_completion(c, req, s, after);
      return audit_response(c, s, 200, me.region_id, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::ict_audits
