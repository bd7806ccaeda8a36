// The steps of a request for change (Madiun Pasal 38 ayat (2)): one route, POST …/actions.
// Approving and refusing are the approver's: the GCIO holder where the region's regulation
// names the GCIO (Batam Pasal 46 ayat (3)), otherwise the ICT office; the other steps are the
// requesting agency's (or the ICT office's). Developing or implementing an unapproved change is
// refused with the article of the region's regulation that asks for the approval.
#include "app/audit_context.h"
#include "app/gcio.h"
#include "app/record_change.h"
#include "app/region_profile.h"
#include "auth/policy.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "http/params.h"
#include "modules/changes/routes_support.h"
#include "modules/changes/rules.h"
#include "modules/changes/store.h"
#include "modules/changes/view.h"

namespace simpul::modules::changes {

namespace {

const Text kNoSteps{"Langkah permintaan perubahan diambil oleh perangkat daerah pengusul atau Dinas Kominfo; "
                    "persetujuan oleh pejabat yang ditetapkan peraturan daerah Anda.",
                    "The steps of a request for change are taken by the requesting agency or the ICT office; the "
                    "approval by the official your region's regulation names."};

// 403 unless the caller is the change's approver (GCIO holder, or the ICT office's superadmin).
void require_approver(db::Connection& c, const auth::Principal& me, const profiles::Profile* profile,
                      const ApprovalRule& rule) {
  if (rule.approver == "gcio" && profile && rule.obligation) return require_gcio(c, me, *profile, *rule.obligation);
  if (rule.approver != "gcio" && me.role == auth::Role::superadmin) return;
  auto who = profile ? profile->term(rule.approver) : Text{"Dinas Kominfo", "ICT office"};
  auto where = citation_of(profile, rule);
  std::string cite = where.empty() ? "" : " (" + where + ")";
  throw ProblemError(Problem::forbidden({"Perubahan ini disetujui atau ditolak oleh " + who.id + cite + ".",
                                         "This change is approved or refused by the " + who.en + cite + "."}));
}

}  // namespace

void add_step_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  // change_read lets the route answer; the step itself needs change_request or change_approve.
  router.add("POST", kBase + "/{change_id}/actions", Permission::change_read, [&ctx](http::Request& req) {
    const auto& me = *req.principal;
    bool requests = auth::role_allows(me.role, Permission::change_request);
    bool approves = auth::role_allows(me.role, Permission::change_approve);
    if (!requests && !approves) throw ProblemError(Problem::forbidden(kNoSteps));
    auto version = http::required_version(req);
    auto id = http::id_param(req, "change_id", kNotFound);
    return ctx.db->write([&](db::Connection& c) {
      auto now = now_rfc3339();
      auto step = parse_step(req.json, region_zone(c, me.region_id).offset_minutes, now);
      auto before = load(c, me.region_id, id);
      const auto* profile = region_profile(c, me.region_id);
      auto rule = approval_rule(profile, gate_facts(c, me.region_id, before));
      bool decision = step.action == "approve" || step.action == "refuse";
      if (decision) {
        if (!approves) throw ProblemError(Problem::forbidden(kNoSteps));
        require_approver(c, me, profile, rule);
      } else {
        require_requester(me, before);
      }
      if (auto refusal = unapproved_refusal(step.action, before, profile, rule)) throw ProblemError(*refusal);
      refuse_if(step_refusal(step.action, before));
      fail_on_field_errors(step_field_errors(step, before));
      check_version(version, before.version);
      Change after = before;
      take_step(step, after);
      after.approver = rule.approver;
      if (decision) {
        after.decided_by = me.user_id;
        after.decided_by_name = me.display_name;
        after.decided_at = now;
      }
      commit_change(c, audit_context(req), "change." + step.action, "change", before, after, record_json, update);
      Step record{0, me.region_id, id, step.action, before.stage, after.stage, step.note, me.user_id, me.display_name, now};
      insert_step(c, record);
      return change_response(c, me, 200, id);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::changes
