// Who may record or withdraw a statement of compliance (docs/compliance-contract.md
// "Statements"): the ICT office for any subject, an agency operator only for the subjects
// of their own agency, and only on duties judged on statements (Simpul's records decide
// the others). The region, its committee and its positions are the ICT office's. This
// only hides what cannot be used; the server decides (403, 409).
import type { Finding } from '../../api/compliance';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

const REGION_SUBJECTS = ['region', 'committee', 'position'];

// The subject's own agency, or null for the region's subjects.
export const subjectAgency = (kind: string, agencyId: number | null) => (REGION_SUBJECTS.includes(kind) ? null : agencyId);

export interface ComplianceAccess {
  ownAgencyId: number | null;
  mayState: (subjectKind: string, agencyId: number | null) => boolean; // record or withdraw for this subject
  mayAttest: (finding: Finding) => boolean; // record a statement for this duty now
}

export function useComplianceAccess(): ComplianceAccess {
  const { superadmin, operator, ownAgencyId } = useAgencyAccess();
  const mayState = (kind: string, agencyId: number | null) => {
    if (superadmin) return true;
    const agency = subjectAgency(kind, agencyId);
    return operator && agency !== null && agency === ownAgencyId;
  };
  return {
    ownAgencyId,
    mayState,
    mayAttest: (f) => f.basis === 'statement' && f.status !== 'not_applicable' && mayState(f.subject.kind, f.subject.agency_id),
  };
}
