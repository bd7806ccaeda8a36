// /tiket/laporan (everyone but citizens; operators see their own agency only): the
// service desk's reports (Madiun Pasal 39, Probolinggo Pasal 27: status
// information and periodic reports). A month range and a grouping (per agency,
// tier, service or month) give a table with bars for the volumes and the backlog;
// a line shows per month the share answered and resolved within the SLA. The
// periodic report to the ICT office (Probolinggo Pasal 27 ayat (6)) downloads as a
// spreadsheet for a chosen month, and the Tier 1 coverage lists the agencies
// without Tier 1 staff.
import { useState } from 'preact/hooks';
import { getReport, periodicReportUrl, type ReportQuery } from '../../api/serviceDesk';
import { REPORT_GROUPS, type Report, type ReportGroup, type ReportRow } from '../../api/serviceDeskTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { BarChart } from '../../components/serviceDeskReports/BarChart';
import { LineChart } from '../../components/serviceDeskReports/LineChart';
import { ReportTable } from '../../components/serviceDeskReports/ReportTable';
import { formatMonth, formatPct, isMonth, monthInZone } from '../../components/serviceDeskReports/reportFormat';
import { Tier1CoverageSection } from '../../components/serviceDeskReports/Tier1CoverageSection';
import { fieldErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { termOrNull } from '../../format/organisation';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const GROUP_KEYS: Record<ReportGroup, MessageKey> = {
  agency: 'sdReports.group.agency',
  tier: 'sdReports.group.tier',
  service: 'sdReports.group.service',
  month: 'sdReports.group.month',
};

const IDS = { from: 'sd-report-from', to: 'sd-report-to', group: 'sd-report-group' };

export function ServiceDeskReportsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  usePageTitle(t('sdReports.pageTitle'));
  const region = useRegionDetail();
  const zone = region?.time_zone;
  const initial: ReportQuery = { from: monthInZone(zone, -5), to: monthInZone(zone), group: 'agency' };
  const [draft, setDraft] = useState<ReportQuery>(initial);
  const [query, setQuery] = useState<ReportQuery>(initial);
  const { errors, focusKey, show, clear } = useFormErrors();
  const report = useLoad((signal) => getReport(query, { signal }), JSON.stringify(query));
  const perMonth = useLoad((signal) => getReport({ ...query, group: 'month' }, { signal }), `${query.from}/${query.to}`);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.from, isMonth(draft.from) ? null : t('sdReports.error.month')],
      [IDS.to, !isMonth(draft.to) ? t('sdReports.error.month') : isMonth(draft.from) && draft.to < draft.from ? t('sdReports.error.toBeforeFrom') : null],
    ]);
  const apply = () => {
    if (check(i18n).summary.length > 0) {
      show(check);
      return;
    }
    clear();
    setQuery({ ...draft, from: draft.from.trim(), to: draft.to.trim() });
  };

  const tierWord = (key: string) => termOrNull(region?.terms, key, lang);
  const labelOf = (row: ReportRow) => {
    const key = String(row.key);
    if (query.group === 'tier') return tierWord(key) ?? row.label ?? key;
    if (query.group === 'month') return formatMonth(key, lang);
    return row.label || t('sdReports.unnamed');
  };
  const groupLabel = t(GROUP_KEYS[query.group]);
  const range = t('sdReports.range', { from: formatMonth(query.from, lang), to: formatMonth(query.to, lang) });

  return (
    <>
      <p class="back">
        <a class="link" href="/tiket" data-testid="sd-back-to-desk">
          {t('sdReports.backToDesk')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('nav.serviceDesk')}</span>
        <span data-testid="sd-reports-heading">{t('sdReports.pageTitle')}</span>
      </h1>
      <p class="lead">{t('sdReports.intro')}</p>

      <section class="section" aria-labelledby="sd-report-title">
        <h2 class="heading-l" id="sd-report-title">
          {t('sdReports.reportTitle')}
        </h2>
        <ErrorSummary items={errors.summary} focusKey={focusKey} testId="sd-report-errors" />
        <FilterForm label={t('sdReports.filter')} testId="sd-report-filter" filtered={false} onApply={apply} onClear={() => undefined}>
          <TextField
            id={IDS.from}
            label={t('sdReports.from')}
            hint={t('sdReports.monthHint')}
            value={draft.from}
            onInput={(from) => setDraft({ ...draft, from })}
            error={errors.fields[IDS.from]}
            width="short"
            inputProps={{ maxLength: 7, inputMode: 'numeric' }}
          />
          <TextField
            id={IDS.to}
            label={t('sdReports.to')}
            hint={t('sdReports.monthHint')}
            value={draft.to}
            onInput={(to) => setDraft({ ...draft, to })}
            error={errors.fields[IDS.to]}
            width="short"
            inputProps={{ maxLength: 7, inputMode: 'numeric' }}
          />
          <SelectField
            id={IDS.group}
            label={t('sdReports.groupBy')}
            value={draft.group}
            onChange={(group) => setDraft({ ...draft, group: group as ReportGroup })}
            options={REPORT_GROUPS.map((g) => ({ value: g, label: t(GROUP_KEYS[g]) }))}
          />
        </FilterForm>
        <p class="body" data-testid="sd-report-range">
          {range}
        </p>
        <LoadView loaded={report}>
          {(data: Report) =>
            data.rows.length === 0 ? (
              <p class="body" data-testid="sd-report-empty">
                {t('sdReports.empty')}
              </p>
            ) : (
              <>
                <BarChart
                  id="sd-volume-chart"
                  testId="sd-volume-chart"
                  title={t('sdReports.volumeChartTitle', { group: groupLabel.toLowerCase(), range })}
                  description={t('sdReports.chartDesc')}
                  labels={data.rows.map(labelOf)}
                  series={[
                    { key: 'opened', name: t('sdReports.opened'), values: data.rows.map((r) => r.opened) },
                    { key: 'resolved', name: t('sdReports.resolved'), values: data.rows.map((r) => r.resolved) },
                    { key: 'backlog', name: t('sdReports.backlog'), values: data.rows.map((r) => r.backlog) },
                  ]}
                />
                <div class="table-wrapper">
                  <ReportTable rows={data.rows} totals={data.totals} labelOf={labelOf} groupLabel={groupLabel} caption={t('sdReports.tableCaption', { range })} />
                </div>
              </>
            )
          }
        </LoadView>
      </section>

      <section class="section" aria-labelledby="sd-sla-title" data-testid="sd-sla">
        <h2 class="heading-l" id="sd-sla-title">
          {t('sdReports.slaTitle')}
        </h2>
        <p class="body">{t('sdReports.slaIntro')}</p>
        <LoadView loaded={perMonth}>
          {(data: Report) => {
            const rows = [...data.rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
            if (rows.length === 0)
              return (
                <p class="body" data-testid="sd-sla-empty">
                  {t('sdReports.empty')}
                </p>
              );
            return (
              <>
                <LineChart
                  id="sd-sla-chart"
                  testId="sd-sla-chart"
                  title={t('sdReports.slaChartTitle', { range })}
                  description={t('sdReports.chartDesc')}
                  months={rows.map((r) => String(r.key))}
                  series={[
                    { key: 'response', name: t('sdReports.responseMet'), values: rows.map((r) => r.response_met_pct) },
                    { key: 'resolution', name: t('sdReports.resolutionMet'), values: rows.map((r) => r.resolution_met_pct) },
                  ]}
                />
                <table class="table table--compact sd-sla-table" data-testid="sd-sla-table">
                  <caption class="visually-hidden">{t('sdReports.slaChartTitle', { range })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('sdReports.group.month')}</th>
                      <th scope="col">{t('sdReports.responseMet')}</th>
                      <th scope="col">{t('sdReports.resolutionMet')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={String(r.key)} data-testid="sd-sla-row">
                        <th scope="row">{formatMonth(String(r.key), lang)}</th>
                        <td>{formatPct(r.response_met_pct, lang)}</td>
                        <td>{formatPct(r.resolution_met_pct, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            );
          }}
        </LoadView>
      </section>

      <PeriodicReport zone={zone} />
      <Tier1CoverageSection />
    </>
  );
}

// The periodic report to the ICT office (Probolinggo Pasal 27 ayat (6)) for one month, as a spreadsheet.
function PeriodicReport({ zone }: { zone: string | undefined }) {
  const { t, lang } = useI18n();
  const [month, setMonth] = useState(() => monthInZone(zone, -1));
  const valid = isMonth(month);
  return (
    <section class="section panel" aria-labelledby="sd-periodic-title" data-testid="sd-periodic">
      <h2 class="heading-m" id="sd-periodic-title">
        {t('sdReports.periodicTitle')}
      </h2>
      <p class="body">{t('sdReports.periodicIntro')}</p>
      <TextField
        id="sd-periodic-month"
        label={t('sdReports.periodicMonth')}
        hint={t('sdReports.monthHint')}
        value={month}
        onInput={setMonth}
        error={month && !valid ? t('sdReports.error.month') : undefined}
        width="short"
        inputProps={{ maxLength: 7, inputMode: 'numeric' }}
      />
      {valid ? (
        <p class="body">
          <a class="button button--link button--secondary" href={periodicReportUrl(month.trim())} download data-testid="sd-periodic-download">
            {t('sdReports.periodicDownload', { month: formatMonth(month.trim(), lang) })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
