// What the signed-in user may do in change management (docs/management-processes-contract.md
// "Roles"): everyone but citizens reads every agency's requests for change; an
// agency operator raises and moves only their own agency's; the ICT office any
// agency's; approving is the approver's (the server says so per change in
// `approval.may_decide`); leadership and auditors otherwise only read.
// This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface ChangeAccess {
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean;
  mayEdit: (agencyId: number) => boolean;
}

export function useChangeAccess(): ChangeAccess {
  const { superadmin, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  return { superadmin, ownAgencyId, mayCreate, mayEdit };
}
