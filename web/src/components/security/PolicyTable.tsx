// The security policies of the region (Madiun Pasal 12): title (link to the
// policy), kind, state with the revision in force, and how many agencies
// acknowledged that revision; for an agency operator also where their own agency
// stands, so what is still to be acknowledged shows at a glance.
import { getCoverage, policyPagePath } from '../../api/security';
import type { Policy } from '../../api/securityTypes';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { CoverageBar } from './CoverageBar';
import { coverageStateColour, coverageStateLabel, policyKindLabel, policyStatusColour, policyStatusLabel } from './labels';

// The own agency's state for each published policy (one small request per policy; a region has a handful).
function useOwnStates(policies: Policy[], agencyId: number | null): Map<number, string> {
  const published = agencyId === null ? [] : policies.filter((p) => p.revision > 0);
  const loaded = useLoad(
    async (signal) => {
      const answers = await Promise.all(published.map((p) => getCoverage(p.id, { signal })));
      const states = new Map<number, string>();
      answers.forEach((a, i) => {
        const own = a.ok ? a.data.agencies.find((x) => x.agency_id === agencyId) : undefined;
        if (own) states.set(published[i]!.id, own.state);
      });
      return { ok: true as const, data: states, status: 200 };
    },
    `${agencyId}.${published.map((p) => `${p.id}:${p.version}:${p.acknowledged}`).join(',')}`,
  );
  return loaded.state.phase === 'ready' ? loaded.state.data : new Map();
}

export function PolicyTable({ policies, ownAgency }: { policies: Policy[]; ownAgency: { id: number; short_name: string } | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const own = useOwnStates(policies, ownAgency?.id ?? null);
  return (
    <table class="table table--stacked table--compact" data-testid="sec-policy-table">
      <caption class="visually-hidden">{t('security.policiesTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('security.policy')}</th>
          <th scope="col">{t('security.policyKind')}</th>
          <th scope="col">{t('security.policyStatus')}</th>
          <th scope="col">{t('security.acknowledgements')}</th>
        </tr>
      </thead>
      <tbody>
        {policies.map((p) => (
          <tr key={p.id} data-testid="sec-policy-row" data-policy-id={p.id}>
            <th scope="row" data-label={t('security.policy')}>
              <a class="link sec-text" href={policyPagePath(p.id)} data-testid="sec-policy-open">
                {p.title}
              </a>
            </th>
            <td data-label={t('security.policyKind')}>{policyKindLabel(p.kind, i18n)}</td>
            <td data-label={t('security.policyStatus')}>
              <strong class={`tag tag--${policyStatusColour(p.status)}`} data-testid="sec-policy-status">
                {policyStatusLabel(p.status, i18n)}
              </strong>
              {p.revision > 0 && <span class="cell-note">{t('security.revisionInForce', { n: p.revision })}</span>}
            </td>
            <td data-label={t('security.acknowledgements')}>
              {p.revision > 0 ? (
                <>
                  <CoverageBar acknowledged={p.acknowledged} total={p.agencies} testId="sec-policy-coverage" />
                  {ownAgency && own.has(p.id) && (
                    <span class="cell-note" data-testid="sec-policy-own" data-state={own.get(p.id)}>
                      {ownAgency.short_name}:{' '}
                      <strong class={`tag tag--${coverageStateColour(own.get(p.id)!)}`}>{coverageStateLabel(own.get(p.id)!, i18n)}</strong>
                    </span>
                  )}
                </>
              ) : (
                <span class="secondary" data-testid="sec-policy-coverage">
                  {t('security.notPublishedYet')}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
