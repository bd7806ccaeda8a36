// /risiko/laporan/{id}: one monitoring report (Formulir 5.0) — each risk with its current
// and projected magnitude and level, treatments done and planned, who is responsible
// and when — with the summary and (annual) recommendations, refreshing the snapshot of
// the register, and submitting (final). The server says when a period has not ended yet
// or what is missing, citing the region's article.
import { getRiskReport, riskReportPath, riskReportStep, updateRiskReport } from '../../api/risks';
import type { RiskReport } from '../../api/riskTypes';
import { ConflictBox } from '../../components/ConflictBox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { TextArea } from '../../components/form/TextArea';
import { bandByLevel } from '../../components/risk/criteria';
import { LevelBadge } from '../../components/risk/LevelBadge';
import { formatDay, periodLabel } from '../../components/risk/labels';
import { useRiskAccess } from '../../components/risk/useRiskAccess';
import { useRiskCriteria } from '../../components/risk/useRiskCriteria';
import { formatDateTime } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function RiskReportPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <RecordPage
      id={Number(params[0])}
      load={getRiskReport}
      titleOf={(r) => `${t('risk.report.short')} ${r.agency.short_name} ${periodLabel(r.period, i18n)} ${r.year}`}
      loadingTitle={t('risk.report.title')}
      back={{ href: '/risiko/laporan', label: t('risk.report.back'), testId: 'back-to-reports' }}
      view={ReportView}
    />
  );
}

const IDS = { summary: 'risk-report-summary', recommendations: 'risk-report-recommendations' };

