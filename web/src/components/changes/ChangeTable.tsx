// The requests for change, newest first: number and title (link to the change),
// agency, what it changes, type and risk, stage (and "lewat jadwal" when its
// planned window passed before it was implemented), and the planned window in the
// region's zone. On a phone each row becomes a card.
import { changePagePath } from '../../api/changes';
import type { ChangeSummary } from '../../api/changeTypes';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { changeTypeLabel, riskLevelColour, riskLevelLabel, stageColour, stageLabel, targetKindLabel, windowText } from './labels';

export function ChangeTable({ changes }: { changes: ChangeSummary[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const zone = useRegionDetail()?.time_zone;
  return (
    <table class="table table--stacked table--compact change-table" data-testid="change-table">
      <caption class="visually-hidden">{t('change.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('change.request')}</th>
          <th scope="col">{t('change.agency')}</th>
          <th scope="col">{t('change.target')}</th>
          <th scope="col">{t('change.typeAndRisk')}</th>
          <th scope="col">{t('change.stageLabel')}</th>
          <th scope="col">{t('change.window')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.id} class={c.overdue ? 'change-row--overdue' : undefined} data-testid="change-row" data-change-id={c.id} data-number={c.number} data-stage={c.stage}>
            <th scope="row" data-label={t('change.request')}>
              <a class="link" href={changePagePath(c.id)} data-testid="change-open">
                <span class="cell-line" data-testid="change-row-number">
                  {c.number}
                </span>
                <span class="cell-note change-text" data-testid="change-row-title">
                  {c.title}
                </span>
              </a>
            </th>
            <td data-label={t('change.agency')} data-testid="change-row-agency">
              <abbr title={c.agency.name}>{c.agency.short_name}</abbr>
            </td>
            <td data-label={t('change.target')}>
              {targetKindLabel(c.target_kind, i18n)}
              {c.target_label && <span class="cell-note change-text">{c.target_label}</span>}
            </td>
            <td data-label={t('change.typeAndRisk')}>
              {changeTypeLabel(c.change_type, i18n)}
              <span class="cell-note">
                <strong class={`tag tag--${riskLevelColour(c.risk_level)}`}>{riskLevelLabel(c.risk_level, i18n)}</strong>
              </span>
            </td>
            <td data-label={t('change.stageLabel')}>
              <strong class={`tag tag--${stageColour(c.stage)}`} data-testid="change-row-stage">
                {stageLabel(c.stage, i18n)}
              </strong>
              {c.overdue && (
                <span class="cell-note change-overdue" data-testid="change-row-overdue">
                  {t('change.overdue')}
                </span>
              )}
            </td>
            <td data-label={t('change.window')}>{windowText(c.planned_start, c.planned_end, i18n, zone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
