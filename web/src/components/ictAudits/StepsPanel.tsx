// The steps of an audit: the internal pre-evaluation (required a month before the
// audit where the region's regulation says so, Probolinggo Pasal 38 ayat (5)),
// starting it, completing it with the report file, and reporting it to the region
// head through the committee chair (Madiun Pasal 41 ayat (2)). Only the next step
// shows, to whoever may take it: the ICT office keeps the programme, the ICT office
// or an auditor completes the audit. The server's refusal (409 citing the article,
// 403) is said in plain words; 412 as a conflict. Sent with If-Match.
import type { StoredFile } from '../../api/files';
import { takeAuditStep } from '../../api/ictAudits';
import type { Audit, AuditAction } from '../../api/ictAuditTypes';
import { formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FileField } from '../form/FileField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { obligationLine } from './ictAuditWords';
import type { IctAuditAccess } from './useIctAuditAccess';

const IDS = { date: 'ia-step-date', note: 'ia-step-note', file: 'ia-step-file' };

const NEXT: Record<string, AuditAction[]> = {
  planned: ['pre_evaluate', 'start'],
  pre_evaluated: ['start'],
  in_progress: ['complete'],
  completed: ['report_to_head'],
};

const LABEL: Record<AuditAction, MessageKey> = {
  pre_evaluate: 'ictAudit.step.pre_evaluate',
  start: 'ictAudit.step.start',
  complete: 'ictAudit.step.complete',
  report_to_head: 'ictAudit.step.report_to_head',
};

const DONE: Record<AuditAction, MessageKey> = {
  pre_evaluate: 'ictAudit.done.pre_evaluate',
  start: 'ictAudit.done.start',
  complete: 'ictAudit.done.complete',
  report_to_head: 'ictAudit.done.report_to_head',
};

interface Props {
  audit: Audit;
  etag: string;
  access: IctAuditAccess;
  zone?: string;
  onDone: (audit: Audit, etag: string | undefined, message: MessageKey) => void;
  onStale: () => void;
}

