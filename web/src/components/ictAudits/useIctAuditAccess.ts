// What the signed-in user may do with ICT audits (docs/risk-security-audit-contract.md
// "ICT audits"): everyone but citizens reads; the ICT office (superadmin) keeps the
// programme (objects, plans, steps); the ICT office and auditors complete audits and
// record, close and reopen findings; an agency operator adds follow-up evidence to the
// findings their agency owns. This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface IctAuditAccess {
  role: string;
  manage: boolean; // the programme: sync objects, plan audits, take the steps but completing
  record: boolean; // complete an audit, record findings, close and reopen them
  mayFollowUp: (ownerAgencyId: number) => boolean;
}

export function useIctAuditAccess(): IctAuditAccess {
  const { role, superadmin, mayEdit } = useAgencyAccess();
  return { role, manage: superadmin, record: superadmin || role === 'auditor', mayFollowUp: mayEdit };
}
