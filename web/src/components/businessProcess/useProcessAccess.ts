// What the signed-in user may do with business processes (docs/governance-contract.md
// "Who may do what"): everyone but citizens reads them; the superadmin and an agency
// operator (for their own agency) create, change, submit and link them; the
// organisation bureau (the superadmin, or an operator of the agency with the
// organization_bureau role, Kendari Pasal 9 ayat (3)) coordinates and returns them
// and may link any two. The roles of the operator's agency are asked for once.
// This only hides what cannot be used; the server decides (403).
import { useEffect, useState } from 'preact/hooks';
import { getAgency } from '../../api/organisation';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface ProcessAccess {
  known: boolean; // false while the operator's agency is being asked for
  role: string;
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean;
  isBureau: boolean;
  mayEdit: (agencyId: number) => boolean; // change, submit, link from it
  mayLinkFrom: (agencyId: number) => boolean;
  mayUnlink: (fromAgencyId: number | null, toAgencyId: number | null) => boolean;
}

export function useProcessAccess(): ProcessAccess {
  const { role, superadmin, operator, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  const [roles, setRoles] = useState<string[] | null>(null);
  useEffect(() => {
    if (ownAgencyId === null) return;
    const controller = new AbortController();
    void getAgency(ownAgencyId, { signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted) setRoles(answer.ok ? answer.data.roles : []);
    });
    return () => controller.abort();
  }, [ownAgencyId]);

  const isBureau = superadmin || (operator && !!roles?.includes('organization_bureau'));
  return {
    known: ownAgencyId === null || roles !== null,
    role,
    superadmin,
    ownAgencyId,
    mayCreate,
    isBureau,
    mayEdit,
    mayLinkFrom: (agencyId) => mayEdit(agencyId) || isBureau,
    mayUnlink: (from, to) => isBureau || (from !== null && mayEdit(from)) || (to !== null && mayEdit(to)),
  };
}
