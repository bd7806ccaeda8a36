// What the signed-in user may do in risk management (docs/risk-security-audit-contract.md
// "Roles"): everyone but citizens reads every agency's register, contexts and reports; an
// agency operator records and changes only their own agency's; the superadmin (the ICT
// office) any agency's and the region's criteria; leadership and auditors only read.
// This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface RiskAccess {
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean;
  mayEdit: (agencyId: number) => boolean;
  mayManageCriteria: boolean;
}

export function useRiskAccess(): RiskAccess {
  const { superadmin, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  return { superadmin, ownAgencyId, mayCreate, mayEdit, mayManageCriteria: superadmin };
}
