// What to do next with the campaign, in words: the indicators still without a level or not yet
// verified, a missing coordinator or person in charge, or — once signed off — the external
// results and reopening. Counted from the campaign the server answered.
import type { Campaign } from '../../api/evaluationTypes';
import { useI18n } from '../../i18n/useI18n';

export function NextStep({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const lines: string[] = [];
  const roles = new Set(campaign.team.map((a) => a.role));
  if (campaign.status === 'signed_off') {
    lines.push(t('evaluation.next.signedOff'));
  } else {
    if (!roles.has('coordinator')) lines.push(t('evaluation.next.noCoordinator'));
    if (!roles.has('person_in_charge')) lines.push(t('evaluation.next.noPersonInCharge'));
    const unanswered = campaign.indicators - campaign.answered;
    const unverified = campaign.indicators - campaign.verified;
    if (unanswered > 0) lines.push(t('evaluation.next.unanswered', { count: unanswered }));
    if (unverified > 0) lines.push(t('evaluation.next.unverified', { count: unverified }));
    if (unanswered === 0 && unverified === 0) lines.push(t('evaluation.next.ready'));
  }
  return (
    <div class="ev-next" data-testid="ev-next">
      <h2 class="heading-m">{t('evaluation.next.title')}</h2>
      <ul class="list">
        {lines.map((line) => (
          <li key={line} data-testid="ev-next-item">
            {line}
          </li>
        ))}
      </ul>
    </div>
  );
}
