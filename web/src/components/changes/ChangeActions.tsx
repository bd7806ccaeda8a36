// The next steps of a request for change for whoever may take them (its agency
// or the ICT office): the steps the server allows now (`allowed_actions`), each
// with what it does and its note; implementing asks when it happened (in the
// region's zone), evaluating asks the result and the lessons learned. Before the
// approval, implementing is still offered so that the refusal can say why, in
// plain words, with the regulation's article and sentence (409). 403 says who may
// do it; 412 is a conflict; 422 beside the field.
import { useState } from 'preact/hooks';
import { takeChangeAction, type ActionInput } from '../../api/changes';
import { CHANGE_RESULTS, type Change } from '../../api/changeTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { StepPanel } from '../StepPanel';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { isTimeOfDay, partsOf } from '../security/when';
import { localMoment } from './ChangeFields';
import { actionHint, actionLabel, resultLabel } from './labels';

const IDS = { note: 'change-action-note', implemented_at: 'change-action-date', time: 'change-action-time', result: 'change-action-result', lessons: 'change-action-lessons' };
const DECISIONS = ['approve', 'refuse'];
const BEFORE_APPROVAL = ['planning', 'analysis', 'awaiting_approval'];
const NOTE_REQUIRED = ['roll_back'];

interface Props {
  change: Change;
  etag: string;
  zone: string | undefined;
  zoneName: string;
  onDone: (change: Change, etag: string | undefined, action: string) => void;
  onStale: () => void;
}

export function ChangeActions({ change, etag, zone, zoneName, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<string | null>(null);
  const [values, setValues] = useState({ note: '', date: '', time: '', result: '', lessons: '' });
  const set = (changes: Partial<typeof values>) => setValues((v) => ({ ...v, ...changes }));
  const { errors, focusKey, sending, conflict, send, clear } = useSendForm(IDS);
  const allowed = change.allowed_actions.filter((a) => !DECISIONS.includes(a));
  const unapproved = BEFORE_APPROVAL.includes(change.stage);
  const actions = unapproved && !allowed.includes('implement') ? [...allowed, 'implement'] : allowed;
  if (actions.length === 0) return null;

  const choose = (action: string) => {
    clear();
    const now = partsOf(new Date(), zone);
    setValues({ note: '', date: now.date, time: now.time, result: '', lessons: change.lessons ?? '' });
    setOpen(action);
  };

  const check =
    (action: string) =>
    ({ t }: I18n) =>
      fieldErrors([
        [IDS.note, NOTE_REQUIRED.includes(action) && !values.note.trim() ? t('change.error.noteMissing') : null],
        [IDS.implemented_at, action === 'implement' && !/^\d{4}-\d{2}-\d{2}$/.test(values.date) ? t('change.error.implementedDate') : null],
        [IDS.time, action === 'implement' && !isTimeOfDay(values.time) ? t('change.error.time') : null],
        [IDS.result, action === 'evaluate' && !values.result ? t('change.error.result') : null],
      ]);

  const body = (action: string): ActionInput => ({
    action,
    note: values.note.trim(),
    ...(action === 'implement' ? { implemented_at: localMoment(values.date, values.time) } : {}),
    ...(action === 'evaluate' ? { result: values.result, lessons: values.lessons.trim() } : {}),
  });

  const step = (action: string) =>
    send({
      check: check(action),
      request: () => takeChangeAction(change.id, body(action), etag),
      onSent: (next, nextEtag) => {
        setOpen(null);
        onDone(next, nextEtag, action);
      },
      // Said plainly first; then the server's words, which name the article and quote the regulation.
      explain: (error, shown, wording) => {
        if (error.status === 403) return { ...shown, summary: [{ text: wording.t('change.actionForbidden') }, ...shown.summary] };
        if (error.status === 409) return { ...shown, summary: [{ text: wording.t('change.stepRefused') }, ...shown.summary] };
        return shown;
      },
    })();

  return (
    <StepPanel
      prefix="change"
      title={t('change.actionsTitle')}
      conflict={conflict}
      onStale={onStale}
      errors={errors.summary}
      focusKey={focusKey}
      note={
        unapproved && (
          <p class="body" data-testid="change-needs-approval">
            {t('change.needsApproval')}
          </p>
        )
      }
      actions={actions}
      open={open}
      label={(a) => actionLabel(a, i18n)}
      buttonClass={(a) => `button${a === 'cancel' || a === 'roll_back' || (a === 'implement' && unapproved) ? ' button--secondary' : ''}`}
      onChoose={choose}
      heading
      hint={(a) => actionHint(a, i18n)}
      submitClass={(a) => `button${a === 'cancel' || a === 'roll_back' ? ' button--warning' : ''}`}
      sending={sending}
      onSubmit={(a) => void step(a)}
      onCancel={() => {
        clear();
        setOpen(null);
      }}
    >
      {open !== null && (
        <>
          {open === 'implement' && (
            <fieldset class="fieldset">
              <legend class="fieldset__legend">{t('change.implementedAt')}</legend>
              <TextField id={IDS.implemented_at} label={t('change.day')} type="date" width="half" value={values.date} onInput={(date) => set({ date })} error={errors.fields[IDS.implemented_at]} />
              <TextField id={IDS.time} label={t('change.timeOfDay', { zone: zoneName })} hint={t('change.timeHint')} width="short" value={values.time} onInput={(time) => set({ time })} error={errors.fields[IDS.time]} inputProps={{ inputMode: 'numeric', maxLength: 5 }} />
            </fieldset>
          )}
          {open === 'evaluate' && (
            <>
              <RadioGroup
                id={IDS.result}
                legend={t('change.resultLabel')}
                value={values.result}
                onChange={(result) => set({ result })}
                options={CHANGE_RESULTS.map((r) => ({ value: r, label: resultLabel(r, i18n) }))}
                error={errors.fields[IDS.result]}
              />
              <TextArea id={IDS.lessons} label={t('change.lessons')} hint={t('change.lessonsHint')} rows={4} value={values.lessons} onInput={(lessons) => set({ lessons })} error={errors.fields[IDS.lessons]} />
            </>
          )}
          <TextArea
            id={IDS.note}
            label={NOTE_REQUIRED.includes(open) ? t('change.noteRequired') : t('change.note')}
            hint={t('change.noteHint')}
            rows={3}
            value={values.note}
            onInput={(note) => set({ note })}
            error={errors.fields[IDS.note]}
          />
        </>
      )}
    </StepPanel>
  );
}
