// The reviews of an enacted master plan (tinjauan): the list of past reviews
// and, for the superadmin, the form to record one: date, reasons (the
// regulation's list, with articles where the region's regulation has them),
// outcome and note. What was typed stays after a refusal; the server's words
// appear beside the field it is about.
import { addMasterPlanReview } from '../../api/masterPlans';
import type { MasterPlan } from '../../api/masterPlanTypes';
import { formatDay } from '../../format/dateTime';
import { labelIn, outcomeLabel, reasonLabel } from '../../format/masterPlan';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

const IDS = { review_date: 'mp-review-date', reasons: 'mp-review-reasons', outcome: 'mp-review-outcome', note: 'mp-review-note' };

export function MasterPlanReviewList({ plan }: { plan: MasterPlan }) {
  const { t, lang } = useI18n();
  const i18n = useI18n();
  if (plan.reviews.length === 0)
    return (
      <p class="body" data-testid="master-plan-reviews-empty">
        {t('masterPlan.reviewsNone')}
      </p>
    );
  const reviews = [...plan.reviews].sort((a, b) => b.review_date.localeCompare(a.review_date) || b.id - a.id);
  return (
    <table class="table table--stacked table--compact" data-testid="master-plan-reviews">
      <caption class="visually-hidden">{t('masterPlan.reviewsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('masterPlan.reviewDate')}</th>
          <th scope="col">{t('masterPlan.reviewReasons')}</th>
          <th scope="col">{t('masterPlan.reviewOutcome')}</th>
          <th scope="col">{t('masterPlan.reviewNote')}</th>
          <th scope="col">{t('masterPlan.reviewBy')}</th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((r) => (
          <tr key={r.id} data-testid="master-plan-review" data-review-id={r.id}>
            <th scope="row" data-label={t('masterPlan.reviewDate')}>
              {formatDay(r.review_date, lang)}
            </th>
            <td data-label={t('masterPlan.reviewReasons')} data-testid="master-plan-review-reasons">
              {r.reasons.map((code) => reasonLabel(plan.review_reason_options, code, lang)).join('; ')}
            </td>
            <td data-label={t('masterPlan.reviewOutcome')} data-testid="master-plan-review-outcome">
              {outcomeLabel(r.outcome, i18n)}
            </td>
            <td data-label={t('masterPlan.reviewNote')}>{r.note || '—'}</td>
            <td data-label={t('masterPlan.reviewBy')}>{r.recorded_by}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface FormProps {
  plan: MasterPlan;
  today: string;
  onRecorded: (plan: MasterPlan, etag?: string) => void;
}

const EMPTY = { review_date: '', reasons: [] as string[], outcome: '', note: '' };

export function MasterPlanReviewForm({ plan, today, onRecorded }: FormProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [values, update, reset] = useDraft(`masterPlan.review.${plan.id}`, EMPTY);
  const reasons = Array.isArray(values.reasons) ? values.reasons : [];
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const found = ({ t }: I18n) =>
    fieldErrors([
      [IDS.review_date, values.review_date ? null : t('masterPlan.error.reviewDateMissing')],
      [IDS.reasons, reasons.length ? null : t('masterPlan.error.reasonsMissing')],
      [IDS.outcome, values.outcome ? null : t('masterPlan.error.outcomeMissing')],
    ]);
  // A review adds to the plan; it needs no If-Match (nothing typed by others is overwritten).
  const submit = send({
    check: found,
    request: () => addMasterPlanReview(plan.id, {
      review_date: values.review_date,
      reasons,
      outcome: values.outcome,
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    }),
    onSent: (data, etag) => {
      reset();
      onRecorded(data, etag);
    },
  });

  return (
    <section class="section panel" aria-labelledby="mp-review-title">
      <h3 class="heading-m" id="mp-review-title">
        {t('masterPlan.reviewAdd')}
      </h3>
      <form class="form" onSubmit={submit} noValidate data-testid="master-plan-review-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField
          id={IDS.review_date}
          label={t('masterPlan.reviewDate')}
          hint={t('masterPlan.reviewDateHint', { decree: plan.decree_date ? formatDay(plan.decree_date, lang) : '—' })}
          type="date"
          value={values.review_date}
          onInput={(review_date) => update({ review_date })}
          error={errors.fields[IDS.review_date]}
          width="short"
          inputProps={{ max: today, ...(plan.decree_date ? { min: plan.decree_date } : {}) }}
        />
        <CheckboxGroup
          id={IDS.reasons}
          legend={t('masterPlan.reviewReasons')}
          hint={t('masterPlan.reviewReasonsHint')}
          values={reasons}
          onChange={(next) => update({ reasons: next })}
          error={errors.fields[IDS.reasons]}
          options={plan.review_reason_options.map((o) => ({ value: o.code, label: labelIn(o.label, lang), ...(o.article ? { hint: o.article } : {}) }))}
        />
        <RadioGroup
          id={IDS.outcome}
          legend={t('masterPlan.reviewOutcome')}
          value={values.outcome}
          onChange={(outcome) => update({ outcome })}
          error={errors.fields[IDS.outcome]}
          options={[
            { value: 'unchanged', label: t('masterPlan.outcome.unchangedLong') },
            { value: 'revised', label: t('masterPlan.outcome.revisedLong') },
          ]}
        />
        <TextArea
          id={IDS.note}
          label={t('masterPlan.reviewNoteOptional')}
          hint={t('masterPlan.reviewNoteHint')}
          value={values.note}
          onInput={(note) => update({ note })}
          error={errors.fields[IDS.note]}
        />
        <button type="submit" class="button" disabled={sending} data-testid="master-plan-review-submit">
          {t('masterPlan.reviewSubmit')}
        </button>
      </form>
    </section>
  );
}
