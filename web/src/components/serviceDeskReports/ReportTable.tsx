// The report's numbers, one row per group (agency, tier, service or month) and
// the totals: opened, resolved, open at the end (backlog), the share answered and
// resolved within the SLA, and the share escalated to Tier 2. This table is the
// data the charts draw; on a phone each row becomes a card.
import type { ReportRow } from '../../api/serviceDeskTypes';
import { useI18n } from '../../i18n/useI18n';
import { formatCount, formatPct } from './reportFormat';

interface Props {
  rows: ReportRow[];
  totals: ReportRow;
  labelOf: (row: ReportRow) => string;
  groupLabel: string;
  caption: string;
}

export function ReportTable({ rows, totals, labelOf, groupLabel, caption }: Props) {
  const { t, lang } = useI18n();
  const cells = (row: ReportRow, testId: string) => (
    <>
      <td data-label={t('sdReports.opened')} data-testid={`${testId}-opened`}>
        {formatCount(row.opened, lang)}
      </td>
      <td data-label={t('sdReports.resolved')} data-testid={`${testId}-resolved`}>
        {formatCount(row.resolved, lang)}
      </td>
      <td data-label={t('sdReports.backlog')} data-testid={`${testId}-backlog`}>
        {formatCount(row.backlog, lang)}
      </td>
      <td data-label={t('sdReports.responseMet')} data-testid={`${testId}-response`}>
        {formatPct(row.response_met_pct, lang)}
      </td>
      <td data-label={t('sdReports.resolutionMet')} data-testid={`${testId}-resolution`}>
        {formatPct(row.resolution_met_pct, lang)}
      </td>
      <td data-label={t('sdReports.escalationRate')} data-testid={`${testId}-escalation`}>
        {formatPct(row.escalation_rate_pct, lang)}
      </td>
    </>
  );
  return (
    <table class="table table--stacked table--compact sd-report-table" data-testid="sd-report-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          <th scope="col">{t('sdReports.opened')}</th>
          <th scope="col">{t('sdReports.resolved')}</th>
          <th scope="col">{t('sdReports.backlog')}</th>
          <th scope="col">{t('sdReports.responseMet')}</th>
          <th scope="col">{t('sdReports.resolutionMet')}</th>
          <th scope="col">{t('sdReports.escalationRate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.key)} data-testid="sd-report-row" data-key={String(row.key)}>
            <th scope="row" data-label={groupLabel} data-testid="sd-report-row-label">
              {labelOf(row)}
            </th>
            {cells(row, 'sd-report-row')}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr class="sd-report-total" data-testid="sd-report-total">
          <th scope="row" data-label={groupLabel}>
            {t('sdReports.total')}
          </th>
          {cells(totals, 'sd-report-total')}
        </tr>
      </tfoot>
    </table>
  );
}
