// The steps of a budget plan (Madiun Pasal 8 ayat (3); Kendari Pasal 10 ayat
// (5)-(6)): the agency submits its draft; the planning office coordinates; the
// ICT office verifies; either office may return it to draft with a reason.
// Each button shows only to whoever may use it, with what it does; the server's
// refusal (409, citing the article; 403) is shown in plain words, 412 as a conflict.
import { useState } from 'preact/hooks';
import { takeStep, type WorkflowStep } from '../../api/budgetPlans';
import type { FullBudgetPlan } from '../../api/budgetPlanTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import type { MessageKey } from '../../i18n/messages';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextArea } from '../form/TextArea';
import type { BudgetAccess } from './useBudgetAccess';

const REASON_ID = 'bp-return-reason';

interface Props {
  plan: FullBudgetPlan;
  etag: string;
  access: BudgetAccess;
  onDone: (plan: FullBudgetPlan, etag: string | undefined, message: MessageKey) => void;
  onStale: () => void;
}

const DONE: Record<WorkflowStep, MessageKey> = {
  submit: 'budget.done.submit',
  coordinate: 'budget.done.coordinate',
  verify: 'budget.done.verify',
  return: 'budget.done.return',
};

export function WorkflowPanel({ plan, etag, access, onDone, onStale }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, focusKey, sending, conflict: stale, send } = useSendForm({ reason: REASON_ID });

  const maySubmit = plan.status === 'draft' && access.mayEdit(plan.agency_id);
  const mayCoordinate = plan.status === 'submitted' && access.mayCoordinate;
  const mayVerify = plan.status === 'coordinated' && access.mayVerify;
  const mayReturn = (plan.status === 'submitted' || plan.status === 'coordinated') && (access.mayCoordinate || access.mayVerify);
  if (!maySubmit && !mayCoordinate && !mayVerify && !mayReturn) return null;

  const step = (which: WorkflowStep) =>
    send({
      check: ({ t }: I18n) => fieldErrors([[REASON_ID, which !== 'return' || reason.trim() ? null : t('budget.error.reasonMissing')]]),
      request: () => takeStep(plan.id, which, etag, which === 'return' ? reason.trim() : undefined),
      onSent: (saved, savedEtag) => {
        setReturning(false);
        setReason('');
        onDone(saved, savedEtag, DONE[which]);
      },
    })();

  return (
    <section class="section panel" aria-labelledby="bp-workflow-title" data-testid="budget-workflow">
      <h2 class="heading-m" id="bp-workflow-title">
        {t('budget.workflowTitle')}
      </h2>
      {stale && <ConflictBox onReload={onStale} testId="budget-workflow-conflict" />}
      <ErrorSummary items={errors.summary} focusKey={focusKey} testId="budget-workflow-error" />
      {maySubmit && (
        <>
          <p class="body">{plan.lines.length === 0 ? t('budget.submitNeedsLine') : t('budget.submitIntro')}</p>
          <p class="body">
            <button type="button" class="button" disabled={sending} onClick={() => void step('submit')} data-testid="budget-submit">
              {t('budget.submit')}
            </button>
          </p>
        </>
      )}
      {mayCoordinate && (
        <>
          <p class="body">{t('budget.coordinateIntro')}</p>
          <p class="body">
            <button type="button" class="button" disabled={sending} onClick={() => void step('coordinate')} data-testid="budget-coordinate">
              {t('budget.coordinate')}
            </button>
          </p>
        </>
      )}
      {mayVerify && (
        <>
          <p class="body">{t('budget.verifyIntro')}</p>
          <p class="body">
            <button type="button" class="button" disabled={sending} onClick={() => void step('verify')} data-testid="budget-verify">
              {t('budget.verify')}
            </button>
          </p>
        </>
      )}
      {mayReturn && !returning && (
        <p class="body">
          <button type="button" class="button button--secondary" onClick={() => setReturning(true)} data-testid="budget-return">
            {t('budget.return')}
          </button>
        </p>
      )}
      {mayReturn && returning && (
        <form
          class="form"
          noValidate
          data-testid="budget-return-form"
          onSubmit={(event) => {
            event.preventDefault();
            void step('return');
          }}
        >
          <TextArea id={REASON_ID} label={t('budget.returnReason')} hint={t('budget.returnReasonHint')} value={reason} onInput={setReason} error={errors.fields[REASON_ID]} />
          <div class="button-group">
            <button type="submit" class="button button--warning" disabled={sending} data-testid="budget-return-submit">
              {t('budget.returnSubmit')}
            </button>
            <button type="button" class="link-button" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
