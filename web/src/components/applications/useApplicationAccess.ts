// What the signed-in user may do with applications (docs/registries-contract.md
// "Who may do what"): every role but citizens reads; the superadmin registers and
// changes any, an agency operator those of their own agency; leadership and
// auditors only read. This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface ApplicationAccess {
  role: string;
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean;
  mayEdit: (ownerAgencyId: number) => boolean;
  mayDecideGcio: boolean; // the server also asks that the account holds the GCIO position
}

export function useApplicationAccess(): ApplicationAccess {
  const { role, superadmin, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  return { role, superadmin, ownAgencyId, mayCreate, mayEdit, mayDecideGcio: superadmin || role === 'leadership' };
}
