// The region's gaps, a row per agency: its employees, how many still lack basic ICT
// competence (and the share that has it), Pranata Komputer and ICT operation staff
// where the agency has services or runs its own, the requirements it does not meet
// yet, and its certificates expired or expiring. Each agency opens its own page.
import { agencyCompetencyPagePath } from '../../api/competencies';
import type { AgencyGapRow } from '../../api/competencyTypes';
import { useI18n } from '../../i18n/useI18n';
import { shareText } from './competencyWords';

export function GapsTable({ rows }: { rows: AgencyGapRow[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact cp-table" data-testid="cp-gaps-table">
      <caption class="visually-hidden">{t('competency.gapsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('competency.agency')}</th>
          <th scope="col" class="numeric">{t('competency.employees')}</th>
          <th scope="col" class="numeric">{t('competency.withoutBasicShort')}</th>
          <th scope="col" class="numeric">{t('competency.pranataKomputer')}</th>
          <th scope="col" class="numeric">{t('competency.operationStaff')}</th>
          <th scope="col" class="numeric">{t('competency.unmet')}</th>
          <th scope="col">{t('competency.certificates')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.agency_id} data-testid="cp-gap-row" data-agency-id={a.agency_id} class={a.unmet_requirements > 0 || a.without_basic_ict > 0 ? 'cp-row--gap' : undefined}>
            <th scope="row" data-label={t('competency.agency')}>
              <a class="link" href={agencyCompetencyPagePath(a.agency_id)} data-testid="cp-gap-agency">
                {a.agency_name}
              </a>
            </th>
            <td class="numeric" data-label={t('competency.employees')} data-testid="cp-gap-employees">
              {a.employees}
            </td>
            <td class="numeric" data-label={t('competency.withoutBasicShort')}>
              <span class="cell-line" data-testid="cp-gap-without">
                {a.without_basic_ict > 0 ? <strong>{a.without_basic_ict}</strong> : '0'}
              </span>
              <span class="cell-note secondary" data-testid="cp-gap-share">
                {t('competency.shareWith', { share: shareText(a.basic_ict_share, lang) })}
              </span>
            </td>
            <td class="numeric" data-label={t('competency.pranataKomputer')}>
              <span class="cell-line" data-testid="cp-gap-pranata">
                {a.pranata_komputer}
              </span>
              {a.runs_own_services && <span class="cell-note secondary">{t('competency.runsOwnServices')}</span>}
            </td>
            <td class="numeric" data-label={t('competency.operationStaff')}>
              <span class="cell-line" data-testid="cp-gap-operation">
                {a.ict_operation_staff}
              </span>
              {a.has_services && <span class="cell-note secondary">{t('competency.hasServices')}</span>}
            </td>
            <td class="numeric" data-label={t('competency.unmet')}>
              {a.unmet_requirements > 0 ? (
                <strong class="tag tag--red" data-testid="cp-gap-unmet">
                  {a.unmet_requirements}
                </strong>
              ) : (
                <span data-testid="cp-gap-unmet">0</span>
              )}
            </td>
            <td data-label={t('competency.certificates')} data-testid="cp-gap-certificates">
              {a.certificates_expired + a.certificates_expiring === 0 ? (
                <span class="secondary">—</span>
              ) : (
                <>
                  {a.certificates_expired > 0 && <span class="cell-line">{t('competency.expiredCount', { count: a.certificates_expired })}</span>}
                  {a.certificates_expiring > 0 && <span class="cell-line">{t('competency.expiringCount', { count: a.certificates_expiring })}</span>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
