// One PD Mandiri TIK assessment: the agency, its status in plain words, each
// criterion as judged, the history (assessed, proposed, decided, with dates),
// and the step the signed-in user may take next:
// - the ICT office (superadmin) proposes it (only when every criterion is met;
//   otherwise the button is disabled and the reason shown) or withdraws it;
// - the chair of the deciding body grants it (decree number and date) or
//   refuses it (with a note); other leadership users are told who decides.
// Refusals from the server (403 not the chair, 409 not possible now, 412
// changed meanwhile) are shown in plain words on the assessment.
import { useState } from 'preact/hooks';
import type { ApiError, Result } from '../api/client';
import type { Assessment, SelfSufficiencyRule } from '../api/organisationTypes';
import { decideAssessment, proposeAssessment, withdrawAssessment } from '../api/selfSufficiency';
import { ConflictBox } from './ConflictBox';
import { ErrorSummary } from './ErrorSummary';
import { RadioGroup } from './form/RadioGroup';
import { TextArea } from './form/TextArea';
import { TextField } from './form/TextField';
import { formatDateTime, formatDay, todayInZone } from '../format/dateTime';
import { assessmentStatusColour, assessmentStatusLabel, memberRoleLabel } from '../format/organisation';
import { fieldErrors } from '../forms/formErrors';
import { useErrorItems } from '../hooks/useErrorItems';
import { useI18n, type I18n } from '../i18n/useI18n';
import { useVersionedForm } from '../hooks/useVersionedForm';

// Who the signed-in user is in this workflow.
export type Actor = 'ictOffice' | 'chair' | 'otherLeader' | 'reader';

interface Props {
  assessment: Assessment;
  rule: SelfSufficiencyRule;
  selfSufficient: string; // the regulation's word for the status
  actor: Actor;
  zone?: string;
  onChanged: (assessment: Assessment, message: 'proposed' | 'granted' | 'refused' | 'withdrawn') => void;
  onStale: () => void;
}

