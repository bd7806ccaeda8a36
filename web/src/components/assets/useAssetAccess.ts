// What the signed-in user may do with ICT assets (docs/management-processes-contract.md
// "Roles"): everyone but citizens reads every agency's assets, warnings and inventory
// reports; an agency operator records, changes, moves through the stages, links and
// imports only their own agency's assets; the superadmin (the ICT office) any agency's,
// and keeps the warning window and the inventory reports; leadership and auditors only
// read. This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface AssetAccess {
  known: boolean; // the session is known (signed in)
  superadmin: boolean;
  ownAgencyId: number | null; // an operator's agency
  mayCreate: boolean; // record and import assets
  mayEdit: (agencyId: number) => boolean; // an agency's assets
  mayManage: boolean; // the warning window and the inventory reports
}

export function useAssetAccess(): AssetAccess {
  const { role, superadmin, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  return { known: role !== '', superadmin, ownAgencyId, mayCreate, mayEdit, mayManage: superadmin };
}
