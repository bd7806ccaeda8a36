// What the signed-in user may do with information security (docs/risk-security-audit-contract.md
// "Roles"): everyone but citizens reads; the ICT office (superadmin) keeps the
// programme and the policies and handles incidents as the CSIRT; an agency
// operator reports their own agency's incidents, records its notices and links,
// and acknowledges a policy for their agency; leadership and auditors only read.
// This only hides what cannot be used; the server decides (403).
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface SecurityAccess {
  role: string;
  manage: boolean; // the ICT office: programme, policies, incident stages
  ownAgencyId: number | null; // an operator's agency
  mayReport: boolean; // report an incident
  mayActFor: (agencyId: number) => boolean; // notices, links, edits of an agency's incident; acknowledgements
}

export function useSecurityAccess(): SecurityAccess {
  const { role, superadmin, ownAgencyId, mayCreate, mayEdit } = useAgencyAccess();
  return { role, manage: superadmin, ownAgencyId, mayReport: mayCreate, mayActFor: mayEdit };
}
