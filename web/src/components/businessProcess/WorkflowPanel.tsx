// The steps of a business process (Kendari Pasal 9 ayat (2)-(3)): the agency
// submits its draft once it names the architecture version it is based on and
// has at least one step (what is still missing is said beforehand, from
// `missing_for_submission`); the organisation bureau (its operators or the
// superadmin) coordinates it, or returns it to draft with a reason. Each button
// shows only to whoever may use it, with what it does; the server's refusal
// (409 citing the article, 403) is shown in plain words, 412 as a conflict.
import { useState } from 'preact/hooks';
import { takeProcessStep, type ProcessStepName } from '../../api/businessProcesses';
import type { BusinessProcess } from '../../api/businessProcessTypes';
import { missingLabel } from '../../format/businessProcess';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import type { ProcessAccess } from './useProcessAccess';

const REASON_ID = 'bp-return-reason';
const NOTE_ID = 'bp-coordinate-note';

interface Props {
  process: BusinessProcess;
  etag: string;
  access: ProcessAccess;
  onDone: (process: BusinessProcess, etag: string | undefined, message: MessageKey) => void;
  onStale: () => void;
  onComplete: (() => void) | null; // opens the edit form, to fill in what is missing
}

const DONE: Record<ProcessStepName, MessageKey> = {
  submit: 'businessProcess.done.submit',
  coordinate: 'businessProcess.done.coordinate',
  return: 'businessProcess.done.return',
};

export function WorkflowPanel({ process, etag, access, onDone, onStale, onComplete }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<'coordinate' | 'return' | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const { errors, focusKey, sending, conflict: stale, send } = useSendForm({ reason: REASON_ID, note: NOTE_ID });

  const owner = access.mayEdit(process.agency_id);
  const maySubmit = process.status === 'draft' && owner;
  const mayCoordinate = process.status === 'submitted' && access.isBureau;
  const missing = process.missing_for_submission;
  if (!maySubmit && !mayCoordinate) {
    if (process.status === 'submitted' && access.known)
      return (
        <p class="body secondary" data-testid="bp-under-coordination">
          {owner ? t('businessProcess.underCoordinationOwner') : t('businessProcess.underCoordination')}
        </p>
      );
    return null;
  }

  const step = (which: ProcessStepName) =>
    send({
      check: ({ t }: I18n) =>
        fieldErrors([[REASON_ID, which !== 'return' || reason.trim() ? null : t('businessProcess.error.reasonMissing')]]),
      request: () =>
        takeProcessStep(process.id, which, etag, which === 'return' ? reason.trim() : which === 'coordinate' ? note.trim() : undefined),
      onSent: (saved, savedEtag) => {
        setOpen(null);
        setReason('');
        setNote('');
        onDone(saved, savedEtag, DONE[which]);
      },
      // A refusal by role: say plainly who may do it, then the server's words (with the article).
      explain: (error, shown, wording) =>
        error.status === 403 ? { ...shown, summary: [{ text: wording.t('businessProcess.forbiddenStep') }, ...shown.summary] } : shown,
    })();

  return (
    <section class="section panel" aria-labelledby="bp-workflow-title" data-testid="bp-workflow">
      <h2 class="heading-m" id="bp-workflow-title">
        {t('businessProcess.workflowTitle')}
      </h2>
      {stale && <ConflictBox onReload={onStale} testId="bp-workflow-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="bp-workflow-error" />
      {maySubmit && (
        <>
          {missing.length > 0 ? (
            <div class="bp-missing" data-testid="bp-missing">
              <p class="body">
                <strong>{t('businessProcess.missingIntro')}</strong>
              </p>
              <ul class="list">
                {missing.map((m) => (
                  <li key={m} data-testid="bp-missing-item" data-field={m}>
                    {missingLabel(m, i18n)}
                  </li>
                ))}
              </ul>
              {onComplete && (
                <p class="body">
                  <button type="button" class="button button--secondary" onClick={onComplete} data-testid="bp-complete">
                    {t('businessProcess.complete')}
                  </button>
                </p>
              )}
            </div>
          ) : (
            <p class="body" data-testid="bp-ready">
              {t('businessProcess.submitIntro')}
            </p>
          )}
          <p class="body">
            <button type="button" class={`button${missing.length > 0 ? ' button--secondary' : ''}`} disabled={sending} onClick={() => void step('submit')} data-testid="bp-submit">
              {t('businessProcess.submit')}
            </button>
          </p>
        </>
      )}
      {mayCoordinate && (
        <>
          <p class="body">{t('businessProcess.coordinateIntro')}</p>
          {open === null && (
            <div class="button-group">
              <button type="button" class="button" onClick={() => setOpen('coordinate')} data-testid="bp-coordinate">
                {t('businessProcess.coordinate')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setOpen('return')} data-testid="bp-return">
                {t('businessProcess.return')}
              </button>
            </div>
          )}
          {open === 'coordinate' && (
            <form
              class="form"
              noValidate
              data-testid="bp-coordinate-form"
              onSubmit={(event) => {
                event.preventDefault();
                void step('coordinate');
              }}
            >
              <TextArea id={NOTE_ID} label={t('businessProcess.coordinateNote')} value={note} onInput={setNote} error={errors.fields[NOTE_ID]} />
              <div class="button-group">
                <button type="submit" class="button" disabled={sending} data-testid="bp-coordinate-submit">
                  {t('businessProcess.coordinateSubmit')}
                </button>
                <button type="button" class="link-button" onClick={() => setOpen(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
          {open === 'return' && (
            <form
              class="form"
              noValidate
              data-testid="bp-return-form"
              onSubmit={(event) => {
                event.preventDefault();
                void step('return');
              }}
            >
              <TextArea
                id={REASON_ID}
                label={t('businessProcess.returnReason')}
                hint={t('businessProcess.returnReasonHint')}
                value={reason}
                onInput={setReason}
                error={errors.fields[REASON_ID]}
              />
              <div class="button-group">
                <button type="submit" class="button button--warning" disabled={sending} data-testid="bp-return-submit">
                  {t('businessProcess.returnSubmit')}
                </button>
                <button type="button" class="link-button" onClick={() => setOpen(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}
