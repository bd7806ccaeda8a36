// The region's risk criteria (Formulir 2.6-2.10 of PermenPANRB 5/2020): read by everyone who
// reads the register, set by the ICT office. Saving them recomputes every risk of the region
// (magnitude, level, decision and residuals) in the same transaction.
#include "app/audit_context.h"
#include "app/record_change.h"
#include "audit/diff.h"
#include "audit/log.h"
#include "core/clock.h"
#include "http/conditional.h"
#include "modules/risks/input.h"
#include "modules/risks/routes.h"
#include "modules/risks/routes_support.h"
#include "modules/risks/store.h"

namespace simpul::modules::risks {

namespace {

const std::string kPath = "/api/v1/risk-criteria";

http::Response criteria_response(db::Connection& c, const std::string& region) {
  auto stored = load_stored_criteria(c, region);
  auto res = http::Response::json(200, {{"criteria", to_json(stored.criteria)},
                                        {"is_default", stored.is_default},
                                        {"version", stored.version},
                                        {"updated_at", stored.updated_at.empty() ? nlohmann::json(nullptr)
                                                                                 : nlohmann::json(stored.updated_at)}});
  res.header("etag", http::etag(stored.version));
  return res;
}

// A category or impact area still used by a risk of the region stays.
void check_removals(db::Connection& c, const std::string& region, const RiskCriteria& before, const RiskCriteria& after) {
  std::vector<FieldError> errors;
  for (const auto& k : before.categories)
    if (!find_category(after, k.key) && category_used(c, region, k.key))
      errors.push_back({"categories", {"Kategori " + k.key + " masih dipakai risiko di daerah ini dan tidak dapat dihapus.",
                                       "The category " + k.key + " is still used by risks of this region and cannot be removed."}});
  for (const auto& a : before.impact_areas)
    if (!find_impact_area(after, a.key) && impact_area_used(c, region, a.key))
      errors.push_back({"impact_areas", {"Area dampak " + a.key + " masih dipakai risiko di daerah ini dan tidak dapat dihapus.",
                                         "The impact area " + a.key + " is still used by risks of this region and cannot be removed."}});
  fail_on_field_errors(errors);
}

// Every risk and done treatment of the region under the new criteria; only real changes are written.
void recompute(db::Connection& c, const audit::Context& ctx, const std::string& region, const RiskCriteria& criteria) {
  for (const auto& before : all_risks(c, region)) {
    Risk after = before;
    assess_risk(after, criteria);
    commit_change(c, ctx, "risk.recompute", "risk", before, after, risk_record, update);
  }
  for (const auto& before : all_done_treatments(c, region)) {
    Treatment after = before;
    assess_residual(after, criteria);
    commit_change(c, ctx, "risk_treatment.recompute", "risk_treatment", before, after, treatment_record, update_treatment);
  }
}

}  // namespace

void add_criteria_routes(http::Router& router, AppContext& ctx) {
  using auth::Permission;
  router.add("GET", kPath, Permission::risk_read, [&ctx](http::Request& req) {
    return ctx.db->read([&](db::Connection& c) { return criteria_response(c, req.principal->region_id); });
  });

  router.add("PUT", kPath, Permission::risk_manage, [&ctx](http::Request& req) {
    auto version = http::required_version(req);
    auto criteria = parse_criteria(req.json);
    return ctx.db->write([&](db::Connection& c) {
      const auto& region = req.principal->region_id;
      auto stored = load_stored_criteria(c, region);
      check_version(version, stored.version);
      check_removals(c, region, stored.criteria, criteria);
      auto changes = audit::changes_between(to_json(stored.criteria), to_json(criteria));
      if (changes.empty() && !stored.is_default) return criteria_response(c, region);
      if (!save_criteria(c, region, criteria, stored.version, now_rfc3339())) check_version(stored.version + 1, stored.version);
      auto ctx_audit = audit_context(req);
      audit::Batch batch(c);
      audit::append(c, ctx_audit, "risk_criteria.update", "risk_criteria", region, changes);
      recompute(c, ctx_audit, region, criteria);
      batch.finish();
      return criteria_response(c, region);
    });
  }, http::Body::json);
}

}  // namespace simpul::modules::risks