export function AssessmentCard({ assessment: a, rule, selfSufficient, actor, zone, onChanged, onStale }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorItems = useErrorItems(error && error.status !== 412 ? error : null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawNote, setWithdrawNote] = useState('');
  const unmet = a.criteria.filter((c) => !c.met);
  const decider = t('selfSufficiency.decider', {
    title: rule.decided_by.title || memberRoleLabel(rule.decided_by.role, i18n),
    role: memberRoleLabel(rule.decided_by.role, i18n).toLocaleLowerCase(lang),
    body: rule.decided_by.body_name || rule.decided_by.body,
  });

  const run = async (call: () => Promise<Result<Assessment>>, message: 'proposed' | 'withdrawn') => {
    setBusy(true);
    setError(null);
    const answer = await call();
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setWithdrawing(false);
    onChanged(answer.data, message);
  };

  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, zone) : '—');
  return (
    <article class="card" data-testid="assessment" data-assessment-id={a.id} data-agency-id={a.agency_id} data-status={a.status} aria-labelledby={`assessment-${a.id}-title`}>
      <h3 class="heading-s card__title" id={`assessment-${a.id}-title`}>
        <a class="link" href={`/organisasi/pd/${a.agency_id}`} data-testid="assessment-agency">
          {a.agency_name}
        </a>
      </h3>
      <p class="body">
        <strong class={`tag tag--${assessmentStatusColour(a.status)}`} data-testid="assessment-status">
          {assessmentStatusLabel(a.status, selfSufficient, i18n)}
        </strong>
      </p>

      <h4 class="heading-s">{t('assessment.criteria')}</h4>
      <ul class="criteria-list" data-testid="assessment-criteria">
        {a.criteria.map((c) => (
          <li key={c.key} class={c.met ? 'criteria-list__met' : 'criteria-list__unmet'} data-testid="assessment-criterion" data-met={String(c.met)}>
            <strong>{c.met ? t('assess.met') : t('assess.notMet')}:</strong> {c.text || c.key}
            {c.article && <span class="secondary"> ({c.article})</span>}
            {c.note && <span class="cell-note">{t('assessment.noteValue', { note: c.note })}</span>}
          </li>
        ))}
      </ul>
      {a.note && <p class="body">{t('assessment.noteValue', { note: a.note })}</p>}

      <dl class="facts" data-testid="assessment-history">
        <div>
          <dt>{t('assessment.assessed')}:</dt>
          <dd data-testid="assessment-assessed">{t('assessment.byOn', { when: when(a.assessed_at), who: a.assessed_by })}</dd>
        </div>
        {a.proposed_at && (
          <div>
            <dt>{t('assessment.proposed')}:</dt>
            <dd data-testid="assessment-proposed">{t('assessment.byOn', { when: when(a.proposed_at), who: a.proposed_by ?? '—' })}</dd>
          </div>
        )}
        {a.decided_at && (
          <div>
            <dt>{a.status === 'withdrawn' ? t('assessment.withdrawn') : t('assessment.decided')}:</dt>
            <dd data-testid="assessment-decided">{t('assessment.byOn', { when: when(a.decided_at), who: a.decided_by ?? '—' })}</dd>
          </div>
        )}
        {a.status === 'withdrawn' && !a.decided_at && (
          <div>
            <dt>{t('assessment.withdrawn')}:</dt>
            <dd>{when(a.updated_at)}</dd>
          </div>
        )}
        {a.decree_number && (
          <div>
            <dt>{rule.decree}:</dt>
            <dd data-testid="assessment-decree">
              {t('assessment.decreeValue', { number: a.decree_number, date: a.decree_date ? formatDay(a.decree_date, lang) : '—' })}
            </dd>
          </div>
        )}
        {a.decision_note && (
          <div>
            <dt>{t('assessment.decisionNote')}:</dt>
            <dd data-testid="assessment-decision-note">{a.decision_note}</dd>
          </div>
        )}
      </dl>

      {error?.status === 412 && <ConflictBox onReload={onStale} testId="assessment-conflict" />}
      <ErrorSummary items={errorItems} testId="assessment-error" />

      {a.status === 'proposed' && actor !== 'chair' && (
        <p class="body" data-testid={actor === 'otherLeader' ? 'decide-not-chair' : 'assessment-waiting'}>
          {actor === 'otherLeader'
            ? t('selfSufficiency.notChair', { decider, article: rule.article })
            : t('selfSufficiency.waiting', { decider })}
        </p>
      )}

      {actor === 'ictOffice' && a.status === 'assessed' && (
        <div class="step">
          {unmet.length > 0 && (
            <p class="body" id={`propose-blocked-${a.id}`} data-testid="propose-blocked">
              {t('selfSufficiency.proposeBlocked', { criteria: unmet.map((c) => `“${c.text || c.key}”`).join(', '), article: rule.article })}
            </p>
          )}
          <div class="button-group">
            <button
              type="button"
              class="button"
              disabled={busy || unmet.length > 0}
              aria-describedby={unmet.length > 0 ? `propose-blocked-${a.id}` : undefined}
              onClick={() => void run(() => proposeAssessment(a), 'proposed')}
              data-testid="assessment-propose"
            >
              {t('selfSufficiency.propose', { decider: rule.decided_by.title || decider })}
            </button>
          </div>
        </div>
      )}

      {actor === 'ictOffice' && (a.status === 'assessed' || a.status === 'proposed') && (
        <div class="step">
          {withdrawing ? (
            <div class="confirm" role="group" aria-labelledby={`withdraw-${a.id}-question`} data-testid="withdraw-confirm">
              <p class="body" id={`withdraw-${a.id}-question`}>
                <strong>{t('selfSufficiency.withdrawQuestion', { agency: a.agency_name })}</strong>
              </p>
              <TextField
                id={`withdraw-${a.id}-note`}
                label={t('selfSufficiency.withdrawNote')}
                value={withdrawNote}
                onInput={setWithdrawNote}
                testId="withdraw-note"
                autoComplete="off"
              />
              <div class="button-group">
                <button
                  type="button"
                  class="button button--warning"
                  disabled={busy}
                  onClick={() => void run(() => withdrawAssessment(a, withdrawNote.trim()), 'withdrawn')}
                  data-testid="withdraw-yes"
                >
                  {t('selfSufficiency.withdrawYes')}
                </button>
                <button type="button" class="link-button" onClick={() => setWithdrawing(false)} data-testid="withdraw-no">
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="link-button link-button--danger" onClick={() => setWithdrawing(true)} data-testid="assessment-withdraw">
              {t('selfSufficiency.withdraw')}
            </button>
          )}
        </div>
      )}

      {actor === 'chair' && a.status === 'proposed' && (
        <DecideForm assessment={a} rule={rule} selfSufficient={selfSufficient} zone={zone} onDecided={onChanged} onStale={onStale} />
      )}
    </article>
  );
}