export function StepsPanel({ audit, etag, access, zone, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  // What was typed survives a reload, a conflict (412) and the session ending.
  const [draft, update, reset] = useDraft(`ictAudit.step.${audit.id}`, { open: '', date: '', note: '', file: null as StoredFile | null });
  const { date, note, file } = draft;
  const setDate = (value: string) => update({ date: value });
  const setNote = (value: string) => update({ note: value });
  const setFile = (value: StoredFile | null) => update({ file: value });
  const setOpen = (value: AuditAction | null) => (value === null ? reset() : update({ open: value }));
  const { errors, focusKey, sending, conflict, send, clear } = useSendForm({ on: IDS.date, completed_on: IDS.date, sent_on: IDS.date, note: IDS.note, sha256: IDS.file, report_sha256: IDS.file });

  const mayTake = (a: AuditAction) => (a === 'complete' ? access.record : access.manage);
  const steps = (NEXT[audit.state] ?? []).filter(mayTake);
  const open = steps.find((a) => a === draft.open) ?? null; // a step no longer next is closed
  const waiting = (NEXT[audit.state] ?? []).filter((a) => !mayTake(a));
  const preObligation = audit.pre_evaluation_obligation ?? null;
  const through = audit.report_to?.through ?? null;

  const choose = (a: AuditAction) => {
    clear();
    update({ open: a, date: todayInZone(zone), note: '', file: null });
  };

  const check = (a: AuditAction) => ({ t }: I18n) =>
    fieldErrors([
      [IDS.date, a === 'start' || /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : t('ictAudit.error.dateMissing')],
      [IDS.note, a === 'pre_evaluate' && !note.trim() ? t('ictAudit.error.preNoteMissing') : null],
      [IDS.file, a === 'complete' && !file ? t('ictAudit.error.reportFileMissing') : null],
    ]);

  const fields = (a: AuditAction): Record<string, string> => {
    switch (a) {
      case 'pre_evaluate':
        return { on: date, note: note.trim(), ...(file ? { sha256: file.sha256 } : {}) };
      case 'start':
        return date ? { on: date } : {};
      case 'complete':
        return { completed_on: date, report_sha256: file?.sha256 ?? '' };
      case 'report_to_head':
        return { sent_on: date, ...(note.trim() ? { note: note.trim() } : {}) };
    }
  };

  const submit = (a: AuditAction) =>
    send({
      check: check(a),
      request: () => takeAuditStep(audit.id, a, fields(a), etag),
      onSent: (saved, savedEtag) => {
        setOpen(null);
        onDone(saved, savedEtag, DONE[a]);
      },
      // Said plainly first; then the server's words, which name the article.
      explain: (error, shown, wording) => {
        if (error.status === 403) return { ...shown, summary: [{ text: wording.t(a === 'complete' ? 'ictAudit.forbiddenRecord' : 'ictAudit.forbiddenManage') }, ...shown.summary] };
        if (error.status === 409) return { ...shown, summary: [{ text: wording.t('ictAudit.stepRefused') }, ...shown.summary] };
        return shown;
      },
    });

  if (steps.length === 0) {
    if (audit.state === 'reported') return null;
    return waiting.length > 0 ? (
      <p class="body secondary" data-testid="ia-steps-waiting">
        {t('ictAudit.nextStepBy', { step: t(LABEL[waiting[0]!]), who: waiting[0] === 'complete' ? t('ictAudit.whoRecord') : t('ictAudit.whoManage') })}
      </p>
    ) : null;
  }

  return (
    <section class="section panel" aria-labelledby="ia-steps-title" data-testid="ia-steps">
      <h2 class="heading-m" id="ia-steps-title">
        {t('ictAudit.stepsTitle')}
      </h2>
      {conflict && <ConflictBox onReload={onStale} testId="ia-steps-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="ia-steps-error" />
      {audit.state === 'planned' && audit.pre_evaluation_required && (
        <div class="ia-citation" data-testid="ia-pre-required">
          <p class="body">
            <strong>{t('ictAudit.preRequired', { date: audit.pre_evaluation_due_on ? formatDay(audit.pre_evaluation_due_on, lang) : '—' })}</strong>
          </p>
          {preObligation && <p class="body secondary">{obligationLine(preObligation)}</p>}
        </div>
      )}
      {audit.state === 'completed' && through && (
        <p class="body" data-testid="ia-report-through">
          {t('ictAudit.reportThrough', { through })}
        </p>
      )}
      {open === null ? (
        <div class="button-group">
          {steps.map((a, i) => (
            <button key={a} type="button" class={`button${i > 0 ? ' button--secondary' : ''}`} onClick={() => choose(a)} data-testid={`ia-step-${a}`}>
              {t(LABEL[a])}
            </button>
          ))}
        </div>
      ) : (
        <form
          class="form"
          noValidate
          data-testid="ia-step-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(open)();
          }}
        >
          <h3 class="heading-s">{t(LABEL[open])}</h3>
          <TextField
            id={IDS.date}
            type="date"
            width="half"
            label={open === 'pre_evaluate' ? t('ictAudit.preEvaluatedOn') : open === 'start' ? t('ictAudit.startedOn') : open === 'complete' ? t('ictAudit.completedOn') : t('ictAudit.sentOn')}
            value={date}
            onInput={setDate}
            error={errors.fields[IDS.date]}
          />
          {(open === 'pre_evaluate' || open === 'report_to_head') && (
            <TextArea
              id={IDS.note}
              label={open === 'pre_evaluate' ? t('ictAudit.preEvaluationNote') : t('ictAudit.reportNote')}
              hint={open === 'report_to_head' ? t('ictAudit.reportNoteHint') : t('ictAudit.preEvaluationNoteHint')}
              value={note}
              onInput={setNote}
              error={errors.fields[IDS.note]}
            />
          )}
          {(open === 'pre_evaluate' || open === 'complete') && (
            <FileField
              id={IDS.file}
              label={open === 'complete' ? t('ictAudit.reportFile') : t('ictAudit.preEvaluationFile')}
              hint={open === 'complete' ? t('ictAudit.reportFileHint') : t('ictAudit.optionalFile')}
              value={file}
              onChange={setFile}
              error={errors.fields[IDS.file]}
            />
          )}
          <div class="button-group">
            <button type="submit" class="button" disabled={sending} data-testid="ia-step-submit">
              {t(LABEL[open])}
            </button>
            <button type="button" class="link-button" onClick={() => setOpen(null)} data-testid="ia-step-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
