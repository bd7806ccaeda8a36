// Reviews of an architecture version (Madiun Pasal 6 ayat (10)-(12)): the
// reviews the regulation makes due (mid-term and final year, or one a year) with
// their state, the reviews recorded, and for the superadmin the form to record
// one: kind, date, reasons from the region's regulation (the API lists them
// with their articles), note and an optional decree. The server's refusals
// appear beside the field they are about; what was typed stays.
import { addArchitectureReview } from '../../api/architectures';
import type { Architecture } from '../../api/architectureTypes';
import { dueStateColour, dueStateLabel, KIND_ORDER, reviewKindLabel } from '../../format/architecture';
import { formatDay } from '../../format/dateTime';
import { labelIn, reasonLabel } from '../../format/masterPlan';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export function DueReviewTable({ architecture: a }: { architecture: Architecture }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  if (a.due_reviews.length === 0) return null;
  return (
    <table class="table table--stacked table--compact" data-testid="architecture-due-reviews">
      <caption class="visually-hidden">{t('architecture.dueTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('architecture.reviewKind')}</th>
          <th scope="col">{t('architecture.dueYear')}</th>
          <th scope="col">{t('architecture.dueDate')}</th>
          <th scope="col">{t('architecture.dueState')}</th>
        </tr>
      </thead>
      <tbody>
        {a.due_reviews.map((d) => {
          const done = d.review_id !== null ? a.reviews.find((r) => r.id === d.review_id) : undefined;
          return (
            <tr key={`${d.kind}-${d.year}`} data-testid="architecture-due-review" data-kind={d.kind} data-state={d.state}>
              <th scope="row" data-label={t('architecture.reviewKind')}>
                {reviewKindLabel(d.kind, i18n)}
              </th>
              <td data-label={t('architecture.dueYear')}>{d.year}</td>
              <td data-label={t('architecture.dueDate')}>{formatDay(d.due_date, lang)}</td>
              <td data-label={t('architecture.dueState')}>
                <strong class={`tag tag--${dueStateColour(d.state)}`} data-testid="due-review-state">
                  {dueStateLabel(d.state, i18n)}
                </strong>
                {done && <span class="cell-note">{t('architecture.doneOn', { date: formatDay(done.review_date, lang) })}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ArchitectureReviewList({ architecture: a }: { architecture: Architecture }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  if (a.reviews.length === 0)
    return (
      <p class="body" data-testid="architecture-reviews-empty">
        {t('architecture.reviewsNone')}
      </p>
    );
  const reviews = [...a.reviews].sort((x, y) => y.review_date.localeCompare(x.review_date) || y.id - x.id);
  return (
    <table class="table table--stacked table--compact" data-testid="architecture-reviews">
      <caption class="visually-hidden">{t('architecture.reviewsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('architecture.reviewDate')}</th>
          <th scope="col">{t('architecture.reviewKind')}</th>
          <th scope="col">{t('architecture.reviewReasons')}</th>
          <th scope="col">{t('architecture.reviewNote')}</th>
          <th scope="col">{t('architecture.decree')}</th>
          <th scope="col">{t('architecture.reviewBy')}</th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((r) => (
          <tr key={r.id} data-testid="architecture-review" data-review-id={r.id} data-kind={r.kind}>
            <th scope="row" data-label={t('architecture.reviewDate')}>
              {formatDay(r.review_date, lang)}
            </th>
            <td data-label={t('architecture.reviewKind')} data-testid="architecture-review-kind">
              {reviewKindLabel(r.kind, i18n)}
            </td>
            <td data-label={t('architecture.reviewReasons')} data-testid="architecture-review-reasons">
              {r.reasons.length ? r.reasons.map((code) => reasonLabel(a.review_reason_options, code, lang)).join('; ') : '—'}
            </td>
            <td data-label={t('architecture.reviewNote')}>{r.note || '—'}</td>
            <td data-label={t('architecture.decree')}>
              {r.decree_number ? `${r.decree_number}${r.decree_date ? `, ${formatDay(r.decree_date, lang)}` : ''}` : '—'}
            </td>
            <td data-label={t('architecture.reviewBy')}>{r.recorded_by}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const IDS = {
  kind: 'arch-review-kind',
  review_date: 'arch-review-date',
  reasons: 'arch-review-reasons',
  note: 'arch-review-note',
  decree_number: 'arch-review-decree-number',
  decree_date: 'arch-review-decree-date',
};

const EMPTY = { kind: '', review_date: '', reasons: [] as string[], note: '', decree_number: '', decree_date: '' };

interface FormProps {
  architecture: Architecture;
  today: string;
  onRecorded: (a: Architecture, etag?: string) => void;
}

export function ArchitectureReviewForm({ architecture: a, today, onRecorded }: FormProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [values, update, reset] = useDraft(`architecture.review.${a.id}`, EMPTY);
  const reasons = Array.isArray(values.reasons) ? values.reasons : [];
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  // The kinds the region's regulation has, in order; a mid-term or final-year review happens once.
  const doneOnce = new Set(a.reviews.filter((r) => r.kind === 'mid_term' || r.kind === 'final_year').map((r) => r.kind));
  const kinds = KIND_ORDER.filter((k) => a.review_kinds.includes(k))
    .concat(a.review_kinds.filter((k) => !KIND_ORDER.includes(k)))
    .filter((k) => !doneOnce.has(k));
  const kindHint = (kind: string) =>
    kind === 'mid_term'
      ? t('architecture.kindHint.mid_term', { year: a.mid_term_year })
      : kind === 'final_year'
        ? t('architecture.kindHint.final_year', { year: a.end_year })
        : kind === 'annual'
          ? t('architecture.kindHint.annual')
          : t('architecture.kindHint.on_demand');

  const found = ({ t }: I18n) =>
    fieldErrors([
      [IDS.kind, values.kind ? null : t('architecture.error.kindMissing')],
      [IDS.review_date, values.review_date ? null : t('architecture.error.reviewDateMissing')],
    ]);
  const submit = send({
    check: found,
    request: () => addArchitectureReview(a.id, {
      kind: values.kind,
      review_date: values.review_date,
      ...(reasons.length ? { reasons } : {}),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
      ...(values.decree_number.trim() ? { decree_number: values.decree_number.trim() } : {}),
      ...(values.decree_date ? { decree_date: values.decree_date } : {}),
    }),
    onSent: (data, etag) => {
      reset();
      onRecorded(data, etag);
    },
  });

  return (
    <section class="section panel" aria-labelledby="arch-review-title">
      <h3 class="heading-m" id="arch-review-title">
        {t('architecture.reviewAdd')}
      </h3>
      <form class="form" onSubmit={submit} noValidate data-testid="architecture-review-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind}
          legend={t('architecture.reviewKind')}
          hint={a.review_schedule.article ? t('architecture.scheduleArticle', { article: a.review_schedule.article }) : undefined}
          value={values.kind}
          onChange={(kind) => update({ kind })}
          error={errors.fields[IDS.kind]}
          options={kinds.map((k) => ({ value: k, label: `${reviewKindLabel(k, i18n)} — ${kindHint(k)}` }))}
        />
        <TextField
          id={IDS.review_date}
          label={t('architecture.reviewDate')}
          hint={t('architecture.reviewDateHint')}
          type="date"
          value={values.review_date}
          onInput={(review_date) => update({ review_date })}
          error={errors.fields[IDS.review_date]}
          width="short"
          inputProps={{ max: today, ...(a.decree_date ? { min: a.decree_date } : {}) }}
        />
        <CheckboxGroup
          id={IDS.reasons}
          legend={t('architecture.reviewReasons')}
          hint={t('architecture.reviewReasonsHint')}
          values={reasons}
          onChange={(next) => update({ reasons: next })}
          error={errors.fields[IDS.reasons]}
          options={a.review_reason_options.map((o) => ({ value: o.code, label: labelIn(o.label, lang), ...(o.article ? { hint: o.article } : {}) }))}
        />
        <TextArea
          id={IDS.note}
          label={t('architecture.reviewNoteOptional')}
          value={values.note}
          onInput={(note) => update({ note })}
          error={errors.fields[IDS.note]}
        />
        <TextField
          id={IDS.decree_number}
          label={t('architecture.reviewDecreeNumber')}
          hint={t('architecture.reviewDecreeHint')}
          value={values.decree_number}
          onInput={(decree_number) => update({ decree_number })}
          error={errors.fields[IDS.decree_number]}
          autoComplete="off"
        />
        <TextField
          id={IDS.decree_date}
          label={t('architecture.reviewDecreeDate')}
          type="date"
          value={values.decree_date}
          onInput={(decree_date) => update({ decree_date })}
          error={errors.fields[IDS.decree_date]}
          width="short"
          inputProps={{ max: today }}
        />
        <button type="submit" class="button" disabled={sending} data-testid="architecture-review-submit">
          {t('architecture.reviewSubmit')}
        </button>
      </form>
    </section>
  );
}
