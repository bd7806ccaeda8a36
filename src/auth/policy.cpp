#include "auth/policy.h"

namespace simpul::auth {

const char* permission_name(Permission p) {
  switch (p) {
    case Permission::public_access: return "public_access";
    case Permission::own_account: return "own_account";
    case Permission::reference_data: return "reference_data";
    case Permission::tokens_manage: return "tokens_manage";
    case Permission::users_manage: return "users_manage";
    case Permission::audit_read: return "audit_read";
    case Permission::organisation_read: return "organisation_read";
    case Permission::organisation_manage: return "organisation_manage";
    case Permission::staff_manage: return "staff_manage";
    case Permission::self_sufficiency_assess: return "self_sufficiency_assess";
    case Permission::self_sufficiency_decide: return "self_sufficiency_decide";
    case Permission::governance_read: return "governance_read";
    case Permission::governance_manage: return "governance_manage";
    case Permission::budget_edit: return "budget_edit";
    case Permission::business_process_edit: return "business_process_edit";
    case Permission::registry_read: return "registry_read";
    case Permission::registry_edit: return "registry_edit";
    case Permission::file_upload: return "file_upload";
    case Permission::infrastructure_manage: return "infrastructure_manage";
    case Permission::gcio_approve: return "gcio_approve";
    case Permission::service_desk_read: return "service_desk_read";
    case Permission::service_desk_work: return "service_desk_work";
    case Permission::service_desk_manage: return "service_desk_manage";
    case Permission::risk_read: return "risk_read";
    case Permission::risk_edit: return "risk_edit";
    case Permission::risk_manage: return "risk_manage";
    case Permission::security_read: return "security_read";
    case Permission::security_report: return "security_report";
    case Permission::security_manage: return "security_manage";
    case Permission::ict_audit_read: return "ict_audit_read";
    case Permission::ict_audit_manage: return "ict_audit_manage";
    case Permission::ict_audit_record: return "ict_audit_record";
    case Permission::ict_audit_follow_up: return "ict_audit_follow_up";
    case Permission::asset_read: return "asset_read";
    case Permission::asset_edit: return "asset_edit";
    case Permission::asset_manage: return "asset_manage";
    case Permission::change_read: return "change_read";
    case Permission::change_request: return "change_request";
    case Permission::change_approve: return "change_approve";
    case Permission::knowledge_read: return "knowledge_read";
    case Permission::knowledge_edit: return "knowledge_edit";
    case Permission::competency_read: return "competency_read";
    case Permission::competency_edit: return "competency_edit";
    case Permission::competency_manage: return "competency_manage";
    case Permission::compliance_read: return "compliance_read";
    case Permission::compliance_attest: return "compliance_attest";
    case Permission::compliance_manage: return "compliance_manage";
    case Permission::dashboard_read: return "dashboard_read";
    case Permission::evaluation_read: return "evaluation_read";
    case Permission::evaluation_assess: return "evaluation_assess";
    case Permission::evaluation_evidence: return "evaluation_evidence";
    case Permission::evaluation_manage: return "evaluation_manage";
  }
  return "unknown";
}

bool role_allows(Role role, Permission permission) {
  switch (permission) {
    case Permission::public_access:
    case Permission::own_account:
    case Permission::reference_data: return true;
    case Permission::tokens_manage: return role != Role::citizen;
    case Permission::users_manage: return role == Role::superadmin;
    case Permission::audit_read: return role == Role::superadmin || role == Role::auditor;
    case Permission::organisation_read:
    case Permission::governance_read:
    case Permission::registry_read:
    case Permission::service_desk_read:
    case Permission::risk_read:
    case Permission::security_read:
    case Permission::ict_audit_read:
    case Permission::asset_read:
    case Permission::change_read:
    case Permission::knowledge_read:
    case Permission::competency_read:
    case Permission::compliance_read:
    case Permission::file_upload:
    case Permission::evaluation_read:
    case Permission::evaluation_assess:
    case Permission::evaluation_evidence: return role != Role::citizen;
    case Permission::organisation_manage:
    case Permission::infrastructure_manage:
    case Permission::service_desk_manage:
    case Permission::risk_manage:
    case Permission::security_manage:
    case Permission::ict_audit_manage:
    case Permission::asset_manage:
    case Permission::competency_manage:
    case Permission::compliance_manage:
    case Permission::evaluation_manage:
    case Permission::self_sufficiency_assess:
    case Permission::governance_manage: return role == Role::superadmin;
    case Permission::staff_manage:
    case Permission::budget_edit:
    case Permission::business_process_edit:
    case Permission::registry_edit:
    case Permission::service_desk_work:
    case Permission::risk_edit:
    case Permission::security_report:
    case Permission::ict_audit_follow_up:
    case Permission::asset_edit:
    case Permission::change_request:
    case Permission::knowledge_edit:
    case Permission::competency_edit:
    case Permission::compliance_attest: return role == Role::superadmin || role == Role::agency_operator;
    case Permission::ict_audit_record: return role == Role::superadmin || role == Role::auditor;
    case Permission::gcio_approve:
    case Permission::change_approve: return role == Role::superadmin || role == Role::leadership;
    case Permission::self_sufficiency_decide: return role == Role::leadership;
    case Permission::dashboard_read: return role == Role::superadmin || role == Role::leadership || role == Role::auditor;
  }
  return false;
}

bool is_mutation(std::string_view method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

Decision decide(const Principal* principal, Permission permission, std::string_view method) {
  if (permission == Permission::public_access) return Decision::allow;
  if (!principal) return Decision::unauthenticated;
  if (principal->via == Principal::Via::token) {
    bool covered = is_mutation(method) ? principal->scope_write : principal->scope_read || principal->scope_write;
    if (!covered) return Decision::token_scope;
  }
  // Until the password is changed, only the account itself is open.
  if (principal->must_change_password && permission != Permission::own_account) return Decision::password_change_required;
  return role_allows(principal->role, permission) ? Decision::allow : Decision::forbidden;
}

bool may_access_agency(const Principal& principal, int64_t agency_id) {
  if (principal.role == Role::agency_operator) return principal.agency_id && *principal.agency_id == agency_id;
  return principal.role != Role::citizen;
}

}  // namespace simpul::auth
