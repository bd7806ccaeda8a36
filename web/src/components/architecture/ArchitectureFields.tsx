// The fields of an architecture version (Arsitektur SPBE), shared by the create
// and the edit form: title, five-year period, the reference architecture and
// the decree (optional until it is enacted). Versions that are not superseded
// may not overlap: the server's refusal (409) is shown beside the period.
import { problemSlug, type Result } from '../../api/client';
import type { ArchitectureInput } from '../../api/architectures';
import type { Architecture } from '../../api/architectureTypes';
import { yearOf } from '../../format/masterPlan';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export type VersionValues = {
  title: string;
  start_year: string;
  end_year: string;
  reference_summary: string;
  decree_number: string;
  decree_date: string;
};

export const EMPTY_VERSION: VersionValues = { title: '', start_year: '', end_year: '', reference_summary: '', decree_number: '', decree_date: '' };

export const versionValuesOf = (a: Architecture): VersionValues => ({
  title: a.title,
  start_year: String(a.start_year),
  end_year: String(a.end_year),
  reference_summary: a.reference_summary,
  decree_number: a.decree_number ?? '',
  decree_date: a.decree_date ?? '',
});

export function versionFieldIds(prefix: string): Record<keyof VersionValues, string> {
  return {
    title: `${prefix}-title`,
    start_year: `${prefix}-start-year`,
    end_year: `${prefix}-end-year`,
    reference_summary: `${prefix}-reference`,
    decree_number: `${prefix}-decree-number`,
    decree_date: `${prefix}-decree-date`,
  };
}

export function checkVersion(v: VersionValues, ids: Record<keyof VersionValues, string>, { t }: I18n): FormErrors {
  const year = (text: string) => (text.trim() === '' ? t('architecture.error.yearMissing') : yearOf(text) === null ? t('architecture.error.yearNumber') : null);
  return fieldErrors([
    [ids.title, v.title.trim() ? null : t('architecture.error.titleMissing')],
    [ids.start_year, year(v.start_year)],
    [ids.end_year, year(v.end_year)],
  ]);
}

export function versionInput(v: VersionValues): ArchitectureInput {
  return {
    title: v.title.trim(),
    start_year: yearOf(v.start_year),
    end_year: yearOf(v.end_year),
    ...(v.reference_summary.trim() ? { reference_summary: v.reference_summary.trim() } : {}),
    ...(v.decree_number.trim() ? { decree_number: v.decree_number.trim() } : {}),
    ...(v.decree_date ? { decree_date: v.decree_date } : {}),
  };
}

export function versionChanges(a: Architecture, v: VersionValues): ArchitectureInput {
  const changes: ArchitectureInput = {};
  if (v.title.trim() !== a.title) changes.title = v.title.trim();
  if (yearOf(v.start_year) !== a.start_year) changes.start_year = yearOf(v.start_year);
  if (yearOf(v.end_year) !== a.end_year) changes.end_year = yearOf(v.end_year);
  if (v.reference_summary.trim() !== a.reference_summary) changes.reference_summary = v.reference_summary.trim() || null;
  if (v.decree_number.trim() !== (a.decree_number ?? '')) changes.decree_number = v.decree_number.trim() || null;
  if (v.decree_date !== (a.decree_date ?? '')) changes.decree_date = v.decree_date || null;
  return changes;
}

// The server's "this period overlaps version X" (409 conflict) as a field error
// on the period, so the form shows it beside the years.
export async function overlapOnPeriod<T>(request: Promise<Result<T>>): Promise<Result<T>> {
  const answer = await request;
  if (answer.ok || answer.error.status !== 409 || problemSlug(answer.error) !== 'conflict') return answer;
  const problem = answer.error.problem;
  const message = problem?.detail ?? problem?.title ?? '';
  if (!problem || !message) return answer;
  return { ok: false, error: { ...answer.error, status: 422, problem: { ...problem, errors: [{ field: 'start_year', message }] } } };
}

interface Props {
  ids: Record<keyof VersionValues, string>;
  values: VersionValues;
  set: (changes: Partial<VersionValues>) => void;
  errors: FormErrors;
  today: string;
}

export function ArchitectureFields({ ids, values, set, errors, today }: Props) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={ids.title}
        label={t('architecture.titleLabel')}
        hint={t('architecture.titleHint')}
        value={values.title}
        onInput={(title) => set({ title })}
        error={errors.fields[ids.title]}
        autoComplete="off"
      />
      <div data-testid="architecture-period">
        <TextField
          id={ids.start_year}
          label={t('architecture.startYear')}
          hint={t('architecture.periodHint')}
          value={values.start_year}
          onInput={(start_year) => set({ start_year, ...(yearOf(start_year) && !values.end_year ? { end_year: String(yearOf(start_year)! + 4) } : {}) })}
          error={errors.fields[ids.start_year]}
          width="short"
          inputProps={{ inputMode: 'numeric', maxLength: 4 }}
        />
        <TextField
          id={ids.end_year}
          label={t('architecture.endYear')}
          value={values.end_year}
          onInput={(end_year) => set({ end_year })}
          error={errors.fields[ids.end_year]}
          width="short"
          inputProps={{ inputMode: 'numeric', maxLength: 4 }}
        />
      </div>
      <TextArea
        id={ids.reference_summary}
        label={t('architecture.reference')}
        hint={t('architecture.referenceHint')}
        value={values.reference_summary}
        onInput={(reference_summary) => set({ reference_summary })}
        error={errors.fields[ids.reference_summary]}
        rows={5}
      />
      <TextField
        id={ids.decree_number}
        label={t('architecture.decreeNumberOptional')}
        hint={t('architecture.decreeNumberHint')}
        value={values.decree_number}
        onInput={(decree_number) => set({ decree_number })}
        error={errors.fields[ids.decree_number]}
        autoComplete="off"
      />
      <TextField
        id={ids.decree_date}
        label={t('architecture.decreeDateOptional')}
        type="date"
        value={values.decree_date}
        onInput={(decree_date) => set({ decree_date })}
        error={errors.fields[ids.decree_date]}
        width="short"
        inputProps={{ max: today }}
      />
    </>
  );
}
