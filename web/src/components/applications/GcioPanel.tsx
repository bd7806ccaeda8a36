// "Persetujuan GCIO" (Batam Pasal 46 ayat (3)): only where the region's regulation
// asks the GCIO to approve the development of applications. Everyone who reads the
// application sees the latest decision; the holder of the GCIO position (the
// server checks the account) approves or refuses (a refusal needs a note) the
// application as it is now. A later document, test or change of its facts asks for
// a new approval (the readiness checklist says so). Where the server answers that
// the regulation has no such approval, the form disappears.
import { useState } from 'preact/hooks';
import { decideGcioApproval, getGcioDecisions } from '../../api/applications';
import type { Application } from '../../api/applicationTypes';
import { problemSlug } from '../../api/client';
import { formatDateTime } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useLoad } from '../../hooks/useLoad';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { SavedNotice } from '../SavedNotice';

const IDS = { decision: 'app-gcio-decision', note: 'app-gcio-note' };

interface Props {
  application: Application;
  mayDecide: boolean;
  zone?: string;
  onDecided: () => void;
}

export function GcioPanel({ application, mayDecide, zone, onDecided }: Props) {
  const { t, lang } = useI18n();
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState('');
  const [hidden, setHidden] = useState(false);
  const [saved, setSaved] = useState(false);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const wanted = application.gcio_approval_required && !hidden;
  const decisions = useLoad(
    (signal) => (wanted ? getGcioDecisions(application.id, { signal }) : Promise.resolve({ ok: true as const, data: { gcio_decisions: [] }, status: 200 })),
    `${application.id}:${application.version}:${wanted}`,
  );
  if (!wanted) return null;
  const open = mayDecide && application.lifecycle !== 'in_production' && application.lifecycle !== 'retired';
  const list = decisions.state.phase === 'ready' ? decisions.state.data.gcio_decisions : [];
  const latest = list.reduce<(typeof list)[number] | null>((a, b) => (a === null || b.id > a.id ? b : a), null);

  const submit = send({
    check: ({ t }: I18n) =>
      fieldErrors([
        [IDS.decision, decision ? null : t('applications.error.gcioDecisionMissing')],
        [IDS.note, decision === 'refused' && !note.trim() ? t('applications.error.gcioNoteMissing') : null],
      ]),
    request: async () => {
      const answer = await decideGcioApproval(application.id, decision, note.trim());
      if (!answer.ok && answer.error.status === 409 && problemSlug(answer.error) === 'not-in-regulation') setHidden(true);
      return answer;
    },
    onSent: () => {
      setDecision('');
      setNote('');
      setSaved(true);
      onDecided();
    },
    explain: (error, shown, wording) => (error.status === 403 ? { ...shown, summary: [{ text: wording.t('applications.gcioForbidden') }, ...shown.summary] } : shown),
  });

  return (
    <section class="section panel" aria-labelledby="app-gcio-title" data-testid="app-gcio">
      <h2 class="heading-m" id="app-gcio-title">
        {t('applications.gcioTitle')}
      </h2>
      <p class="body">{t('applications.gcioIntro')}</p>
      <p class="body" data-testid="app-gcio-latest">
        {latest ? (
          <>
            <strong class={`tag tag--${latest.decision === 'approved' ? 'green' : 'red'}`}>
              {latest.decision === 'approved' ? t('applications.gcioApproved') : t('applications.gcioRefused')}
            </strong>{' '}
            {t('applications.byAt', { user: latest.decided_by, at: formatDateTime(latest.decided_at, lang, zone) })}
            {latest.note && <span class="cell-note app-text">{latest.note}</span>}
          </>
        ) : (
          <span class="secondary">{t('applications.gcioNone')}</span>
        )}
      </p>
      {saved && <SavedNotice testId="app-gcio-saved" text={t('applications.gcioSaved')} />}
      {open && (
        <form class="form" noValidate onSubmit={submit} data-testid="app-gcio-form">
          <ErrorSummary items={errors.summary} focusKey={focusKey} testId="app-gcio-error" />
          <RadioGroup
            id={IDS.decision}
            legend={t('applications.gcioDecision')}
            value={decision}
            onChange={setDecision}
            options={[
              { value: 'approved', label: t('applications.gcioApprove') },
              { value: 'refused', label: t('applications.gcioRefuse') },
            ]}
            error={errors.fields[IDS.decision]}
          />
          <TextArea id={IDS.note} label={t('applications.gcioNote')} hint={t('applications.gcioNoteHint')} value={note} onInput={setNote} error={errors.fields[IDS.note]} />
          <button type="submit" class="button" disabled={sending} data-testid="app-gcio-submit">
            {t('applications.gcioSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
