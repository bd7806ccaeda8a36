// What the signed-in user may do at the service desk (docs/service-desk-contract.md
// "Roles"): everyone but citizens reads tickets and queues; the superadmin (the ICT
// office, Tier 2) and agency operators (Tier 1, for their own agency) open and work
// tickets; leadership and auditors only read. This only hides what cannot be used;
// the server decides (403), and each ticket says which steps its reader may take.
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface TicketAccess {
  userId: number | null;
  role: string;
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayWork: boolean; // open, change, comment, attach, link
  mayWorkOn: (agencyId: number) => boolean;
}

export function useTicketAccess(): TicketAccess {
  const { userId, role, superadmin, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  return { userId, role, superadmin, ownAgencyId, mayWork: mayCreate, mayWorkOn: mayEdit };
}
