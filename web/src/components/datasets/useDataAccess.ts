// What the signed-in user may do in the data catalogue and with data-sharing
// agreements (docs/registries-contract.md): every role but citizens reads; the
// superadmin and an agency operator (for their own agency) register and change
// datasets, and draft, change, activate and end the agreements their agency
// provides. Leadership and auditors read only. The server decides in the end (403).
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export interface DataAccess {
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean;
  mayEdit: (agencyId: number) => boolean;
}

export function useDataAccess(): DataAccess {
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const superadmin = user?.role === 'superadmin';
  const ownAgencyId = user?.role === 'agency_operator' ? (user.agency_id ?? null) : null;
  return {
    superadmin,
    ownAgencyId,
    mayCreate: superadmin || ownAgencyId !== null,
    mayEdit: (agencyId) => superadmin || (ownAgencyId !== null && agencyId === ownAgencyId),
  };
}
