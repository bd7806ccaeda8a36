// The questions the assessor team asked agencies about this indicator's evidence, with their
// answers; a team member asks a new one (agency, question, due date). An agency's operators
// answer from the inbox (/evaluasi/pertanyaan) or here. Test ids: eq-section, eq-list, eq-ask…
import { useState } from 'preact/hooks';
import { askQuestion, listIndicatorQuestions } from '../../api/evaluationIndicator';
import type { Question } from '../../api/evaluationIndicatorTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormPanel } from '../../components/FormPanel';
import { LoadView } from '../../components/LoadView';
import { OpenFormButton } from '../../components/OpenFormButton';
import { SavedNotice } from '../../components/SavedNotice';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { TextArea } from '../../components/form/TextArea';
import { TextField } from '../../components/form/TextField';
import { todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { mayActForAgency, type IndicatorRights } from './IndicatorPageWords';
import { QuestionCard } from './QuestionCard';

interface Props {
  campaignId: number;
  no: number;
  rights: IndicatorRights;
}

export function QuestionSection({ campaignId, no, rights }: Props) {
  const { t } = useI18n();
  const loaded = useLoad((signal) => listIndicatorQuestions(campaignId, no, { signal }), `${campaignId}/${no}`);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section class="section" aria-labelledby="eq-section-title" data-testid="eq-section">
      <h2 class="heading-l" id="eq-section-title">
        {t('evalInd.questionsTitle')}
      </h2>
      <p class="body">{t('evalInd.questionsIntro')}</p>
      {done && <SavedNotice testId="eq-asked" text={done} />}
      <LoadView loaded={loaded}>
        {(items) =>
          items.length === 0 ? (
            <p class="body secondary" data-testid="eq-none">
              {t('evalInd.questionsNone')}
            </p>
          ) : (
            <ul class="ei-question-list" data-testid="eq-list">
              {items.map((q) => (
                <QuestionCard key={q.id} question={q} mayAnswer={mayActForAgency(rights, q.agency.id)} onChanged={loaded.reload} />
              ))}
            </ul>
          )
        }
      </LoadView>
      {rights.mayAsk &&
        (asking ? (
          <QuestionAskForm
            campaignId={campaignId}
            no={no}
            onAsked={() => {
              setAsking(false);
              setDone(t('evalInd.questionAsked'));
              loaded.reload();
            }}
            onCancel={() => setAsking(false)}
          />
        ) : (
          <OpenFormButton label={t('evalInd.questionAsk')} testId="eq-ask" onClick={() => { setDone(null); setAsking(true); }} />
        ))}
    </section>
  );
}

const IDS: Record<string, string> = { agency_id: 'eq-ask-agency', question: 'eq-ask-question', due_on: 'eq-ask-due' };

function QuestionAskForm({ campaignId, no, onAsked, onCancel }: { campaignId: number; no: number; onAsked: (q: Question) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const { agencies } = useAgencies();
  const today = todayInZone(useRegionDetail()?.time_zone);
  const [agencyId, setAgencyId] = useState('');
  const [question, setQuestion] = useState('');
  const [dueOn, setDueOn] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const check = (wording: I18n) =>
    fieldErrors([
      [IDS.agency_id!, agencyId ? null : wording.t('evalInd.error.agency')],
      [IDS.question!, question.trim() ? null : wording.t('evalInd.error.question')],
      [IDS.due_on!, dueOn && dueOn < today ? wording.t('evalInd.error.dueOn') : null],
    ]);
  const submit = send({
    check,
    request: () => askQuestion(campaignId, no, { agency_id: Number(agencyId), question: question.trim(), ...(dueOn ? { due_on: dueOn } : {}) }),
    onSent: onAsked,
  });
  return (
    <FormPanel title={t('evalInd.questionAskTitle')} testId="eq-ask-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="eq-ask-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <SelectField
          id={IDS.agency_id!}
          label={t('evalInd.questionAgency')}
          value={agencyId}
          onChange={setAgencyId}
          options={[{ value: '', label: t('evalInd.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
          error={errors.fields[IDS.agency_id!]}
        />
        <TextArea id={IDS.question!} label={t('evalInd.questionText')} hint={t('evalInd.questionTextHint')} value={question} onInput={setQuestion} error={errors.fields[IDS.question!]} rows={4} />
        <TextField id={IDS.due_on!} type="date" label={t('evalInd.questionDue')} hint={t('evalInd.questionDueHint')} value={dueOn} onInput={setDueOn} error={errors.fields[IDS.due_on!]} width="short" inputProps={{ min: today }} />
        <SaveCancelButtons saveLabel={t('evalInd.questionSend')} saveTestId="eq-ask-save" saving={sending} cancelTestId="eq-ask-cancel" onCancel={onCancel} />
      </form>
    </FormPanel>
  );
}
