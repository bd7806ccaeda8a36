// What the signed-in user may do with one campaign (docs/evaluation-contract.md "Campaigns,
// the assessor team and sign-off"): the ICT office (superadmin) manages the campaign, its team
// and the external results; the team member's role decides the rest — any member scores, the
// person in charge verifies, the coordinator signs off and reopens. This only hides what cannot
// be used; the server decides in the end (403), and the pages say so when it refuses.
import type { Campaign } from '../../api/evaluationTypes';
import { useAgencyAccess } from '../../hooks/useAgencyAccess';

export interface CampaignAccess {
  manage: boolean;
  teamRole: string | null; // the user's role on the campaign's team, if any
  coordinator: boolean;
  personInCharge: boolean;
}

export function useCampaignAccess(campaign: Campaign | null): CampaignAccess {
  const { userId, superadmin } = useAgencyAccess();
  const teamRole = campaign?.team.find((a) => a.user_id === userId)?.role ?? null;
  return { manage: superadmin, teamRole, coordinator: teamRole === 'coordinator', personInCharge: teamRole === 'person_in_charge' };
}
