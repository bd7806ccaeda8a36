// Who the signed-in user is, as far as an agency's records go: the superadmin (the
// ICT office) may keep any agency's records, an agency operator only their own
// agency's; everyone else only reads. Each area's access hook builds on this and
// adds its own rules. This only hides what cannot be used; the server decides (403).
import { session } from '../state/session';
import { useStore } from '../state/store';

export interface AgencyAccess {
  userId: number | null;
  role: string;
  superadmin: boolean;
  operator: boolean; // an agency operator with an agency
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean; // records of some agency: the superadmin or an operator
  mayEdit: (agencyId: number) => boolean; // the records of this agency
}

export function useAgencyAccess(): AgencyAccess {
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
    operator,
    ownAgencyId,
    mayCreate: superadmin || operator,
    mayEdit: (agencyId) => superadmin || (operator && agencyId === ownAgencyId),
  };
}
