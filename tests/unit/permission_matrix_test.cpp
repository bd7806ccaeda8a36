// The permission matrix: for every served route and every kind of caller, the
// decision the policy makes must be the one written down here. A route whose
// permission has no row below fails, so no new route goes undecided.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app/routes.h"
#include "auth/policy.h"

using namespace simpul;
using namespace simpul::auth;

namespace {

enum class Caller { anonymous, superadmin, operator_own, operator_other, leadership, auditor, citizen };

const char* name(Caller c) {
  switch (c) {
    case Caller::anonymous: return "anonymous";
    case Caller::superadmin: return "superadmin";
    case Caller::operator_own: return "agency_operator";
    case Caller::operator_other: return "agency_operator (other agency)";
    case Caller::leadership: return "leadership";
    case Caller::auditor: return "auditor";
    case Caller::citizen: return "citizen";
  }
  return "?";
}

// The specification: who may use a route with this permission.
const std::map<Permission, std::set<Caller>>& expected() {
  using C = Caller;
  static const std::map<Permission, std::set<Caller>> table = {
      {Permission::public_access,
       {C::anonymous, C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor, C::citizen}},
      {Permission::own_account, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor, C::citizen}},
      {Permission::reference_data, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor, C::citizen}},
      {Permission::tokens_manage, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::users_manage, {C::superadmin}},
      {Permission::audit_read, {C::superadmin, C::auditor}},
      {Permission::organisation_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::organisation_manage, {C::superadmin}},
      // The route narrows an operator to their own agency (may_access_agency).
      {Permission::staff_manage, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::self_sufficiency_assess, {C::superadmin}},
      // The route narrows leadership to the chair of the deciding body.
      {Permission::self_sufficiency_decide, {C::leadership}},
      {Permission::governance_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::governance_manage, {C::superadmin}},
      // The routes narrow an operator to their own agency's budget plans and business processes.
      {Permission::budget_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::business_process_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::registry_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::registry_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::file_upload, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::infrastructure_manage, {C::superadmin}},
      {Permission::gcio_approve, {C::superadmin, C::leadership}},
      // The routes narrow an operator to their own agency's tickets; Tier 2 steps are the ICT office's.
      {Permission::service_desk_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::service_desk_work, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::service_desk_manage, {C::superadmin}},
      // Risk, security and ICT audits: the routes narrow an operator to their own agency's records.
      {Permission::risk_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::risk_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::risk_manage, {C::superadmin}},
      {Permission::security_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::security_report, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::security_manage, {C::superadmin}},
      {Permission::ict_audit_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::ict_audit_manage, {C::superadmin}},
      {Permission::ict_audit_record, {C::superadmin, C::auditor}},
      {Permission::ict_audit_follow_up, {C::superadmin, C::operator_own, C::operator_other}},
      // Assets, change, knowledge and competencies: the routes narrow an operator to their own agency's records;
      // a change approval is narrowed by the route to the approver the region's profile names.
      {Permission::asset_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::asset_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::asset_manage, {C::superadmin}},
      {Permission::change_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::change_request, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::change_approve, {C::superadmin, C::leadership}},
      {Permission::knowledge_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::knowledge_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::competency_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::competency_edit, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::competency_manage, {C::superadmin}},
      {Permission::compliance_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::compliance_attest, {C::superadmin, C::operator_own, C::operator_other}},
      {Permission::compliance_manage, {C::superadmin}},
      {Permission::dashboard_read, {C::superadmin, C::leadership, C::auditor}},
      {Permission::evaluation_read, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::evaluation_assess, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::evaluation_evidence, {C::superadmin, C::operator_own, C::operator_other, C::leadership, C::auditor}},
      {Permission::evaluation_manage, {C::superadmin}},
  };
  return table;
}

