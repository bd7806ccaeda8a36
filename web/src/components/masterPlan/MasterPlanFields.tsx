// The fields of a master plan (Rencana Induk SPBE), shared by the create and the
// edit form: title, five-year period, vision, the five lists of statements
// (one per line in a text box), the RPJMD it refers to, and the decree while it
// is still a draft. Also: the values as the form keeps them (text), the map of
// the server's field names to the inputs, and what is sent.
import type { MasterPlanInput } from '../../api/masterPlans';
import { MASTER_PLAN_LISTS, type MasterPlan, type MasterPlanList } from '../../api/masterPlanTypes';
import { LIST_LABELS, linesOf, sameList, textOf, yearOf } from '../../format/masterPlan';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import type { I18n } from '../../i18n/useI18n';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/messages';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export type PlanValues = {
  title: string;
  start_year: string;
  end_year: string;
  vision: string;
  missions: string;
  goals: string;
  targets: string;
  policy_directions: string;
  strategies: string;
  rpjmd_reference: string;
  decree_number: string;
  decree_date: string;
};

export const EMPTY_PLAN: PlanValues = {
  title: '',
  start_year: '',
  end_year: '',
  vision: '',
  missions: '',
  goals: '',
  targets: '',
  policy_directions: '',
  strategies: '',
  rpjmd_reference: '',
  decree_number: '',
  decree_date: '',
};

export const planValuesOf = (p: MasterPlan): PlanValues => ({
  title: p.title,
  start_year: String(p.start_year),
  end_year: String(p.end_year),
  vision: p.vision,
  missions: textOf(p.missions),
  goals: textOf(p.goals),
  targets: textOf(p.targets),
  policy_directions: textOf(p.policy_directions),
  strategies: textOf(p.strategies),
  rpjmd_reference: p.rpjmd_reference ?? '',
  decree_number: p.decree_number ?? '',
  decree_date: p.decree_date ?? '',
});

const SCALARS = ['title', 'start_year', 'end_year', 'vision', 'rpjmd_reference', 'decree_number', 'decree_date'] as const;

// The server's field names (missions.3 is the fourth mission) → the ids of the inputs.
export function planFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of SCALARS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  for (const list of MASTER_PLAN_LISTS) {
    const id = `${prefix}-${list.replace(/_/g, '-')}`;
    ids[list] = id;
    for (let i = 0; i < 50; i += 1) ids[`${list}.${i}`] = id;
  }
  return ids;
}

// What the browser checks before sending: a title, years written as numbers.
// The five-year rule and the rest are the server's (its words appear beside the field).
export function checkPlan(values: PlanValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const year = (text: string) => (text.trim() === '' ? t('masterPlan.error.yearMissing') : yearOf(text) === null ? t('masterPlan.error.yearNumber') : null);
  return fieldErrors([
    [ids.title!, values.title.trim() ? null : t('masterPlan.error.titleMissing')],
    [ids.start_year!, year(values.start_year)],
    [ids.end_year!, year(values.end_year)],
  ]);
}

// Everything, for a new plan (empty parts left out).
export function planInput(v: PlanValues): MasterPlanInput {
  const input: MasterPlanInput = { title: v.title.trim(), start_year: yearOf(v.start_year), end_year: yearOf(v.end_year) };
  if (v.vision.trim()) input.vision = v.vision.trim();
  for (const list of MASTER_PLAN_LISTS) {
    const items = linesOf(v[list]);
    if (items.length) input[list] = items;
  }
  if (v.rpjmd_reference.trim()) input.rpjmd_reference = v.rpjmd_reference.trim();
  if (v.decree_number.trim()) input.decree_number = v.decree_number.trim();
  if (v.decree_date) input.decree_date = v.decree_date;
  return input;
}

// Only what differs from the plan as loaded.
export function planChanges(p: MasterPlan, v: PlanValues, withPeriodAndDecree: boolean): MasterPlanInput {
  const changes: MasterPlanInput = {};
  if (v.title.trim() !== p.title) changes.title = v.title.trim();
  if (withPeriodAndDecree) {
    if (yearOf(v.start_year) !== p.start_year) changes.start_year = yearOf(v.start_year);
    if (yearOf(v.end_year) !== p.end_year) changes.end_year = yearOf(v.end_year);
    if (v.decree_number.trim() !== (p.decree_number ?? '')) changes.decree_number = v.decree_number.trim() || null;
    if (v.decree_date !== (p.decree_date ?? '')) changes.decree_date = v.decree_date || null;
  }
  if (v.vision.trim() !== p.vision) changes.vision = v.vision.trim() || null;
  for (const list of MASTER_PLAN_LISTS) {
    const items = linesOf(v[list]);
    if (!sameList(items, p[list])) changes[list] = items;
  }
  if (v.rpjmd_reference.trim() !== (p.rpjmd_reference ?? '')) changes.rpjmd_reference = v.rpjmd_reference.trim() || null;
  return changes;
}

