// One question to an agency about an indicator's evidence: the agency, the question, the due
// date (highlighted when past and still unanswered), the answer; for that agency's operators
// (and assessors) the answer form, sent with If-Match so an answer someone else gave meanwhile
// is never overwritten unseen (the typed answer stays), and in the inbox "Lampirkan data dukung"
// to attach evidence to the answer. Test ids: eq-question, eq-answer, eq-answer-form…
import { useState } from 'preact/hooks';
import { indicatorPage } from '../../api/evaluation';
import { answerQuestion } from '../../api/evaluationIndicator';
import type { Question } from '../../api/evaluationIndicatorTypes';
import type { Agency } from '../../api/identityTypes';
import { ConflictBox } from '../../components/ConflictBox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { OpenFormButton } from '../../components/OpenFormButton';
import { SavedNotice } from '../../components/SavedNotice';
import { TextArea } from '../../components/form/TextArea';
import { formatDateTime, formatDay, todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { EvidenceForm } from './EvidenceForm';

interface Props {
  question: Question;
  mayAnswer: boolean;
  showIndicator?: boolean; // in the inbox: which indicator it is about, as a link
  mayAttach?: boolean; // in the inbox: attach evidence to the answer
  onChanged: (question?: Question) => void; // reload (or put the answered question in place)
}

export function QuestionCard({ question: q, mayAnswer, showIndicator = false, mayAttach = false, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const today = todayInZone(zone);
  const overdue = q.answer === null && q.due_on !== null && q.due_on < today;
  const [answering, setAnswering] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <li class={`card ei-question${overdue ? ' ei-question--overdue' : ''}`} data-testid="eq-question" data-question-id={q.id} data-open={q.answer === null ? 'true' : 'false'}>
      {showIndicator && (
        <p class="body ei-question__indicator">
          <a class="link" href={indicatorPage(q.campaign_id, q.indicator_no)} data-testid="eq-indicator">
            {t('evalInd.indicatorShort', { no: String(q.indicator_no), name: q.indicator_name })}
          </a>
          {q.campaign_year !== undefined && <span class="secondary"> · {t('evalInd.campaignYear', { year: String(q.campaign_year) })}</span>}
        </p>
      )}
      <p class="body">
        <strong data-testid="eq-agency">{q.agency.name || q.agency.short_name}</strong>
        {q.due_on && (
          <>
            {' · '}
            <span class={overdue ? 'tag tag--red' : 'secondary'} data-testid="eq-due" data-overdue={overdue ? 'true' : 'false'}>
              {overdue ? t('evalInd.dueOverdue', { date: formatDay(q.due_on, lang) }) : t('evalInd.dueOn', { date: formatDay(q.due_on, lang) })}
            </span>
          </>
        )}
      </p>
      <p class="body ei-prewrap" data-testid="eq-text">
        {q.question}
      </p>
      <p class="body secondary">{t('evalInd.askedBy', { who: q.asked_by, when: formatDateTime(q.asked_at, lang, zone) })}</p>
      {done && <SavedNotice testId="eq-done" text={done} />}
      {q.answer !== null ? (
        <div class="ei-question__answer">
          <h3 class="heading-s">{t('evalInd.answerOfAgency')}</h3>
          <p class="body ei-prewrap" data-testid="eq-answer">
            {q.answer}
          </p>
          <p class="body secondary">
            {t('evalInd.answeredBy', { who: q.answered_by ?? '', when: q.answered_at ? formatDateTime(q.answered_at, lang, zone) : '' })}
            {q.evidence_count > 0 && ` · ${t('evalInd.evidenceCount', { n: String(q.evidence_count) })}`}
          </p>
        </div>
      ) : (
        <p class="body">
          <span class="tag tag--yellow" data-testid="eq-unanswered">
            {t('evalInd.unanswered')}
          </span>
        </p>
      )}
      {mayAnswer &&
        (answering ? (
          <AnswerForm
            question={q}
            onDone={(answered) => {
              setAnswering(false);
              setDone(t('evalInd.answerSent'));
              onChanged(answered);
            }}
            onCancel={() => setAnswering(false)}
            onReload={() => onChanged()}
          />
        ) : (
          <div class="button-group">
            <button type="button" class="button button--secondary" onClick={() => { setDone(null); setAnswering(true); }} data-testid="eq-answer-open">
              {q.answer === null ? t('evalInd.answerQuestion') : t('evalInd.answerChange')}
            </button>
          </div>
        ))}
      {mayAnswer && mayAttach &&
        (attaching ? (
          <EvidenceForm
            prefix="eq-evidence-form"
            campaignId={q.campaign_id}
            no={q.indicator_no}
            agencies={null}
            fixedAgency={{ id: q.agency.id, name: q.agency.name || q.agency.short_name, short_name: q.agency.short_name } satisfies Agency}
            questionId={q.id}
            onAdded={() => {
              setAttaching(false);
              setDone(t('evalInd.evidenceAdded'));
              onChanged();
            }}
            onCancel={() => setAttaching(false)}
          />
        ) : (
          <OpenFormButton label={t('evalInd.attachEvidence')} testId="eq-attach" onClick={() => { setDone(null); setAttaching(true); }} />
        ))}
    </li>
  );
}

const IDS: Record<string, string> = { answer: 'eq-answer-text' };

function AnswerForm({ question, onDone, onCancel, onReload }: { question: Question; onDone: (q: Question) => void; onCancel: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(question.answer ?? '');
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);
  const check = (wording: I18n) => fieldErrors([[IDS.answer!, text.trim() ? null : wording.t('evalInd.error.answer')]]);
  const submit = send({ check, request: () => answerQuestion(question, text.trim()), onSent: onDone });
  return (
    <form class="form" onSubmit={submit} noValidate data-testid="eq-answer-form">
      {conflict && <ConflictBox testId="eq-conflict" onReload={onReload} />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <TextArea id={IDS.answer!} label={t('evalInd.answerLabel')} hint={t('evalInd.answerHint')} value={text} onInput={setText} error={errors.fields[IDS.answer!]} rows={4} />
      <div class="button-group">
        <button type="submit" class="button" disabled={sending} data-testid="eq-answer-save">
          {t('evalInd.answerSave')}
        </button>
        <button type="button" class="link-button" onClick={onCancel} data-testid="eq-answer-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
