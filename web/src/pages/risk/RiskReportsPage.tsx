// /risiko/laporan (everyone but citizens): the monitoring reports (Formulir 5.0) of a
// year — quarterly (Triwulan I-III) and annual — per unit, with their status and due
// date; the reports still missing or overdue; and, for an agency's operator (their
// own agency) or the ICT office, drafting a report for a period. The server refuses a
// period that has not begun or a second report, citing the region's article.
import { useState } from 'preact/hooks';
import { createRiskReport, listRiskReports } from '../../api/risks';
import { REPORT_PERIODS } from '../../api/riskTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadView } from '../../components/LoadView';
import { SelectField } from '../../components/form/SelectField';
import { RiskPageHeading } from '../../components/risk/RiskNav';
import { formatDay, periodLabel } from '../../components/risk/labels';
import { useYearAgency } from '../../components/risk/useYearAgency';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { yearOptions } from './RisksPage';

export const reportPagePath = (id: number) => `/risiko/laporan/${id}`;
const IDS = { agency_id: 'risk-report-new-agency', period: 'risk-report-new-period', year: 'risk-report-new-period' };

export function RiskReportsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  usePageTitle(t('risk.report.title'));
  const { access, now, year, setYear, agency, setAgency, agencies } = useYearAgency();
  const reports = useLoad((signal) => listRiskReports({ year, agency_id: agency }, { signal }), `${year}|${agency}`);
  const [period, setPeriod] = useState('');
  const [newAgency, setNewAgency] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const draftAgency = access.ownAgencyId ?? (newAgency ? Number(newAgency) : null);
  const submit = send({
    check: ({ t: tt }) =>
      fieldErrors([
        [IDS.agency_id, draftAgency === null ? tt('risk.error.agencyMissing') : null],
        [IDS.period, period ? null : tt('risk.error.periodMissing')],
      ]),
    request: () => createRiskReport({ agency_id: draftAgency!, year: Number(year), period }),
    onSent: (data) => {
      const path = reportPagePath(data.id);
      flashOn(path, 'risk.report.created');
      navigate(path);
    },
  });

  return (
    <>
      <RiskPageHeading current="reports" title={t('risk.report.title')} intro={t('risk.report.intro')} testId="risk-report-heading" />
      <div class="filter">
        <div class="filter__fields">
          <SelectField id="risk-report-year" label={t('risk.year')} value={year} onChange={setYear} options={yearOptions(now)} />
          <SelectField
            id="risk-report-agency"
            label={t('risk.agency')}
            value={agency}
            onChange={setAgency}
            options={[{ value: '', label: t('risk.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
        </div>
      </div>

      {access.mayCreate && (
        <section class="section panel" aria-labelledby="risk-report-new-title">
          <h2 class="heading-m" id="risk-report-new-title">
            {t('risk.report.newTitle', { year })}
          </h2>
          <form class="form" onSubmit={submit} noValidate data-testid="risk-report-new-form">
            <ErrorSummary items={errors.summary} focusKey={focusKey} />
            {access.ownAgencyId === null && (
              <SelectField
                id={IDS.agency_id}
                label={t('risk.agency')}
                value={newAgency}
                onChange={setNewAgency}
                options={[{ value: '', label: t('risk.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
                error={errors.fields[IDS.agency_id]}
              />
            )}
            <SelectField
              id={IDS.period}
              label={t('risk.report.period')}
              hint={t('risk.report.periodHint')}
              value={period}
              onChange={setPeriod}
              options={[{ value: '', label: t('risk.report.choosePeriod') }, ...REPORT_PERIODS.map((p) => ({ value: p, label: periodLabel(p, i18n) }))]}
              error={errors.fields[IDS.period]}
            />
            <div class="button-group">
              <button type="submit" class="button" disabled={sending} data-testid="risk-report-new-submit">
                {t('risk.report.draft')}
              </button>
            </div>
          </form>
        </section>
      )}

      <LoadView loaded={reports}>
        {(list) => (
          <>
            <section class="section" aria-labelledby="risk-report-missing-title" data-testid="risk-report-missing">
              <h2 class="heading-l" id="risk-report-missing-title">
                {t('risk.report.missingTitle')}
              </h2>
              {list.missing.length === 0 ? (
                <p class="body" data-testid="risk-report-missing-none">
                  {t('risk.report.missingNone')}
                </p>
              ) : (
                <ul class="risk-list">
                  {list.missing.map((m) => (
                    <li key={`${m.agency.id}-${m.period}`} class="risk-list__item" data-testid="risk-report-missing-item">
                      <p class="body">
                        <strong>{m.agency.short_name}</strong> — {periodLabel(m.period, i18n)} {m.year}{' '}
                        {m.overdue ? (
                          <strong class="tag tag--red">{t('risk.report.overdue')}</strong>
                        ) : (
                          <strong class="tag tag--yellow">{t('risk.report.missing')}</strong>
                        )}
                      </p>
                      <p class="body secondary">{t('risk.report.dueOn', { date: formatDay(m.due_on, lang) })}</p>
                      {m.draft_report_id !== null && (
                        <p class="body">
                          <a class="link" href={reportPagePath(m.draft_report_id)}>
                            {t('risk.report.openDraft')}
                          </a>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section class="section" aria-labelledby="risk-report-list-title">
              <h2 class="heading-l" id="risk-report-list-title">
                {t('risk.report.listTitle', { year: list.year })}
              </h2>
              {list.items.length === 0 ? (
                <p class="body" data-testid="risk-report-none">
                  {t('risk.report.none')}
                </p>
              ) : (
                <table class="table table--stacked table--compact" data-testid="risk-report-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('risk.agency')}</th>
                      <th scope="col">{t('risk.report.period')}</th>
                      <th scope="col">{t('risk.statusLabel')}</th>
                      <th scope="col">{t('risk.report.due')}</th>
                      <th scope="col" class="numeric">{t('risk.report.entries')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.items.map((r) => (
                      <tr key={r.id} data-testid="risk-report-row">
                        <th scope="row" data-label={t('risk.agency')}>
                          <abbr title={r.agency.name}>{r.agency.short_name}</abbr>
                        </th>
                        <td data-label={t('risk.report.period')}>
                          <a class="link" href={reportPagePath(r.id)} data-testid="risk-report-open">
                            {periodLabel(r.period, i18n)} {r.year}
                          </a>
                        </td>
                        <td data-label={t('risk.statusLabel')}>
                          <strong class={`tag tag--${r.status === 'submitted' ? 'green' : r.overdue ? 'red' : 'yellow'}`}>{t(r.status === 'submitted' ? 'risk.report.submitted' : 'risk.report.draftStatus')}</strong>
                          {r.overdue && <span class="cell-note risk-overdue">{t('risk.report.overdue')}</span>}
                        </td>
                        <td data-label={t('risk.report.due')}>{formatDay(r.due_on, lang)}</td>
                        <td class="numeric" data-label={t('risk.report.entries')}>
                          {r.entry_count}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
      </LoadView>
    </>
  );
}
