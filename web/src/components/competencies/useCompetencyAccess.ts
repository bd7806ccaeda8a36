// What the signed-in user may do with competencies (docs/management-processes-contract.md
// "Competency management"): everyone but citizens reads every agency's gaps, people and
// plans; the ICT office (superadmin) keeps the catalogue and requirements and may record
// for any agency; an agency operator records for the people and plans of their own agency
// only. This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface CompetencyAccess {
  role: string;
  manage: boolean; // the catalogue and requirements
  ownAgencyId: number | null;
  mayEdit: (agencyId: number) => boolean;
}

export function useCompetencyAccess(): CompetencyAccess {
  const { role, superadmin, ownAgencyId, mayEdit } = useAgencyAccess();
  return { role, manage: superadmin, ownAgencyId, mayEdit };
}
