// One finding of an audit: severity, what was found, the recommendation, the agency
// that must act and by when (overdue marked), its follow-ups (a note and an evidence
// file each), and what the user may do: the owner agency's operator (or the ICT office)
// adds a follow-up; an auditor or the ICT office closes it, which needs a follow-up
// with both a note and a file (a refusal is said in plain words), or reopens it.
import { useState } from 'preact/hooks';
import type { StoredFile } from '../../api/files';
import { addFollowUp, closeFinding, fileUrl, reopenFinding } from '../../api/ictAudits';
import type { Finding } from '../../api/ictAuditTypes';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FileField } from '../form/FileField';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { OpenFormButton } from '../OpenFormButton';
import { SavedNotice } from '../SavedNotice';
import { severityLabel, SEVERITY_COLOUR } from './ictAuditWords';
import type { IctAuditAccess } from './useIctAuditAccess';

interface Props {
  finding: Finding;
  access: IctAuditAccess;
  zone?: string;
  onChanged: () => void; // load the audit again
}

export function FindingCard({ finding: f, access, zone, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const closing = useSendForm({});
  const open = f.status === 'open';
  const mayFollowUp = open && access.mayFollowUp(f.owner_agency_id);

  const step = (which: 'close' | 'reopen') =>
    closing.send({
      request: () => (which === 'close' ? closeFinding(f) : reopenFinding(f)),
      onSent: () => {
        setDone(which === 'close' ? 'ictAudit.findingClosed' : 'ictAudit.findingReopened');
        onChanged();
      },
      explain: (error, shown, wording) => {
        if (which === 'close' && error.status === 409) return { ...shown, summary: [{ text: wording.t('ictAudit.closeRefused') }, ...shown.summary] };
        if (error.status === 403) return { ...shown, summary: [{ text: wording.t('ictAudit.forbiddenRecord') }, ...shown.summary] };
        return shown;
      },
    })();

  return (
    <li class="ia-finding" id={`ia-finding-${f.id}`} data-testid="ia-finding" data-finding-id={f.id} data-status={f.status}>
      <h3 class="heading-s">
        <strong class={`tag tag--${SEVERITY_COLOUR[f.severity] ?? 'grey'}`} data-testid="ia-finding-severity">
          {severityLabel(f.severity, i18n)}
        </strong>{' '}
        <span data-testid="ia-finding-title-text">{f.title}</span>
      </h3>
      <p class="body">
        <strong class={`tag tag--${open ? (f.overdue ? 'red' : 'yellow') : 'green'}`} data-testid="ia-finding-status">
          {open ? (f.overdue ? t('ictAudit.findingOverdue') : t('ictAudit.findingOpen')) : t('ictAudit.findingClosedTag')}
        </strong>{' '}
        <span class="secondary">
          {t('ictAudit.ownerAgency')}: <span data-testid="ia-finding-owner-name">{f.owner_agency_name}</span> · {t('ictAudit.dueOnShort', { date: formatDay(f.due_on, lang) })}
          {f.closed_on ? ` · ${t('ictAudit.closedOn', { date: formatDay(f.closed_on, lang) })}` : ''}
        </span>
      </p>
      {f.description && <p class="body ia-text">{f.description}</p>}
      <p class="body ia-text">
        <strong>{t('ictAudit.recommendation')}:</strong> <span data-testid="ia-finding-recommendation">{f.recommendation}</span>
      </p>

      <h4 class="heading-s">
        {t('ictAudit.followUps')} <span class="heading-count">({f.follow_ups.length})</span>
      </h4>
      {f.follow_ups.length === 0 ? (
        <p class="body secondary" data-testid="ia-follow-ups-none">
          {t('ictAudit.followUpsNone')}
        </p>
      ) : (
        <ul class="list ia-follow-ups">
          {f.follow_ups.map((u) => (
            <li key={u.id} data-testid="ia-follow-up">
              <span class="ia-text" data-testid="ia-follow-up-note">
                {u.note}
              </span>
              {u.sha256 ? (
                <>
                  {' '}
                  <a class="link" href={fileUrl(u.sha256)} data-testid="ia-follow-up-file">
                    {t('ictAudit.evidenceFile')}
                  </a>
                </>
              ) : (
                <span class="cell-note secondary">{t('ictAudit.noEvidenceFile')}</span>
              )}
              <span class="cell-note secondary">{t('ictAudit.byAt', { user: u.created_by, at: formatDateTime(u.created_at, lang, zone) })}</span>
            </li>
          ))}
        </ul>
      )}

      {done && <SavedNotice testId="ia-finding-done" text={t(done)} />}
      <ErrorSummary items={closing.errors.summary} focusKey={closing.focusKey} testId="ia-finding-error" />
      {closing.conflict && (
        <p class="body" role="alert" data-testid="ia-finding-conflict">
          {t('ictAudit.findingConflict')}{' '}
          <button type="button" class="link-button" onClick={onChanged}>
            {t('conflict.reload')}
          </button>
        </p>
      )}

      {mayFollowUp &&
        (adding ? (
          <FollowUpForm
            finding={f}
            onClose={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              setDone('ictAudit.followUpAdded');
              onChanged();
            }}
          />
        ) : (
          <OpenFormButton
            label={t('ictAudit.followUpAdd')}
            testId="ia-follow-up-add"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          />
        ))}
      {access.record && (
        <div class="button-group">
          {open ? (
            <button type="button" class="button button--secondary" disabled={closing.sending} onClick={() => void step('close')} data-testid="ia-finding-close">
              {t('ictAudit.findingClose')}
            </button>
          ) : (
            <button type="button" class="button button--secondary" disabled={closing.sending} onClick={() => void step('reopen')} data-testid="ia-finding-reopen">
              {t('ictAudit.findingReopen')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function FollowUpForm({ finding, onSaved, onClose }: { finding: Finding; onSaved: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const FOLLOW_IDS = { note: `ia-follow-up-note-${finding.id}`, sha256: `ia-follow-up-file-${finding.id}` };
  const [draft, update, reset] = useDraft(`ictAudit.followUp.${finding.id}`, { note: '', file: null as StoredFile | null });
  const { note, file } = draft;
  const setNote = (value: string) => update({ note: value });
  const setFile = (value: StoredFile | null) => update({ file: value });
  const { errors, focusKey, sending, send } = useSendForm(FOLLOW_IDS);
  const submit = send({
    check: ({ t }: I18n) => fieldErrors([[FOLLOW_IDS.note, note.trim() ? null : t('ictAudit.error.followUpNoteMissing')]]),
    request: () => addFollowUp(finding.id, note.trim(), file?.sha256 ?? null),
    onSent: () => {
      reset();
      onSaved();
    },
    explain: (error, shown, wording) =>
      error.status === 403 ? { ...shown, summary: [{ text: wording.t('ictAudit.forbiddenFollowUp', { agency: finding.owner_agency_name }) }, ...shown.summary] } : shown,
  });
  return (
    <form class="form panel" onSubmit={submit} noValidate data-testid="ia-follow-up-form">
      <h4 class="heading-s">{t('ictAudit.followUpAddTitle')}</h4>
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <TextArea id={FOLLOW_IDS.note} label={t('ictAudit.followUpNote')} hint={t('ictAudit.followUpNoteHint')} value={note} onInput={setNote} error={errors.fields[FOLLOW_IDS.note]} testId="ia-follow-up-note-input" />
      <FileField id={FOLLOW_IDS.sha256} label={t('ictAudit.evidenceFile')} hint={t('ictAudit.evidenceFileHint')} value={file} onChange={setFile} error={errors.fields[FOLLOW_IDS.sha256]} testId="ia-follow-up-file-input" />
      <SaveCancelButtons saveLabel={t('ictAudit.followUpSave')} saveTestId="ia-follow-up-save" saving={sending} cancelTestId="ia-follow-up-cancel"
        onCancel={() => {
          reset();
          onClose();
        }}
      />
    </form>
  );
}
