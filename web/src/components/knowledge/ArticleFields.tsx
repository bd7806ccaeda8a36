// The fields of a knowledge article, shared by "Tulis artikel" and "Ubah artikel": title,
// summary, kind (a known error adds its symptom, cause and workaround), the text in
// paragraphs, keywords and the review date. The browser's own checks follow the contract's
// limits; the server's 422 lands beside the same fields.
import type { ArticleInput } from '../../api/knowledge';
import { ARTICLE_KINDS, type Article } from '../../api/knowledgeTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { kindHint, kindLabel } from './labels';

export const EMPTY_ARTICLE = {
  title: '',
  summary: '',
  kind: '',
  body: '',
  symptom: '',
  cause: '',
  workaround: '',
  keywords: '',
  review_due_on: '',
};
export type ArticleValues = typeof EMPTY_ARTICLE;

export function articleFieldIds(prefix: string): Record<string, string> {
  return {
    agency_id: `${prefix}-agency`,
    title: `${prefix}-title`,
    summary: `${prefix}-summary`,
    kind: `${prefix}-kind`,
    body: `${prefix}-body`,
    symptom: `${prefix}-symptom`,
    cause: `${prefix}-cause`,
    workaround: `${prefix}-workaround`,
    keywords: `${prefix}-keywords`,
    review_due_on: `${prefix}-review-due-on`,
  };
}

export const keywordList = (text: string): string[] =>
  text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');

export function articleValuesOf(a: Article): ArticleValues {
  return {
    title: a.title,
    summary: a.summary,
    kind: a.kind,
    body: a.body,
    symptom: a.symptom ?? '',
    cause: a.cause ?? '',
    workaround: a.workaround ?? '',
    keywords: a.keywords.join(', '),
    review_due_on: a.review_due_on ?? '',
  };
}

export function checkArticle(v: ArticleValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const title = v.title.trim();
  const summary = v.summary.trim();
  const body = v.body.trim();
  const knownError = v.kind === 'known_error';
  const keywords = keywordList(v.keywords);
  return fieldErrors([
    [ids.title!, !title ? t('knowledge.error.titleMissing') : title.length < 3 || title.length > 200 ? t('knowledge.error.titleLength') : null],
    [ids.summary!, !summary ? t('knowledge.error.summaryMissing') : summary.length > 500 ? t('knowledge.error.summaryLength') : null],
    [ids.kind!, v.kind ? null : t('knowledge.error.kindMissing')],
    [ids.symptom!, knownError && !v.symptom.trim() ? t('knowledge.error.symptomMissing') : v.symptom.length > 5000 ? t('knowledge.error.longText') : null],
    [ids.cause!, knownError && v.cause.length > 5000 ? t('knowledge.error.longText') : null],
    [ids.workaround!, knownError && !v.workaround.trim() ? t('knowledge.error.workaroundMissing') : v.workaround.length > 5000 ? t('knowledge.error.longText') : null],
    [ids.body!, !body ? t('knowledge.error.bodyMissing') : body.length > 50000 ? t('knowledge.error.bodyLength') : null],
    [ids.keywords!, keywords.length > 20 ? t('knowledge.error.keywordsMany') : keywords.some((k) => k.length > 50) ? t('knowledge.error.keywordLength') : null],
    [ids.review_due_on!, v.review_due_on && !/^\d{4}-\d{2}-\d{2}$/.test(v.review_due_on) ? t('knowledge.error.dateInvalid') : null],
  ]);
}

// The whole article as the server takes it (a new article).
export function articleInput(v: ArticleValues): ArticleInput {
  const knownError = v.kind === 'known_error';
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    kind: v.kind,
    body: v.body.trim(),
    symptom: knownError ? v.symptom.trim() : null,
    cause: knownError && v.cause.trim() ? v.cause.trim() : null,
    workaround: knownError ? v.workaround.trim() : null,
    keywords: keywordList(v.keywords),
    review_due_on: v.review_due_on || null,
  };
}

