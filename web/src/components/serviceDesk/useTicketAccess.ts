// What the signed-in user may do at the service desk (docs/service-desk-contract.md
// "Roles"): everyone but citizens reads tickets and queues; the superadmin (the ICT
// office, Tier 2) and agency operators (Tier 1, for their own agency) open and work
// tickets; leadership and auditors only read. This only hides what cannot be used;
// the server decides (403), and each ticket says which steps its reader may take.
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export interface TicketAccess {
  userId: number | null;
  role: string;
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayWork: boolean; // open, change, comment, attach, link
  mayWorkOn: (agencyId: number) => boolean;
}

export function useTicketAccess(): TicketAccess {
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const role = user?.role ?? '';
  const superadmin = role === 'superadmin';
  const operator = role === 'agency_operator' && user?.agency_id != null;
  const ownAgencyId = operator ? (user?.agency_id ?? null) : null;
  return {
    userId: user?.id ?? null,
    role,
    superadmin,
    ownAgencyId,
    mayWork: superadmin || operator,
    mayWorkOn: (agencyId) => superadmin || (operator && agencyId === ownAgencyId),
  };
}
