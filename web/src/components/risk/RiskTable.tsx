// The register (Formulir 3.0) as a table, one card per risk on a phone: number and
// agency, the event (link to the risk), category and polarity, likelihood × impact,
// the level as a coloured badge with its name and magnitude, the decision to treat,
// priority and status.
import { riskPagePath } from '../../api/risks';
import type { Risk } from '../../api/riskTypes';
import { useI18n } from '../../i18n/useI18n';
import { LevelBadge } from './LevelBadge';
import { polarityLabel, riskStatusColour, riskStatusLabel } from './labels';

export function RiskTable({ risks, captionKey = 'risk.register' }: { risks: Risk[]; captionKey?: 'risk.register' | 'risk.topRisks' }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table table--stacked table--compact risk-table" data-testid="risk-table">
      <caption class="visually-hidden">{t(captionKey)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('risk.number')}</th>
          <th scope="col">{t('risk.event')}</th>
          <th scope="col">{t('risk.category')}</th>
          <th scope="col">{t('risk.likelihoodTimesImpact')}</th>
          <th scope="col">{t('risk.level')}</th>
          <th scope="col">{t('risk.treatDecision')}</th>
          <th scope="col">{t('risk.statusLabel')}</th>
        </tr>
      </thead>
      <tbody>
        {risks.map((r) => (
          <tr key={r.id} data-testid="risk-row" data-risk-id={r.id} data-level={r.level}>
            <td data-label={t('risk.number')} data-testid="risk-row-number">
              <abbr title={r.agency_name}>{r.agency_short_name}</abbr> · {r.year} · {r.number}
            </td>
            <th scope="row" data-label={t('risk.event')}>
              <a class="link risk-text" href={riskPagePath(r.id)} data-testid="risk-row-event">
                {r.event}
              </a>
              <span class="cell-note secondary">{polarityLabel(r.polarity, i18n)}</span>
            </th>
            <td data-label={t('risk.category')} data-testid="risk-row-category">
              {r.category_name || r.category}
            </td>
            <td data-label={t('risk.likelihoodTimesImpact')} data-testid="risk-row-li">
              {r.likelihood} × {r.impact_level}
            </td>
            <td data-label={t('risk.level')}>
              <LevelBadge level={r.level} name={r.level_name} colour={r.colour} magnitude={r.magnitude} testId="risk-row-level" />
            </td>
            <td data-label={t('risk.treatDecision')} data-testid="risk-row-treat">
              {r.treat ? t('risk.yes') : t('risk.no')}
              {r.priority_rank !== null && <span class="cell-note secondary">{t('risk.priorityShort', { n: r.priority_rank })}</span>}
            </td>
            <td data-label={t('risk.statusLabel')}>
              <strong class={`tag tag--${riskStatusColour(r.status)}`} data-testid="risk-row-status">
                {riskStatusLabel(r.status, i18n)}
              </strong>
              {r.overdue_treatments > 0 && (
                <span class="cell-note risk-overdue" data-testid="risk-row-overdue">
                  {t('risk.overdueTreatments', { n: r.overdue_treatments })}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
