// What the signed-in user may do with applications (docs/registries-contract.md
// "Who may do what"): every role but citizens reads; the superadmin registers and
// changes any, an agency operator those of their own agency; leadership and
// auditors only read. This only hides what cannot be used; the server decides (403).
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export interface ApplicationAccess {
  role: string;
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean;
  mayEdit: (ownerAgencyId: number) => boolean;
  mayDecideGcio: boolean; // the server also asks that the account holds the GCIO position
}

export function useApplicationAccess(): ApplicationAccess {
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const role = user?.role ?? '';
  const operator = role === 'agency_operator' && user?.agency_id != null;
  const ownAgencyId = operator ? (user?.agency_id ?? null) : null;
  const superadmin = role === 'superadmin';
  return {
    role,
    superadmin,
    ownAgencyId,
    mayCreate: superadmin || operator,
    mayEdit: (ownerAgencyId) => superadmin || (operator && ownerAgencyId === ownAgencyId),
    mayDecideGcio: superadmin || role === 'leadership',
  };
}
