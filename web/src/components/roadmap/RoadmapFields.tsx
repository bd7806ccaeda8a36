// The fields of a roadmap itself: title and five-year period (first and last
// year inclusive), checked in the browser before anything is sent, and the
// server's errors shown beside them.
import type { FormErrors } from '../../forms/formErrors';
import { fieldErrors } from '../../forms/formErrors';
import { yearOf } from '../../format/roadmap';
import type { I18n } from '../../i18n/useI18n';
import { useI18n } from '../../i18n/useI18n';
import { TextField } from '../form/TextField';

export interface RoadmapValues extends Record<string, unknown> {
  title: string;
  start_year: string;
  end_year: string;
}

export const EMPTY_ROADMAP: RoadmapValues = { title: '', start_year: '', end_year: '' };

export const roadmapFieldIds = (prefix: string) => ({
  title: `${prefix}-title`,
  start_year: `${prefix}-start-year`,
  end_year: `${prefix}-end-year`,
  decree_number: `${prefix}-decree-number`,
  decree_date: `${prefix}-decree-date`,
  change_reason: `${prefix}-change-reason`,
  change_note: `${prefix}-change-note`,
  change_decree_number: `${prefix}-change-decree-number`,
  change_decree_date: `${prefix}-change-decree-date`,
});

type Ids = ReturnType<typeof roadmapFieldIds>;

// What the browser can tell at once: a title, two years, five years apart.
export function checkRoadmap(values: RoadmapValues, ids: Ids, { t }: I18n): FormErrors {
  const start = yearOf(values.start_year);
  const end = yearOf(values.end_year);
  let endError: string | null = null;
  if (end === null) endError = t('roadmap.error.yearMissing');
  else if (start !== null && end - start + 1 !== 5) endError = t('roadmap.error.fiveYears', { first: start, last: start + 4 });
  return fieldErrors([
    [ids.title, values.title.trim() ? null : t('roadmap.error.titleMissing')],
    [ids.start_year, start === null ? t('roadmap.error.yearMissing') : null],
    [ids.end_year, endError],
  ]);
}

export function RoadmapFields({ ids, values, set, errors }: { ids: Ids; values: RoadmapValues; set: (v: Partial<RoadmapValues>) => void; errors: FormErrors }) {
  const { t } = useI18n();
  return (
    <>
      <TextField id={ids.title} label={t('roadmap.titleLabel')} hint={t('roadmap.titleHint')} value={values.title} onInput={(title) => set({ title })} error={errors.fields[ids.title]} />
      <fieldset class="fieldset" aria-describedby={`${ids.start_year}-period-hint`}>
        <legend class="fieldset__legend">{t('roadmap.period')}</legend>
        <div class="field-hint" id={`${ids.start_year}-period-hint`}>
          {t('roadmap.periodHint')}
        </div>
        <TextField
          id={ids.start_year}
          label={t('roadmap.startYear')}
          value={values.start_year}
          onInput={(start_year) => set({ start_year })}
          error={errors.fields[ids.start_year]}
          width="short"
          inputProps={{ inputMode: 'numeric', maxLength: 4 }}
        />
        <TextField
          id={ids.end_year}
          label={t('roadmap.endYear')}
          value={values.end_year}
          onInput={(end_year) => set({ end_year })}
          error={errors.fields[ids.end_year]}
          width="short"
          inputProps={{ inputMode: 'numeric', maxLength: 4 }}
        />
      </fieldset>
    </>
  );
}