interface DecideProps {
  assessment: Assessment;
  rule: SelfSufficiencyRule;
  selfSufficient: string;
  zone?: string;
  onDecided: (assessment: Assessment, message: 'granted' | 'refused') => void;
  onStale: () => void;
}

interface DecisionValues {
  decision: string;
  number: string;
  date: string;
  note: string;
}

const NO_DECISION: DecisionValues = { decision: '', number: '', date: '', note: '' };

// "Tetapkan": the chair's decision. Granting needs the decree's number and
// date; refusing needs the reason.
function DecideForm({ assessment: a, rule, selfSufficient, zone, onDecided, onStale }: DecideProps) {
  const { t, lang } = useI18n();
  const ids = {
    decision: `decide-${a.id}-decision`,
    number: `decide-${a.id}-number`,
    date: `decide-${a.id}-date`,
    note: `decide-${a.id}-note`,
  };
  const form = useVersionedForm<Assessment, DecisionValues>(a, () => NO_DECISION, {
    decision: ids.decision,
    decree_number: ids.number,
    decree_date: ids.date,
    note: ids.note,
  });
  const { values, set, errors, focusKey } = form;
  const { decision, number, date, note } = values;
  const proposedOn = a.proposed_at ? a.proposed_at.slice(0, 10) : '';
  const today = todayInZone(zone);

  const submit = form.save({
    check: ({ t }: I18n) =>
      fieldErrors([
        [ids.decision, decision ? null : t('decide.error.decisionMissing')],
        [ids.number, decision === 'granted' && !number.trim() ? t('decide.error.numberMissing', { decree: rule.decree }) : null],
        [ids.date, decision === 'granted' && !date ? t('decide.error.dateMissing', { decree: rule.decree }) : null],
        [ids.note, decision === 'refused' && !note.trim() ? t('decide.error.noteMissing') : null],
      ]),
    send: () =>
      decideAssessment(
        a,
        decision === 'granted'
          ? { decision: 'granted', decree_number: number.trim(), decree_date: date, ...(note.trim() ? { note: note.trim() } : {}) }
          : { decision: 'refused', note: note.trim() },
      ),
    onSaved: (decided: Assessment) => onDecided(decided, decision === 'granted' ? 'granted' : 'refused'),
  });
  const sending = form.saving;
  const stale = form.conflict;
  const setDecision = (next: string) => set({ decision: next });
  const setNumber = (next: string) => set({ number: next });
  const setDate = (next: string) => set({ date: next });
  const setNote = (next: string) => set({ note: next });

  return (
    <div class="panel" data-testid="decide-panel">
      <h4 class="heading-m">{t('decide.title')}</h4>
      {stale && <ConflictBox onReload={onStale} testId="decide-conflict" />}
      <form class="form" onSubmit={submit} noValidate data-testid="decide-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={ids.decision}
          legend={t('decide.question', { agency: a.agency_name })}
          value={decision}
          onChange={setDecision}
          error={errors.fields[ids.decision]}
          options={[
            { value: 'granted', label: t('decide.grant', { term: selfSufficient }) },
            { value: 'refused', label: t('decide.refuse') },
          ]}
        />
        {decision === 'granted' && (
          <div class="conditional">
            <TextField
              id={ids.number}
              label={t('decide.number', { decree: rule.decree })}
              hint={t('decide.numberHint')}
              value={number}
              onInput={setNumber}
              error={errors.fields[ids.number]}
              testId="decide-number"
              autoComplete="off"
            />
            <TextField
              id={ids.date}
              label={t('decide.date', { decree: rule.decree })}
              hint={t('decide.dateHint', { proposed: proposedOn ? formatDay(proposedOn, lang) : '—' })}
              type="date"
              value={date}
              onInput={setDate}
              error={errors.fields[ids.date]}
              width="short"
              testId="decide-date"
              inputProps={{ max: today, ...(proposedOn ? { min: proposedOn } : {}) }}
            />
          </div>
        )}
        {decision !== '' && (
          <TextArea
            id={ids.note}
            label={decision === 'refused' ? t('decide.noteRequired') : t('decide.noteOptional')}
            hint={decision === 'refused' ? t('decide.noteHint') : undefined}
            value={note}
            onInput={setNote}
            error={errors.fields[ids.note]}
            testId="decide-note"
          />
        )}
        <button type="submit" class="button" disabled={sending} data-testid="decide-submit">
          {t('decide.submit')}
        </button>
      </form>
    </div>
  );
}
