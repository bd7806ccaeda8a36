// What the signed-in user may do with budget plans (docs/governance-contract.md
// "Who may do what"): an agency operator keeps their own agency's plans; the
// operators of the planning office (coordinate) and of the ICT office (verify)
// read every plan and the consolidated view, as do the superadmin, leadership
// and auditors. The roles of the operator's agency are asked for once. This only
// hides what cannot be used; the server decides (403).
import { useEffect, useState } from 'preact/hooks';
import { getAgency } from '../../api/organisation';
import { session } from '../../state/session';
import { useStore } from '../../state/store';

export interface BudgetAccess {
  known: boolean; // false while the operator's agency is being asked for
  role: string;
  ownAgencyId: number | null;
  readsAll: boolean;
  mayCoordinate: boolean;
  mayVerify: boolean;
  mayEdit: (agencyId: number) => boolean;
}

export function useBudgetAccess(): BudgetAccess {
  const me = useStore(session);
  const user = me.phase === 'signedIn' ? me.user : null;
  const role = user?.role ?? '';
  const ownAgencyId = user?.agency_id ?? null;
  const operator = role === 'agency_operator' && ownAgencyId !== null;
  const [roles, setRoles] = useState<string[] | null>(null);
  useEffect(() => {
    if (!operator || ownAgencyId === null) return;
    const controller = new AbortController();
    void getAgency(ownAgencyId, { signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted) setRoles(answer.ok ? answer.data.roles : []);
    });
    return () => controller.abort();
  }, [operator, ownAgencyId]);

  const planning = operator && !!roles?.includes('planning_office');
  const ict = operator && !!roles?.includes('ict_office');
  const superadmin = role === 'superadmin';
  return {
    known: !operator || roles !== null,
    role,
    ownAgencyId,
    readsAll: superadmin || role === 'leadership' || role === 'auditor' || planning || ict,
    mayCoordinate: superadmin || planning,
    mayVerify: superadmin || ict,
    mayEdit: (agencyId) => superadmin || (operator && agencyId === ownAgencyId),
  };
}
