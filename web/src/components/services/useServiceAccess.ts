// What the signed-in user may do with services and links (docs/registries-contract.md
// "Who may do what"): everyone but citizens reads; the superadmin and an agency
// operator (for their own agency's services) register and change services and
// record what a service of theirs uses; only the superadmin (the ICT office)
// records the integration coordination. This only hides what cannot be used;
// the server decides (403).
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export interface ServiceAccess {
  superadmin: boolean;
  operator: boolean;
  ownAgencyId: number | null;
  mayCreate: boolean;
  mayEdit: (ownerAgencyId: number) => boolean; // change it, link from it
}

export function useServiceAccess(): ServiceAccess {
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const superadmin = user?.role === 'superadmin';
  const operator = user?.role === 'agency_operator' && user.agency_id != null;
  const ownAgencyId = operator ? (user?.agency_id ?? null) : null;
  return {
    superadmin,
    operator,
    ownAgencyId,
    mayCreate: superadmin || operator,
    mayEdit: (ownerAgencyId) => superadmin || (operator && ownerAgencyId === ownAgencyId),
  };
}
