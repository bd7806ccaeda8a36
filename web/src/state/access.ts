// Who may open which part of the UI, after the roles in
// docs/identity-contract.md. The server decides in the end (403 forbidden);
// this only keeps people from links and forms they cannot use.
import type { Role } from '../api/identityTypes';

export type Access = 'public' | 'signedIn' | readonly Role[];

export const ACCESS = {
  users: ['superadmin'],
  tokens: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  audit: ['superadmin', 'auditor'],
  // The organisation pages: everyone but citizens (docs/organisation-contract.md).
  organisation: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  // SPBE governance (plans, architecture, budgets, business processes): everyone but citizens.
  governance: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  // The element registries (docs/registries-contract.md): everyone but citizens reads.
  registry: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  // The service desk (docs/service-desk-contract.md): everyone but citizens reads; operators act for their agency.
  serviceDesk: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  // Business hours, holidays, SLA targets, the notification outbox: the ICT office.
  serviceDeskManage: ['superadmin'],
  // Risk management, information security and ICT audits (docs/risk-security-audit-contract.md): everyone
  // but citizens reads; operators act for their own agency; auditors record audit findings.
  risk: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  security: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  ictAudit: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  // The region's risk criteria, the security programme and policies, the audit programme: the ICT office.
  riskSecurityAuditManage: ['superadmin'],
  // ICT assets, change, knowledge and competencies (docs/management-processes-contract.md): everyone but
  // citizens reads; operators act for their own agency; a change is approved by the approver the profile names.
  assets: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  changes: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  knowledge: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  competencies: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  // Compatibility standards, the inventory report, the competency catalogue: the ICT office.
  managementProcessesManage: ['superadmin'],
  // Compliance with the region's regulation and the leadership dashboard (docs/compliance-contract.md).
  compliance: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  complianceAttest: ['superadmin', 'agency_operator'],
  dashboard: ['superadmin', 'leadership', 'auditor'],
  // The national SPBE evaluation (docs/evaluation-contract.md). Scoring and evidence are open to
  // every staff role; the server then checks the campaign's assessor team or the operator's agency.
  evaluation: ['superadmin', 'agency_operator', 'leadership', 'auditor'],
  evaluationManage: ['superadmin'],
} as const satisfies Record<string, readonly Role[]>;

export function mayOpen(role: string, access: Access): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return (access as readonly string[]).includes(role);
}
