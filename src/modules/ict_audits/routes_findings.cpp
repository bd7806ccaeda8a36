// Findings of an audit (severity, recommendation, the agency that follows it up and by when),
// recorded by the auditor; the owner agency's follow-ups; closing a finding on its evidence.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/ict_audits/rules.h"
#include "modules/ict_audits/routes_support.h"
#include "modules/ict_audits/store.h"

namespace simpul::modules::ict_audits {

namespace {

nlohmann::json finding_record(const Finding& f) { return record_json(f); }

const Text kOtherAgency{"Anda hanya dapat menindaklanjuti temuan milik perangkat daerah Anda sendiri.",
                        "You can only follow up findings your own agency owns."};

http::Response finding_response(db::Connection& c, const Schedule& s, int status, const std::string& region_id, int64_t id) {
  auto f = load_finding(c, region_id, id);
  auto res = http::Response::json(status, finding_json(s, f));
  res.header("etag", http::etag(f.version));
  return res;
}

// Close and reopen: the version the caller saw, the rule, the new status, one audit entry.
template <class Refusal, class Step>
http::Response finding_step(AppContext& ctx, http::Request& req, const std::string& action, Refusal refusal, Step step) {
  auto version = http::required_version(req);
  auto id = http::id_param(req, "finding_id", kFindingNotFound);
  return ctx.db->write([&](db::Connection& c) {
    const auto& region = req.principal->region_id;
    auto s = schedule_of(c, region);
    auto before = load_finding(c, region, id);
    refuse_if(refusal(before));
    check_version(version, before.version);
    Finding after = before;
    step(after, s.today);
    commit_change(c, audit_context(req), action, "ict_audit_finding", before, after, finding_record, update_finding);
    return finding_response(c, s, 200, region, id);
  });
}

}  // namespace

void add_finding_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("POST", kBase + "/{audit_id}/findings", Permission::ict_audit_record, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "audit_id", kAuditNotFound);
    auto input = parse_finding(req.json, true);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto s = schedule_of(c, region);
      auto audit = load_audit(c, region, id);
      refuse_if(finding_refusal(audit));
      require_agency(c, region, *input.owner_agency_id, "owner_agency_id");
      Finding f;
      f.region_id = region;
      f.audit_id = id;
      apply(input, f);
      f.created_at = f.updated_at = now_rfc3339();
      insert_finding(c, f);
      audit_creation(c, audit_context(req), "ict_audit_finding.create", "ict_audit_finding", f, finding_record);
      auto res = finding_response(c, s, 201, region, f.id);
      res.header("location", kBase + "/findings/" + std::to_string(f.id));
      return res;
    });
  }, http::Body::json);

  router.add("PATCH", kBase + "/findings/{finding_id}", Permission::ict_audit_record, [&ctx](http::Request& req) {
    auto input = parse_finding(req.json, false);
    return edit_one(
        ctx, req, "finding_id", kFindingNotFound, "ict_audit_finding.update", "ict_audit_finding", load_finding,
        [&](db::Connection& c, const Schedule&, const Finding& before, Finding& after) {
          if (input.owner_agency_id) require_agency(c, before.region_id, *input.owner_agency_id, "owner_agency_id");
          apply(input, after);
        },
        finding_record, update_finding, finding_response);
  }, http::Body::json);

  // The owner agency's operators (or the superadmin) add follow-ups; no If-Match: adding one is
  // safe on any version, and the finding's version moves on so an open form sees it.
  router.add("POST", kBase + "/findings/{finding_id}/follow-ups", Permission::ict_audit_follow_up, [&ctx](http::Request& req) {
    auto id = http::id_param(req, "finding_id", kFindingNotFound);
    auto input = parse_follow_up(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& me = *req.principal;
      auto s = schedule_of(c, me.region_id);
      auto before = load_finding(c, me.region_id, id);
      if (!auth::may_access_agency(me, before.owner_agency_id)) throw ProblemError(Problem::forbidden(kOtherAgency));
      check_version(http::optional_version(req), before.version);
      refuse_if(follow_up_refusal(before));
      require_file(c, me.region_id, input.sha256, "sha256");
      FollowUp u{0, me.region_id, id, input.note, input.sha256, me.username, now_rfc3339()};
      insert_follow_up(c, u);
      commit_child_added(c, audit_context(req), "ict_audit_finding.follow_up", "ict_audit_finding", before, "follow_up", to_json(u),
                         update_finding);
      auto res = finding_response(c, s, 201, me.region_id, id);
      res.header("location", kBase + "/findings/" + std::to_string(id));
      return res;
    });
  }, http::Body::json);

  router.add("POST", kBase + "/findings/{finding_id}/close", Permission::ict_audit_record, [&ctx](http::Request& req) {
    return finding_step(ctx, req, "ict_audit_finding.close", close_refusal, [](Finding& f, const std::string& today) {
      f.status = "closed";
      f.closed_on = today;
    });
  });

  router.add("POST", kBase + "/findings/{finding_id}/reopen", Permission::ict_audit_record, [&ctx](http::Request& req) {
    return finding_step(ctx, req, "ict_audit_finding.reopen", reopen_refusal, [](Finding& f, const std::string&) {
      f.status = "open";
      f.closed_on = "";
    });
  });
}

}  // namespace simpul::modules::ict_audits
