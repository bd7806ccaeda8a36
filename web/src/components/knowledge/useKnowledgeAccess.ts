// What the signed-in user may do in the knowledge base (docs/management-processes-contract.md
// "Knowledge management"): every staff role reads, searches and rates published articles; an
// agency operator writes and keeps their own agency's articles, the ICT office any agency's;
// leadership and auditors only read. The steps an article allows are the server's
// `allowed_actions`. This only hides what cannot be used; the server decides (403).
import { useAgencyAccess, type AgencyAccess } from '../../hooks/useAgencyAccess';

export interface KnowledgeAccess extends AgencyAccess {
  mayRate: boolean;
  maySeeDrafts: boolean; // statuses other than published show in the lists
}

export function useKnowledgeAccess(): KnowledgeAccess {
  const access = useAgencyAccess();
  const staff = access.role !== '' && access.role !== 'citizen';
  return { ...access, mayRate: staff, maySeeDrafts: access.superadmin || access.operator || access.role === 'leadership' || access.role === 'auditor' };
}
