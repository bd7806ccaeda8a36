// "Persetujuan": who must approve this change before development and
// implementation (the ICT office or the GCIO, as the region's regulation says for
// this kind of change, with the article and its sentence from the API), the
// decision once taken, and for the approver (the server says so in
// `approval.may_decide`) the approve and refuse buttons with a note; refusing
// needs the reason. 403 says who may decide; 412 a conflict; 422 beside the field
// (e.g. no rollback plan yet).
import { useState } from 'preact/hooks';
import { takeChangeAction } from '../../api/changes';
import type { Change } from '../../api/changeTypes';
import { formatDateTime } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import { approverLabel } from './labels';

const IDS = { note: 'change-approval-note' };

interface Props {
  change: Change;
  etag: string;
  zone: string | undefined;
  onDone: (change: Change, etag: string | undefined, action: string) => void;
  onStale: () => void;
}

export function ApprovalBox({ change, etag, zone, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const approval = change.approval;
  const [note, setNote] = useState('');
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);
  const who = approverLabel(approval.approver, approval.approver_label, i18n);
  const cited = approval.citation;
  const mayDecide = approval.may_decide && change.allowed_actions.some((a) => a === 'approve' || a === 'refuse');

  const decide = (action: 'approve' | 'refuse') =>
    send({
      check: ({ t }: I18n) => fieldErrors([[IDS.note, action === 'refuse' && !note.trim() ? t('change.error.refuseReason') : null]]),
      request: () => takeChangeAction(change.id, { action, note: note.trim() }, etag),
      onSent: (next, nextEtag) => {
        setNote('');
        onDone(next, nextEtag, action);
      },
      explain: (error, shown, wording) =>
        error.status === 403 ? { ...shown, summary: [{ text: wording.t('change.decideForbidden', { approver: who }) }, ...shown.summary] } : shown,
    })();

  const decision = approval.decision;
  return (
    <section class="section panel change-approval" aria-labelledby="change-approval-title" data-testid="change-approval">
      <h2 class="heading-m" id="change-approval-title">
        {t('change.approvalTitle')}
      </h2>
      <p class="body" data-testid="change-approver">
        {t('change.whoApproves', { approver: who })}
      </p>
      {cited && (
        <div class="change-citation" data-testid="change-approval-citation">
          <p class="body">
            {approval.basis === 'approval_gate' ? t('change.basisGate') : t('change.basisProcess')}{' '}
            <strong data-testid="change-approval-article">
              {cited.article} {cited.regulation}
            </strong>
          </p>
          {cited.text && (
            <blockquote class="change-quote" data-testid="change-approval-text">
              {cited.text}
            </blockquote>
          )}
        </div>
      )}
      <p class="body" data-testid="change-decision" data-decision={decision ?? 'none'}>
        {decision === 'approved' ? (
          <strong class="tag tag--green">{t('change.decisionApproved')}</strong>
        ) : decision === 'refused' ? (
          <strong class="tag tag--red">{t('change.decisionRefused')}</strong>
        ) : (
          <strong class="tag tag--yellow">{change.stage === 'awaiting_approval' ? t('change.decisionWaiting') : t('change.decisionNotAsked')}</strong>
        )}
        {decision && approval.decided_at && (
          <span class="cell-note">
            {t('change.decidedBy', { name: approval.decided_by?.name ?? '—', at: formatDateTime(approval.decided_at, lang, zone) })}
          </span>
        )}
        {decision && approval.note && (
          <span class="cell-note change-text" data-testid="change-decision-note">
            {approval.note}
          </span>
        )}
      </p>
      {change.notice && (
        <p class="body" data-testid="change-approval-notice">
          {lang === 'en' ? change.notice.en : change.notice.id}
        </p>
      )}
      {change.stage === 'awaiting_approval' && !mayDecide && (
        <p class="body secondary" data-testid="change-approval-waiting">
          {t('change.waitingFor', { approver: who })}
        </p>
      )}
      {mayDecide && (
        <form
          class="form"
          noValidate
          data-testid="change-decide-form"
          onSubmit={(event) => {
            event.preventDefault();
            void decide('approve');
          }}
        >
          {conflict && <ConflictBox onReload={onStale} testId="change-approval-conflict" />}
          <ErrorSummary items={errors.summary} focusKey={focusKey} testId="change-approval-error" />
          <p class="body">{t('change.decideIntro')}</p>
          <TextArea id={IDS.note} label={t('change.decisionNote')} hint={t('change.decisionNoteHint')} rows={3} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
          <div class="button-group">
            <button type="submit" class="button" disabled={sending} data-testid="change-approve">
              {t('change.action.approve')}
            </button>
            <button type="button" class="button button--warning" disabled={sending} onClick={() => void decide('refuse')} data-testid="change-refuse">
              {t('change.action.refuse')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