std::optional<Principal> principal(Caller c) {
  if (c == Caller::anonymous) return std::nullopt;
  Principal p;
  p.user_id = 1;
  p.region_id = "kota-madiun";
  switch (c) {
    case Caller::superadmin: p.role = Role::superadmin; break;
    case Caller::operator_own: p.role = Role::agency_operator; p.agency_id = 3; break;
    case Caller::operator_other: p.role = Role::agency_operator; p.agency_id = 2; break;
    case Caller::leadership: p.role = Role::leadership; break;
    case Caller::auditor: p.role = Role::auditor; break;
    default: p.role = Role::citizen;
  }
  return p;
}

const std::vector<Caller> kCallers = {Caller::anonymous, Caller::superadmin, Caller::operator_own, Caller::operator_other,
                                      Caller::leadership, Caller::auditor, Caller::citizen};
}  // namespace

TEST(PermissionMatrix, EveryRouteAndCallerGetsTheWrittenDecision) {
  AppContext ctx;
  auto router = build_router(ctx);
  ASSERT_GT(router.routes().size(), 10u);
  for (const auto& route : router.routes()) {
    auto row = expected().find(route.permission);
    ASSERT_NE(row, expected().end()) << route.method << " " << route.pattern << " needs permission "
                                     << permission_name(route.permission) << ", which has no row in the matrix";
    for (Caller c : kCallers) {
      auto p = principal(c);
      Decision d = decide(p ? &*p : nullptr, route.permission, route.method);
      bool allowed = d == Decision::allow;
      EXPECT_EQ(allowed, row->second.count(c) == 1) << route.method << " " << route.pattern << " for " << name(c);
      if (!allowed) {
        EXPECT_EQ(d, c == Caller::anonymous ? Decision::unauthenticated : Decision::forbidden);
      }
    }
  }
}

TEST(PermissionMatrix, UserAdministrationIsSuperadminOnly) {
  AppContext ctx;
  auto router = build_router(ctx);
  int user_routes = 0;
  for (const auto& route : router.routes())
    if (route.pattern.rfind("/api/v1/users", 0) == 0) {
      ++user_routes;
      EXPECT_EQ(route.permission, Permission::users_manage) << route.method << " " << route.pattern;
    }
  EXPECT_GE(user_routes, 7);
}

TEST(Policy, ForcedPasswordChangeLeavesOnlyTheOwnAccountOpen) {
  Principal p;
  p.role = Role::superadmin;
  p.must_change_password = true;
  EXPECT_EQ(decide(&p, Permission::own_account, "POST"), Decision::allow);
  EXPECT_EQ(decide(&p, Permission::reference_data, "GET"), Decision::password_change_required);
  EXPECT_EQ(decide(&p, Permission::users_manage, "GET"), Decision::password_change_required);
  EXPECT_EQ(decide(&p, Permission::public_access, "GET"), Decision::allow);
}

TEST(Policy, TokenScopesLimitMethods) {
  Principal p;
  p.role = Role::superadmin;
  p.via = Principal::Via::token;
  p.scope_read = true;
  p.scope_write = false;
  EXPECT_EQ(decide(&p, Permission::users_manage, "GET"), Decision::allow);
  EXPECT_EQ(decide(&p, Permission::users_manage, "PATCH"), Decision::token_scope);
  p.scope_read = false;
  p.scope_write = true;
  EXPECT_EQ(decide(&p, Permission::users_manage, "DELETE"), Decision::allow);
  EXPECT_EQ(decide(&p, Permission::users_manage, "GET"), Decision::allow) << "write implies read";
}

TEST(Policy, AgencyScope) {
  Principal op;
  op.role = Role::agency_operator;
  op.agency_id = 3;
  EXPECT_TRUE(may_access_agency(op, 3));
  EXPECT_FALSE(may_access_agency(op, 2));
  Principal lead;
  lead.role = Role::leadership;
  EXPECT_TRUE(may_access_agency(lead, 2));
  Principal citizen;
  citizen.role = Role::citizen;
  EXPECT_FALSE(may_access_agency(citizen, 2));
}