interface Props {
  ids: Record<string, string>;
  values: PlanValues;
  set: (changes: Partial<PlanValues>) => void;
  errors: FormErrors;
  periodAndDecree: boolean; // false once enacted: the period and the decree stay
  today: string;
}

const LIST_HINTS: Record<MasterPlanList, MessageKey> = {
  missions: 'masterPlan.missionsHint',
  goals: 'masterPlan.goalsHint',
  targets: 'masterPlan.targetsHint',
  policy_directions: 'masterPlan.policyDirectionsHint',
  strategies: 'masterPlan.strategiesHint',
};

export function MasterPlanFields({ ids, values, set, errors, periodAndDecree, today }: Props) {
  const { t } = useI18n();
  const err = (field: string) => errors.fields[ids[field]!];
  return (
    <>
      <TextField
        id={ids.title!}
        label={t('masterPlan.titleLabel')}
        hint={t('masterPlan.titleHint')}
        value={values.title}
        onInput={(title) => set({ title })}
        error={err('title')}
        autoComplete="off"
      />
      {periodAndDecree ? (
        <div class="period-fields" data-testid="master-plan-period">
          <TextField
            id={ids.start_year!}
            label={t('masterPlan.startYear')}
            hint={t('masterPlan.periodHint')}
            value={values.start_year}
            onInput={(start_year) => set({ start_year, ...(yearOf(start_year) && !values.end_year ? { end_year: String(yearOf(start_year)! + 4) } : {}) })}
            error={err('start_year')}
            width="short"
            inputProps={{ inputMode: 'numeric', maxLength: 4 }}
          />
          <TextField
            id={ids.end_year!}
            label={t('masterPlan.endYear')}
            value={values.end_year}
            onInput={(end_year) => set({ end_year })}
            error={err('end_year')}
            width="short"
            inputProps={{ inputMode: 'numeric', maxLength: 4 }}
          />
        </div>
      ) : (
        <p class="body secondary" data-testid="master-plan-period-fixed">
          {t('masterPlan.periodFixed', { start: values.start_year, end: values.end_year })}
        </p>
      )}
      <TextArea id={ids.vision!} label={t('masterPlan.vision')} hint={t('masterPlan.visionHint')} value={values.vision} onInput={(vision) => set({ vision })} error={err('vision')} />
      {MASTER_PLAN_LISTS.map((list) => (
        <TextArea
          key={list}
          id={ids[list]!}
          label={t(LIST_LABELS[list])}
          hint={`${t(LIST_HINTS[list])} ${t('masterPlan.oneSentencePerLine')}`}
          value={values[list]}
          onInput={(text) => set({ [list]: text } as Partial<PlanValues>)}
          error={err(list)}
          rows={4}
        />
      ))}
      <TextField
        id={ids.rpjmd_reference!}
        label={t('masterPlan.rpjmd')}
        hint={t('masterPlan.rpjmdHint')}
        value={values.rpjmd_reference}
        onInput={(rpjmd_reference) => set({ rpjmd_reference })}
        error={err('rpjmd_reference')}
        autoComplete="off"
      />
      {periodAndDecree && (
        <>
          <TextField
            id={ids.decree_number!}
            label={t('masterPlan.decreeNumberOptional')}
            hint={t('masterPlan.decreeNumberHint')}
            value={values.decree_number}
            onInput={(decree_number) => set({ decree_number })}
            error={err('decree_number')}
            autoComplete="off"
          />
          <TextField
            id={ids.decree_date!}
            label={t('masterPlan.decreeDateOptional')}
            type="date"
            value={values.decree_date}
            onInput={(decree_date) => set({ decree_date })}
            error={err('decree_date')}
            width="short"
            inputProps={{ max: today }}
          />
        </>
      )}
    </>
  );
}
