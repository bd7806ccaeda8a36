// The CSIRT's handling of an incident (OKI Pasal 26 ayat (7)): the stages
// reported → triage → containment → eradication → recovery → lessons learned →
// closed as a stepper, and for the ICT office the next step allowed (from the
// incident's `allowed_actions`) with its note; lessons learned are asked for
// before closing. A refusal is said in plain words: 422 beside the field (e.g.
// no lessons learned), 409 with the regulation's article (e.g. a notice still
// missing), 403 who may do it, 412 as a conflict.
import { useState } from 'preact/hooks';
import { takeIncidentAction } from '../../api/security';
import { INCIDENT_STAGES, NOTICE_KINDS, type Incident } from '../../api/securityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { StepPanel } from '../StepPanel';
import { TextArea } from '../form/TextArea';
import { actionHint, actionLabel, noticeName, stageLabel } from './labels';

const IDS = { note: 'sec-action-note', lessons_learned: 'sec-action-lessons' };

export function StageStepper({ stage }: { stage: string }) {
  const i18n = useI18n();
  const at = INCIDENT_STAGES.indexOf(stage as (typeof INCIDENT_STAGES)[number]);
  return (
    <ol class="app-stages" aria-label={i18n.t('security.stagesOfIncident')} data-testid="sec-stages">
      {INCIDENT_STAGES.map((s, i) => {
        const state = i < at || (s === 'closed' && at === i) ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li key={s} class={`app-stages__item app-stages__item--${state}`} data-testid="sec-stage" data-stage={s} data-state={state} aria-current={i === at ? 'step' : undefined}>
            <span class="app-stages__number">{i + 1}</span> {stageLabel(s, i18n)}
          </li>
        );
      })}
    </ol>
  );
}

interface Props {
  incident: Incident;
  etag: string;
  manage: boolean;
  onDone: (incident: Incident, etag: string | undefined, action: string) => void;
  onStale: () => void;
}

export function IncidentActions({ incident, etag, manage, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const actions = incident.allowed_actions;
  const [open, setOpen] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [lessons, setLessons] = useState(incident.lessons_learned ?? '');
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);
  if (!manage) {
    if (incident.stage === 'closed') return null;
    return (
      <p class="body secondary" data-testid="sec-actions-read-only">
        {t('security.handledByCsirt')}
      </p>
    );
  }
  if (actions.length === 0) return null;
  const asksLessons = open === 'learn' || open === 'close';
  // Said before closing is tried: the required notices not yet recorded (the server refuses with the article).
  const unsent = NOTICE_KINDS.filter((k) => incident.notices[k].required && !incident.notices[k].sent_at);

  const step = (action: string) =>
    send({
      check: ({ t }: I18n) =>
        fieldErrors([
          [IDS.note, note.trim() ? null : t('security.error.noteMissing')],
          [IDS.lessons_learned, action === 'close' && !lessons.trim() ? t('security.error.lessonsMissing') : null],
        ]),
      request: () => takeIncidentAction(incident.id, action, note.trim(), etag, action === 'learn' || action === 'close' ? lessons.trim() : undefined),
      onSent: (next, nextEtag) => {
        setOpen(null);
        setNote('');
        onDone(next, nextEtag, action);
      },
      explain: (error, shown, wording) =>
        error.status === 403 ? { ...shown, summary: [{ text: wording.t('security.actionForbidden') }, ...shown.summary] } : shown,
    })();

  return (
    <StepPanel
      prefix="sec"
      title={t('security.actionsTitle')}
      conflict={conflict}
      onStale={onStale}
      errors={errors.summary}
      focusKey={focusKey}
      note={
        actions.includes('close') &&
        unsent.length > 0 && (
          <p class="body" data-testid="sec-close-needs">
            {t('security.closeNeedsNotices', { names: unsent.map((k) => noticeName(k, i18n)).join(', ') })}
          </p>
        )
      }
      actions={actions}
      open={open}
      label={(a) => actionLabel(a, i18n)}
      onChoose={(a) => {
        setOpen(a);
        setLessons(incident.lessons_learned ?? '');
      }}
      hint={(a) => actionHint(a, i18n)}
      sending={sending}
      onSubmit={(a) => void step(a)}
      onCancel={() => setOpen(null)}
    >
      <TextArea id={IDS.note} label={t('security.actionNote')} hint={t('security.actionNoteHint')} value={note} onInput={setNote} error={errors.fields[IDS.note]} rows={4} />
      {asksLessons && (
        <TextArea
          id={IDS.lessons_learned}
          label={t('security.lessonsLearned')}
          hint={open === 'close' ? t('security.lessonsHintClose') : t('security.lessonsHint')}
          value={lessons}
          onInput={setLessons}
          error={errors.fields[IDS.lessons_learned]}
          rows={5}
        />
      )}
    </StepPanel>
  );
}
