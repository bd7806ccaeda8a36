// /kepatuhan/pernyataan/{id} (everyone but citizens): one statement of compliance —
// the duty with its citation, the subject, when it was done and until when it holds,
// the document's reference and file, who stated it and when; whether it is in force or
// withdrawn (by whom, why). Whoever may record it may withdraw it, with a reason; the
// version they saw goes along (If-Match) and a 412 is explained with "load the latest".
import { useState } from 'preact/hooks';
import { agencyCompliancePage, COMPLIANCE_PAGE, getStatement, obligationPage, withdrawStatement, type Statement } from '../../api/compliance';
import { ConflictBox } from '../../components/ConflictBox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { TextArea } from '../../components/form/TextArea';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { subjectKindLabel } from './complianceWords';
import { subjectAgency, useComplianceAccess } from './useComplianceAccess';

export function StatementPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getStatement}
      titleOf={(s) => t('compliance.statementTitle', { reference: s.reference })}
      loadingTitle={t('compliance.statementCreateTitle')}
      back={{ href: COMPLIANCE_PAGE, label: t('compliance.back'), testId: 'cm-back' }}
      view={StatementView}
    />
  );
}

function StatementView({ record: s, etag, onChanged, reload }: RecordViewProps<Statement>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useComplianceAccess();
  const [done, setDone] = useState(false);
  const mayWithdraw = s.status === 'in_force' && access.mayState(s.subject_kind, s.agency_id);
  const agencyId = subjectAgency(s.subject_kind, s.agency_id);
  const subjectName = s.subject?.name ?? `${s.subject_kind} ${s.subject_id}`;

  const rows: SummaryRow[] = [
    {
      key: 'duty',
      label: t('compliance.obligation'),
      value: (
        <a class="link" href={obligationPage(s.obligation_id)} data-testid="cm-stp-obligation">
          {s.obligation?.citation ?? s.obligation_id}
        </a>
      ),
    },
    {
      key: 'subject',
      label: subjectKindLabel(s.subject_kind, i18n),
      value: s.subject?.href ? (
        <a class="link" href={s.subject.href} data-testid="cm-stp-subject">
          {subjectName}
        </a>
      ) : (
        <span data-testid="cm-stp-subject">{subjectName}</span>
      ),
    },
    { key: 'done', label: t('compliance.doneOn'), value: <span data-testid="cm-stp-done-on">{formatDay(s.done_on, lang)}</span> },
    ...(s.valid_until ? [{ key: 'until', label: t('compliance.validUntil'), value: formatDay(s.valid_until, lang) }] : []),
    { key: 'reference', label: t('compliance.reference'), value: <span data-testid="cm-stp-reference" style={{ overflowWrap: 'anywhere' }}>{s.reference}</span> },
    ...(s.note ? [{ key: 'note', label: t('compliance.note'), value: <span style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{s.note}</span> }] : []),
    ...(s.file_href
      ? [{ key: 'file', label: t('compliance.file'), value: <a class="link" href={s.file_href} download data-testid="cm-stp-file">{t('compliance.fileDownload')}</a> }]
      : []),
    { key: 'by', label: t('compliance.statedBy'), value: t('compliance.byAt', { who: s.created_by, at: formatDateTime(s.created_at, lang, zone) }) },
    ...(s.withdrawn_at
      ? [
          { key: 'withdrawn', label: t('compliance.withdrawnLabel'), value: t('compliance.byAt', { who: s.withdrawn_by ?? '—', at: formatDateTime(s.withdrawn_at, lang, zone) }) },
          { key: 'why', label: t('compliance.withdrawReason'), value: <span data-testid="cm-stp-withdraw-reason">{s.withdraw_reason}</span> },
        ]
      : []),
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('compliance.statementCaption')}</span>
        <span data-testid="cm-stp-heading" style={{ overflowWrap: 'anywhere' }}>{s.reference}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${s.status === 'in_force' ? 'green' : 'grey'}`} data-testid="cm-stp-status" data-status={s.status}>
          {s.status === 'in_force' ? t('compliance.inForce') : t('compliance.withdrawn')}
        </strong>
      </p>
      {done && <SavedNotice testId="cm-stp-done" text={t('compliance.withdrawDone')} />}
      {s.obligation && (
        <blockquote class="body" lang="id" data-testid="cm-stp-text">
          {s.obligation.text}
        </blockquote>
      )}
      <SummaryList testId="cm-stp-facts" rows={rows} />
      {agencyId !== null && (
        <p class="body">
          <a class="link" href={agencyCompliancePage(agencyId)} data-testid="cm-stp-agency">
            {t('compliance.openAgencyDuties')}
          </a>
        </p>
      )}
      {mayWithdraw && (
        <WithdrawPanel
          key={etag}
          statement={s}
          etag={etag}
          onStale={reload}
          onDone={(next, nextEtag) => {
            setDone(true);
            onChanged(next, nextEtag);
          }}
        />
      )}
    </>
  );
}

interface WithdrawProps {
  statement: Statement;
  etag: string;
  onStale: () => void;
  onDone: (statement: Statement, etag?: string) => void;
}

const REASON_ID = 'cm-stp-reason';

function WithdrawPanel({ statement, etag, onStale, onDone }: WithdrawProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, focusKey, sending, conflict, send } = useSendForm({ reason: REASON_ID });
  const submit = send({
    check: (wording: I18n) => fieldErrors([[REASON_ID, reason.trim() ? null : wording.t('compliance.error.reason')]]),
    request: () => withdrawStatement(statement.id, reason.trim(), etag),
    onSent: onDone,
  });

  if (!open) return <OpenFormButton label={t('compliance.withdraw')} testId="cm-stp-withdraw-open" onClick={() => setOpen(true)} />;
  return (
    <section class="section panel" aria-labelledby="cm-stp-withdraw-title" data-testid="cm-stp-withdraw">
      <h2 class="heading-m" id="cm-stp-withdraw-title">
        {t('compliance.withdraw')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="cm-stp-conflict" />}
      <p class="body">{t('compliance.withdrawIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="cm-stp-withdraw-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextArea id={REASON_ID} label={t('compliance.withdrawReason')} value={reason} onInput={setReason} error={errors.fields[REASON_ID]} />
        <SaveCancelButtons saveLabel={t('compliance.withdrawSubmit')} saveTestId="cm-stp-withdraw-submit" saving={sending} cancelTestId="cm-stp-withdraw-cancel" onCancel={() => setOpen(false)} />
      </form>
    </section>
  );
}