function ReportView({ record: report, etag, onChanged, reload }: RecordViewProps<RiskReport>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useRiskAccess();
  const criteria = useRiskCriteria();
  const bands = criteria.state.phase === 'ready' ? criteria.state.data.criteria : null;
  const [done, setDone] = useState<MessageKey | null>(null);
  const owner = access.mayEdit(report.agency.id);
  const draft = report.status === 'draft';
  const annual = report.period === 'annual';
  const steps = useSendForm({});
  const step = (name: 'refresh' | 'submit') =>
    steps.send({
      request: () => riskReportStep(report.id, name, etag),
      onSent: (next: RiskReport, nextEtag) => {
        onChanged(next, nextEtag ?? `"${next.version}"`);
        setDone(name === 'refresh' ? 'risk.report.refreshed' : 'risk.report.submittedDone');
      },
    });
  const badge = (level: number, magnitude: number) => {
    const band = bands ? bandByLevel(bands, level) : null;
    return band ? <LevelBadge level={level} name={band.name} colour={band.colour} magnitude={magnitude} /> : `${magnitude} (${level})`;
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('risk.report.title')}</span>
        <span data-testid="risk-report-name">
          {report.agency.name} — {periodLabel(report.period, i18n)} {report.year}
        </span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${report.status === 'submitted' ? 'green' : report.overdue ? 'red' : 'yellow'}`} data-testid="risk-report-status">
          {t(report.status === 'submitted' ? 'risk.report.submitted' : 'risk.report.draftStatus')}
        </strong>
      </p>
      {done && <SavedNotice testId="risk-report-done" text={t(done)} />}
      {steps.conflict && <ConflictBox testId="risk-report-step-conflict" onReload={reload} />}
      <ErrorSummary items={steps.errors.summary} focusKey={steps.focusKey} />
      <SummaryList
        testId="risk-report-facts"
        rows={[
          { key: 'period', label: t('risk.report.period'), value: `${formatDay(report.period_starts_on, lang)} – ${formatDay(report.period_ends_on, lang)}` },
          { key: 'due', label: t('risk.report.due'), value: <span>{formatDay(report.due_on, lang)}{report.overdue && <span class="cell-note risk-overdue">{t('risk.report.overdue')}</span>}</span> },
          ...(report.submitted_at
            ? [{ key: 'submitted', label: t('risk.report.submittedAt'), value: `${formatDateTime(report.submitted_at, lang, zone)}${report.submitted_by ? ` — ${report.submitted_by.display_name}` : ''}` }]
            : []),
        ]}
      />
      {!owner && (
        <p class="body secondary" data-testid="risk-report-read-only">
          {t('risk.report.readOnly')}
        </p>
      )}

      <section class="section" aria-labelledby="risk-report-entries-title">
        <h2 class="heading-l" id="risk-report-entries-title">
          {t('risk.report.entriesTitle')}
          <span class="heading-count"> ({report.entries.length})</span>
        </h2>
        {report.entries.length === 0 ? (
          <p class="body">{t('risk.report.entriesNone')}</p>
        ) : (
          <table class="table table--stacked table--compact" data-testid="risk-report-entries">
            <thead>
              <tr>
                <th scope="col">{t('risk.number')}</th>
                <th scope="col">{t('risk.report.risk')}</th>
                <th scope="col">{t('risk.report.current')}</th>
                <th scope="col">{t('risk.report.projected')}</th>
                <th scope="col">{t('risk.report.done')}</th>
                <th scope="col">{t('risk.report.planned')}</th>
                <th scope="col">{t('risk.ownerAgency')}</th>
              </tr>
            </thead>
            <tbody>
              {report.entries.map((e) => (
                <tr key={e.risk_id} data-testid="risk-report-entry">
                  <td data-label={t('risk.number')}>{e.number}</td>
                  <th scope="row" data-label={t('risk.report.risk')}>
                    <a class="link risk-text" href={`/risiko/${e.risk_id}`}>
                      {e.event}
                    </a>
                    {e.spbe_goal && <span class="cell-note secondary">{e.spbe_goal}</span>}
                  </th>
                  <td data-label={t('risk.report.current')}>{badge(e.level, e.magnitude)}</td>
                  <td data-label={t('risk.report.projected')}>{badge(e.projected_level, e.projected_magnitude)}</td>
                  <td data-label={t('risk.report.done')}>
                    {e.treatments_done.length ? e.treatments_done.map((x) => <span key={x.treatment_id} class="cell-line risk-text">{x.actions}</span>) : '—'}
                  </td>
                  <td data-label={t('risk.report.planned')}>
                    {e.treatments_planned.length
                      ? e.treatments_planned.map((x) => (
                          <span key={x.treatment_id} class="cell-line risk-text">
                            {x.actions} ({formatDay(x.due_on, lang)})
                          </span>
                        ))
                      : '—'}
                  </td>
                  <td data-label={t('risk.ownerAgency')}>
                    {e.owner}
                    {e.schedule && <span class="cell-note secondary">{formatDay(e.schedule.starts_on, lang)} – {formatDay(e.schedule.due_on, lang)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {owner && draft ? (
        <ReportTextForm key={etag} report={report} etag={etag} annual={annual} onSaved={(next, nextEtag) => { onChanged(next, nextEtag ?? `"${next.version}"`); setDone('risk.report.saved'); }} />
      ) : (
        <SummaryList
          testId="risk-report-texts"
          rows={[
            { key: 'summary', label: t('risk.report.summary'), value: report.summary ? <span class="risk-text">{report.summary}</span> : t('risk.notFilled') },
            ...(annual ? [{ key: 'rec', label: t('risk.report.recommendations'), value: report.recommendations ? <span class="risk-text">{report.recommendations}</span> : t('risk.notFilled') }] : []),
          ]}
        />
      )}

      {owner && draft && (
        <div class="button-group">
          {report.allowed_actions.includes('refresh') && (
            <button type="button" class="button button--secondary" disabled={steps.sending} onClick={step('refresh')} data-testid="risk-report-refresh">
              {t('risk.report.refresh')}
            </button>
          )}
          {report.allowed_actions.includes('submit') && (
            <button type="button" class="button" disabled={steps.sending} onClick={step('submit')} data-testid="risk-report-submit">
              {t('risk.report.submit')}
            </button>
          )}
        </div>
      )}
      {owner && draft && (
        <p class="body secondary" data-testid="risk-report-submit-hint">
          {report.allowed_actions.includes('submit') ? t('risk.report.submitHint') : t('risk.report.submitLater', { date: formatDay(report.period_ends_on, lang) })}
        </p>
      )}
      <RecordHistory recordPath={riskReportPath(report.id)} version={report.version} zone={zone} />
    </>
  );
}

function ReportTextForm({ report, etag, annual, onSaved }: { report: RiskReport; etag: string; annual: boolean; onSaved: (r: RiskReport, etag?: string) => void }) {
  const { t } = useI18n();
  const form = useVersionedForm<{ report: RiskReport; etag: string }, { summary: string; recommendations: string }>(
    { report, etag },
    (b) => ({ summary: b.report.summary, recommendations: b.report.recommendations }),
    IDS,
  );
  const save = form.save({
    check: ({ t: tt }) => ({
      summary: [
        ...(form.values.summary.length > 10000 ? [{ text: tt('risk.error.tooLong', { n: 10000 }), fieldId: IDS.summary }] : []),
        ...(form.values.recommendations.length > 10000 ? [{ text: tt('risk.error.tooLong', { n: 10000 }), fieldId: IDS.recommendations }] : []),
      ],
      fields: {
        ...(form.values.summary.length > 10000 ? { [IDS.summary]: tt('risk.error.tooLong', { n: 10000 }) } : {}),
        ...(form.values.recommendations.length > 10000 ? { [IDS.recommendations]: tt('risk.error.tooLong', { n: 10000 }) } : {}),
      },
    }),
    send: () => {
      const changes: { summary?: string; recommendations?: string } = {};
      if (form.values.summary !== form.base.report.summary) changes.summary = form.values.summary;
      if (annual && form.values.recommendations !== form.base.report.recommendations) changes.recommendations = form.values.recommendations;
      return Object.keys(changes).length === 0 ? null : updateRiskReport(form.base.report.id, changes, form.base.etag);
    },
    onSaved: (next, nextEtag) => onSaved(next, nextEtag),
  });
  return (
    <section class="section" aria-labelledby="risk-report-text-title">
      <h2 class="heading-l" id="risk-report-text-title">
        {t('risk.report.textsTitle')}
      </h2>
      {form.conflict && (
        <ConflictBox testId="risk-report-conflict" onReload={() => void form.reload(getRiskReport(report.id), (latest, latestEtag) => ({ report: latest, etag: latestEtag ?? `"${latest.version}"` }))} />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="risk-report-text-form">
        <ErrorSummary items={form.errors.summary} focusKey={form.focusKey} />
        <TextArea id={IDS.summary} label={t('risk.report.summary')} hint={t('risk.report.summaryHint')} value={form.values.summary} onInput={(summary) => form.set({ summary })} error={form.errors.fields[IDS.summary]} rows={5} />
        {annual && (
          <TextArea
            id={IDS.recommendations}
            label={t('risk.report.recommendations')}
            hint={t('risk.report.recommendationsHint')}
            value={form.values.recommendations}
            onInput={(recommendations) => form.set({ recommendations })}
            error={form.errors.fields[IDS.recommendations]}
            rows={5}
          />
        )}
        <div class="button-group">
          <button type="submit" class="button button--secondary" disabled={form.saving} data-testid="risk-report-save">
            {t('risk.report.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