// Only what changed (an edit, sent with If-Match).
export function articleChanges(a: Article, v: ArticleValues): ArticleInput {
  const next = articleInput(v);
  const changes: ArticleInput = {};
  if (next.title !== a.title) changes.title = next.title;
  if (next.summary !== a.summary) changes.summary = next.summary;
  if (next.kind !== a.kind) changes.kind = next.kind;
  if (next.body !== a.body) changes.body = next.body;
  if ((next.symptom ?? null) !== (a.symptom ?? null)) changes.symptom = next.symptom ?? null;
  if ((next.cause ?? null) !== (a.cause ?? null)) changes.cause = next.cause ?? null;
  if ((next.workaround ?? null) !== (a.workaround ?? null)) changes.workaround = next.workaround ?? null;
  if (JSON.stringify(next.keywords) !== JSON.stringify(a.keywords)) changes.keywords = next.keywords ?? [];
  if ((next.review_due_on ?? null) !== (a.review_due_on ?? null)) changes.review_due_on = next.review_due_on ?? null;
  return changes;
}

interface Props {
  ids: Record<string, string>;
  values: ArticleValues;
  set: (changes: Partial<ArticleValues>) => void;
  errors: FormErrors;
}

export function ArticleFields({ ids, values, set, errors }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: string) => errors.fields[ids[field]!];
  return (
    <>
      <TextField id={ids.title!} label={t('knowledge.title')} hint={t('knowledge.titleHint')} value={values.title} onInput={(title) => set({ title })} error={err('title')} inputProps={{ maxLength: 200 }} />
      <TextArea id={ids.summary!} label={t('knowledge.summary')} hint={t('knowledge.summaryHint')} value={values.summary} onInput={(summary) => set({ summary })} error={err('summary')} rows={2} />
      <RadioGroup
        id={ids.kind!}
        legend={t('knowledge.kindLabel')}
        value={values.kind}
        onChange={(kind) => set({ kind })}
        options={ARTICLE_KINDS.map((k) => ({ value: k, label: `${kindLabel(k, i18n)} — ${kindHint(k, i18n)}` }))}
        error={err('kind')}
      />
      {values.kind === 'known_error' && (
        <fieldset class="fieldset kb-known-error" data-testid={`${ids.kind}-known-error`}>
          <legend class="fieldset__legend">{t('knowledge.knownErrorPart')}</legend>
          <TextArea id={ids.symptom!} label={t('knowledge.symptom')} hint={t('knowledge.symptomHint')} value={values.symptom} onInput={(symptom) => set({ symptom })} error={err('symptom')} />
          <TextArea id={ids.cause!} label={t('knowledge.causeOptional')} value={values.cause} onInput={(cause) => set({ cause })} error={err('cause')} />
          <TextArea id={ids.workaround!} label={t('knowledge.workaround')} hint={t('knowledge.workaroundHint')} value={values.workaround} onInput={(workaround) => set({ workaround })} error={err('workaround')} />
        </fieldset>
      )}
      <TextArea id={ids.body!} label={t('knowledge.body')} hint={t('knowledge.bodyHint')} value={values.body} onInput={(body) => set({ body })} error={err('body')} rows={10} />
      <TextField id={ids.keywords!} label={t('knowledge.keywordsOptional')} hint={t('knowledge.keywordsHint')} value={values.keywords} onInput={(keywords) => set({ keywords })} error={err('keywords')} inputProps={{ maxLength: 1100 }} />
      <TextField
        id={ids.review_due_on!}
        type="date"
        width="half"
        label={t('knowledge.reviewDueOptional')}
        hint={t('knowledge.reviewDueHint')}
        value={values.review_due_on}
        onInput={(review_due_on) => set({ review_due_on })}
        error={err('review_due_on')}
      />
    </>
  );
}
