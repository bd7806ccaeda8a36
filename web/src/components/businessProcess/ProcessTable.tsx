// The business processes of the region, by agency then code: code and name
// (link to the process), agency, kind, status (with what is still missing
// before a draft can be submitted), number of steps and of links.
import { processPagePath } from '../../api/businessProcesses';
import type { BusinessProcess } from '../../api/businessProcessTypes';
import { processKindLabel, processStatusColour, processStatusLabel } from '../../format/businessProcess';
import { useI18n } from '../../i18n/useI18n';

export function ProcessTable({ processes }: { processes: BusinessProcess[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="bp-table">
      <caption class="visually-hidden">{t('businessProcess.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('businessProcess.process')}</th>
          <th scope="col">{t('businessProcess.agency')}</th>
          <th scope="col">{t('businessProcess.kind')}</th>
          <th scope="col">{t('businessProcess.status')}</th>
          <th scope="col" class="numeric">
            {t('businessProcess.stepCount')}
          </th>
          <th scope="col" class="numeric">
            {t('businessProcess.linkCount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {processes.map((p) => (
          <tr key={p.id} data-testid="bp-row" data-process-id={p.id} data-status={p.status}>
            <th scope="row" data-label={t('businessProcess.process')}>
              <a class="link" href={processPagePath(p.id)} data-testid="bp-link-open">
                <span class="cell-line" data-testid="bp-row-code">
                  {p.code}
                </span>
                <span class="cell-note" data-testid="bp-row-name">
                  {p.name}
                </span>
              </a>
            </th>
            <td data-label={t('businessProcess.agency')} data-testid="bp-row-agency">
              <abbr title={p.agency_name}>{p.agency_short_name}</abbr>
            </td>
            <td data-label={t('businessProcess.kind')}>{processKindLabel(p.kind, i18n)}</td>
            <td data-label={t('businessProcess.status')}>
              <strong class={`tag tag--${processStatusColour(p.status)}`} data-testid="bp-row-status">
                {processStatusLabel(p.status, i18n)}
              </strong>
              {p.status === 'draft' && p.missing_for_submission.length > 0 && (
                <span class="cell-note secondary" data-testid="bp-row-incomplete">
                  {t('businessProcess.incomplete')}
                </span>
              )}
            </td>
            <td class="numeric" data-label={t('businessProcess.stepCount')} data-testid="bp-row-steps">
              {p.steps.length}
            </td>
            <td class="numeric" data-label={t('businessProcess.linkCount')} data-testid="bp-row-links">
              {p.link_count ?? 0}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
