// The yearly inventory report of ICT assets for the regional asset office (Kendari Pasal 19
// ayat (11)-(12); elsewhere the coordination of Madiun Pasal 35 ayat (4)): every report
// with its year, state, totals and the assets still without a number in the region's asset
// information system; one opened shows its rows per agency and category, the assets
// missing that number, the workbook, and — for the ICT office while it is a draft — the
// form to record that it was sent, to whom and when. The ICT office makes a report for a
// year (a draft of the same year is replaced by a fresh snapshot).
import { useState } from 'preact/hooks';
import { assetPagePath, createInventoryReport, getInventoryReport, listInventoryReports, reportWorkbookPath, submitInventoryReport } from '../../api/assets';
import type { InventoryReport } from '../../api/assetTypes';
import { rupiah } from '../../format/budget';
import { formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { categoryLabel } from './labels';

interface Props {
  mayManage: boolean;
  zone: string | undefined;
  year: number; // the current year in the region
}

export function InventoryReports({ mayManage, zone, year }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const loaded = useLoad((signal) => listInventoryReports({ signal }));
  const [open, setOpen] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [making, setMaking] = useState(false);

  return (
    <section class="section" aria-labelledby="asset-reports-title" data-testid="asset-reports">
      <h2 class="heading-l" id="asset-reports-title">
        {t('asset.report.listTitle')}
      </h2>
      <p class="body">{t('asset.report.intro')}</p>
      {done && <SavedNotice testId="asset-report-done" text={done} />}
      {mayManage &&
        (making ? (
          <MakeForm
            year={year}
            onClose={() => setMaking(false)}
            onMade={(report) => {
              setMaking(false);
              setDone(t('asset.report.made', { year: report.year }));
              setOpen(report.id);
              loaded.reload();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('asset.report.make')}
            testId="asset-report-make"
            onClick={() => {
              setDone(null);
              setMaking(true);
            }}
          />
        ))}
      <LoadView loaded={loaded}>
        {({ items }) =>
          items.length === 0 ? (
            <p class="body secondary" data-testid="asset-reports-none">
              {t('asset.report.none')}
            </p>
          ) : (
            <table class="table table--stacked table--compact" data-testid="asset-report-table">
              <caption class="visually-hidden">{t('asset.report.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('asset.report.year')}</th>
                  <th scope="col">{t('asset.report.state')}</th>
                  <th scope="col">{t('asset.report.totals')}</th>
                  <th scope="col">{t('asset.report.missing')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id} data-testid="asset-report-row" data-report-id={r.id} data-year={r.year}>
                    <th scope="row" data-label={t('asset.report.year')} data-testid="asset-report-row-year">
                      {r.year}
                    </th>
                    <td data-label={t('asset.report.state')}>
                      <strong class={`tag tag--${r.state === 'sent' ? 'green' : 'yellow'}`} data-testid="asset-report-state">
                        {r.state === 'sent' ? t('asset.report.stateSent') : t('asset.report.stateDraft')}
                      </strong>
                      <span class="cell-note secondary">
                        {r.state === 'sent' && r.sent_on
                          ? t('asset.report.sentTo', { recipient: r.recipient, date: formatDay(r.sent_on, lang) })
                          : t('asset.report.madeOn', { date: formatDay(r.made_on, lang) })}
                      </span>
                    </td>
                    <td data-label={t('asset.report.totals')} data-testid="asset-report-totals">
                      {t('asset.report.totalsText', { n: r.totals.count, value: rupiah(r.totals.value, lang) })}
                    </td>
                    <td data-label={t('asset.report.missing')} data-testid="asset-report-missing">
                      {r.missing_regional_code_count}
                    </td>
                    <td data-label={t('common.actions')}>
                      <button type="button" class="link-button" onClick={() => setOpen(open === r.id ? null : r.id)} data-testid="asset-report-open" aria-expanded={open === r.id}>
                        {open === r.id ? t('asset.report.close') : t('asset.report.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </LoadView>
      {open !== null && (
        <ReportDetail
          key={open}
          id={open}
          mayManage={mayManage}
          zone={zone}
          onSent={(report) => {
            setDone(t('asset.report.sentDone', { year: report.year }));
            loaded.reload();
          }}
        />
      )}
    </section>
  );
}

function MakeForm({ year, onClose, onMade }: { year: number; onClose: () => void; onMade: (report: InventoryReport) => void }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState(String(year - 1));
  const { errors, focusKey, sending, send } = useSendForm({ year: 'asset-report-year' });
  const submit = send({ request: () => createInventoryReport(Number(chosen)), onSent: onMade });
  const years = [year, year - 1, year - 2, year - 3, year - 4].map((y) => ({ value: String(y), label: String(y) }));
  return (
    <FormPanel title={t('asset.report.makeTitle')} testId="asset-report-make-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="asset-report-make-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <SelectField id="asset-report-year" label={t('asset.report.year')} hint={t('asset.report.yearHint')} value={chosen} options={years} onChange={setChosen} error={errors.fields['asset-report-year']} />
        <SaveCancelButtons saveLabel={t('asset.report.makeSubmit')} saveTestId="asset-report-make-submit" saving={sending} cancelTestId="asset-report-make-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

function ReportDetail({ id, mayManage, zone, onSent }: { id: number; mayManage: boolean; zone: string | undefined; onSent: (report: InventoryReport) => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const loaded = useLoad((signal) => getInventoryReport(id, { signal }), String(id));
  return (
    <div class="panel" data-testid="asset-report-detail">
      <LoadView loaded={loaded}>
        {(report, etag) => (
          <>
            <h3 class="heading-m" data-testid="asset-report-detail-title">
              {t('asset.report.detailTitle', { year: report.year })}
            </h3>
            {report.obligation ? (
              <p class="body" data-testid="asset-report-obligation">
                {t('asset.report.obligation', { article: report.obligation.article })}{' '}
                <span class="secondary">{report.obligation.citation}</span>
              </p>
            ) : (
              <p class="body secondary" data-testid="asset-report-obligation">
                {t('asset.report.noObligation')}
              </p>
            )}
            <p class="body" data-testid="asset-report-detail-totals">
              {t('asset.report.totalsText', { n: report.totals.count, value: rupiah(report.totals.value, lang) })}
            </p>
            <p class="body">
              <a class="button button--secondary" href={reportWorkbookPath(report.id)} download data-testid="asset-report-xlsx">
                {t('asset.report.xlsx')}
              </a>
            </p>
            {(report.rows ?? []).length > 0 && (
              <table class="table table--stacked table--compact" data-testid="asset-report-rows">
                <caption class="visually-hidden">{t('asset.report.rowsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('asset.agency')}</th>
                    <th scope="col">{t('asset.category')}</th>
                    <th scope="col">{t('asset.report.byStage')}</th>
                    <th scope="col">{t('asset.report.count')}</th>
                    <th scope="col">{t('asset.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(report.rows ?? []).map((r) => (
                    <tr key={`${r.agency_id}-${r.category}-${r.kind}`} data-testid="asset-report-line">
                      <th scope="row" data-label={t('asset.agency')}>
                        {r.agency_name}
                      </th>
                      <td data-label={t('asset.category')}>{categoryLabel(r.category, i18n)}</td>
                      <td data-label={t('asset.report.byStage')}>
                        {t('asset.report.stages', { planning: r.planning, procurement: r.procurement, in_use: r.in_use, maintenance: r.maintenance, disposed: r.disposed })}
                      </td>
                      <td data-label={t('asset.report.count')}>{r.count}</td>
                      <td data-label={t('asset.value')}>{rupiah(r.value, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h4 class="heading-s">
              {t('asset.report.missingTitle')} <span class="heading-count">({report.missing_regional_code_count})</span>
            </h4>
            {(report.missing_regional_code ?? []).length === 0 ? (
              <p class="body secondary" data-testid="asset-report-missing-none">
                {t('asset.report.missingNone')}
              </p>
            ) : (
              <ul class="list" data-testid="asset-report-missing-list">
                {(report.missing_regional_code ?? []).slice(0, 50).map((m) => (
                  <li key={m.asset_id}>
                    <a class="link asset-text" href={assetPagePath(m.asset_id)}>
                      {m.code} — {m.name}
                    </a>{' '}
                    <span class="secondary">({m.owner_agency_name})</span>
                  </li>
                ))}
                {report.missing_regional_code_count > 50 && <li class="secondary">{t('asset.report.missingMore', { n: report.missing_regional_code_count - 50 })}</li>}
              </ul>
            )}
            {report.state === 'sent' ? (
              <p class="body" data-testid="asset-report-sent">
                <strong class="tag tag--green">{t('asset.report.stateSent')}</strong>{' '}
                {t('asset.report.sentTo', { recipient: report.recipient, date: report.sent_on ? formatDay(report.sent_on, lang) : '—' })}
              </p>
            ) : (
              mayManage && (
                <SendForm
                  report={report}
                  etag={etag ?? `"${report.version}"`}
                  zone={zone}
                  onStale={loaded.reload}
                  onSent={(next, nextEtag) => {
                    loaded.replace(next, nextEtag);
                    onSent(next);
                  }}
                />
              )
            )}
          </>
        )}
      </LoadView>
    </div>
  );
}

const SEND_IDS = { sent_on: 'asset-report-sent-on', recipient: 'asset-report-recipient' };

function SendForm({ report, etag, zone, onSent, onStale }: { report: InventoryReport; etag: string; zone: string | undefined; onSent: (r: InventoryReport, etag?: string) => void; onStale: () => void }) {
  const { t } = useI18n();
  const today = todayInZone(zone);
  const [sentOn, setSentOn] = useState(today);
  const [recipient, setRecipient] = useState(report.recipient || report.recipient_suggestion);
  const { errors, focusKey, sending, conflict, send } = useSendForm(SEND_IDS);
  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [SEND_IDS.sent_on, !sentOn ? t('asset.error.sentOnMissing') : sentOn > today ? t('asset.error.sentOnFuture') : null],
        [SEND_IDS.recipient, !recipient.trim() ? t('asset.error.recipientMissing') : recipient.trim().length > 200 ? t('asset.error.tooLong', { n: 200 }) : null],
      ]),
    request: () => submitInventoryReport(report.id, { sent_on: sentOn, recipient: recipient.trim() }, etag),
    onSent,
  });
  return (
    <form class="form" onSubmit={submit} noValidate data-testid="asset-report-send-form">
      <h4 class="heading-s">{t('asset.report.sendTitle')}</h4>
      {conflict && <ConflictBox onReload={onStale} testId="asset-report-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <TextField id={SEND_IDS.recipient} label={t('asset.report.recipient')} hint={t('asset.report.recipientHint')} value={recipient} onInput={setRecipient} error={errors.fields[SEND_IDS.recipient]} autoComplete="off" />
      <TextField id={SEND_IDS.sent_on} label={t('asset.report.sentOn')} type="date" value={sentOn} onInput={setSentOn} error={errors.fields[SEND_IDS.sent_on]} width="half" inputProps={{ max: today }} />
      <div class="button-group">
        <button type="submit" class="button" disabled={sending} data-testid="asset-report-send">
          {t('asset.report.send')}
        </button>
      </div>
    </form>
  );
}
