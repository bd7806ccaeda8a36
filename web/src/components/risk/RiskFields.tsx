// The fields of a risk as Formulir 3.0 asks them, shared by the create and the edit
// form: identification (polarity, SPBE goal and indicator, event, cause, category,
// impact and its area), analysis (existing controls, likelihood and impact as scales
// with their names and criteria, with a live preview of magnitude, level and the
// decision to treat) and evaluation (priority among equal magnitudes). Also: the
// values as the form keeps them, the server's field names → inputs, the browser's
// own checks and what is sent.
import type { RiskInput } from '../../api/risks';
import { CONTROL_KINDS, POLARITIES, type Risk, type RiskCriteria } from '../../api/riskTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { controlLabel, polarityLabel } from './labels';
import { RiskPreview } from './RiskPreview';

export type RiskValues = {
  polarity: string;
  spbe_goal: string;
  indicator: string;
  event: string;
  cause: string;
  category: string;
  impact: string;
  impact_area: string;
  controls: string[];
  controls_note: string;
  likelihood: string;
  likelihood_note: string;
  impact_level: string;
  impact_note: string;
  priority_rank: string;
};

export const EMPTY_RISK: RiskValues = {
  polarity: '',
  spbe_goal: '',
  indicator: '',
  event: '',
  cause: '',
  category: '',
  impact: '',
  impact_area: '',
  controls: [],
  controls_note: '',
  likelihood: '',
  likelihood_note: '',
  impact_level: '',
  impact_note: '',
  priority_rank: '',
};

export const riskValuesOf = (r: Risk): RiskValues => ({
  polarity: r.polarity,
  spbe_goal: r.spbe_goal,
  indicator: r.indicator,
  event: r.event,
  cause: r.cause,
  category: r.category,
  impact: r.impact,
  impact_area: r.impact_area,
  controls: [...r.controls],
  controls_note: r.controls_note,
  likelihood: String(r.likelihood),
  likelihood_note: r.likelihood_note,
  impact_level: String(r.impact_level),
  impact_note: r.impact_note,
  priority_rank: r.priority_rank === null ? '' : String(r.priority_rank),
});

const FIELDS = Object.keys(EMPTY_RISK) as Array<keyof RiskValues>;

export function riskFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of FIELDS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  ids.agency_id = `${prefix}-agency`;
  ids.year = `${prefix}-year`;
  for (let i = 0; i < CONTROL_KINDS.length; i += 1) ids[`controls[${i}]`] = ids.controls!;
  return ids;
}

const MAX_TEXT = 2000;

export function checkRisk(v: RiskValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const required = (value: string, missing: string) => (!value.trim() ? missing : value.trim().length > MAX_TEXT ? t('risk.error.tooLong', { n: MAX_TEXT }) : null);
  const optional = (value: string) => (value.trim().length > MAX_TEXT ? t('risk.error.tooLong', { n: MAX_TEXT }) : null);
  const rank = v.priority_rank.trim();
  return fieldErrors([
    [ids.polarity!, v.polarity ? null : t('risk.error.polarityMissing')],
    [ids.spbe_goal!, optional(v.spbe_goal)],
    [ids.indicator!, optional(v.indicator)],
    [ids.event!, required(v.event, t('risk.error.eventMissing'))],
    [ids.cause!, required(v.cause, t('risk.error.causeMissing'))],
    [ids.category!, v.category ? null : t('risk.error.categoryMissing')],
    [ids.impact!, required(v.impact, t('risk.error.impactMissing'))],
    [ids.impact_area!, v.impact_area ? null : t('risk.error.impactAreaMissing')],
    [ids.controls_note!, optional(v.controls_note)],
    [ids.likelihood!, v.likelihood ? null : t('risk.error.likelihoodMissing')],
    [ids.likelihood_note!, optional(v.likelihood_note)],
    [ids.impact_level!, v.impact_level ? null : t('risk.error.impactLevelMissing')],
    [ids.impact_note!, optional(v.impact_note)],
    [ids.priority_rank!, rank && !/^[1-9]\d{0,5}$/.test(rank) ? t('risk.error.priorityInvalid') : null],
  ]);
}

export function riskInput(v: RiskValues): RiskInput {
  return {
    polarity: v.polarity,
    spbe_goal: v.spbe_goal.trim(),
    indicator: v.indicator.trim(),
    event: v.event.trim(),
    cause: v.cause.trim(),
    category: v.category,
    impact: v.impact.trim(),
    impact_area: v.impact_area,
    controls: v.controls,
    controls_note: v.controls_note.trim(),
    likelihood: Number(v.likelihood),
    likelihood_note: v.likelihood_note.trim(),
    impact_level: Number(v.impact_level),
    impact_note: v.impact_note.trim(),
    priority_rank: v.priority_rank.trim() ? Number(v.priority_rank.trim()) : null,
  };
}

// Only what differs from the risk as loaded.
export function riskChanges(r: Risk, v: RiskValues): RiskInput {
  const all = riskInput(v);
  const was = riskInput(riskValuesOf(r));
  const changes: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(all)) {
    if (JSON.stringify(value) !== JSON.stringify((was as Record<string, unknown>)[k])) changes[k] = value;
  }
  return changes as RiskInput;
}

interface Props {
  prefix: string;
  ids: Record<string, string>;
  values: RiskValues;
  set: (changes: Partial<RiskValues>) => void;
  errors: FormErrors;
  criteria: RiskCriteria;
}

export function RiskFields({ prefix, ids, values, set, errors, criteria }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: keyof RiskValues) => errors.fields[ids[field]!];
  const scale = (levels: RiskCriteria['likelihood_levels']) =>
    [...levels].sort((a, b) => a.level - b.level).map((l) => ({ value: String(l.level), label: `${l.level} – ${l.name}${l.criteria ? `: ${l.criteria}` : ''}` }));

  return (
    <>
      <fieldset class="fieldset risk-part" data-testid={`${prefix}-identification`}>
        <legend class="fieldset__legend fieldset__legend--m">{t('risk.partIdentification')}</legend>
        <RadioGroup
          id={ids.polarity!}
          legend={t('risk.polarityLabel')}
          hint={t('risk.polarityHint')}
          value={values.polarity}
          onChange={(polarity) => set({ polarity })}
          options={POLARITIES.map((p) => ({ value: p, label: polarityLabel(p, i18n) }))}
          error={err('polarity')}
        />
        <TextField id={ids.spbe_goal!} label={t('risk.spbeGoalOptional')} value={values.spbe_goal} onInput={(spbe_goal) => set({ spbe_goal })} error={err('spbe_goal')} autoComplete="off" />
        <TextField id={ids.indicator!} label={t('risk.indicatorOptional')} value={values.indicator} onInput={(indicator) => set({ indicator })} error={err('indicator')} autoComplete="off" />
        <TextArea id={ids.event!} label={t('risk.event')} hint={t('risk.eventHint')} value={values.event} onInput={(event) => set({ event })} error={err('event')} />
        <TextArea id={ids.cause!} label={t('risk.cause')} value={values.cause} onInput={(cause) => set({ cause })} error={err('cause')} />
        <SelectField
          id={ids.category!}
          label={t('risk.category')}
          hint={t('risk.categoryHint')}
          value={values.category}
          onChange={(category) => set({ category })}
          options={[{ value: '', label: t('risk.chooseCategory') }, ...criteria.categories.map((c) => ({ value: c.key, label: c.name }))]}
          error={err('category')}
        />
        <TextArea id={ids.impact!} label={t('risk.impact')} hint={t('risk.impactHint')} value={values.impact} onInput={(impact) => set({ impact })} error={err('impact')} />
        <SelectField
          id={ids.impact_area!}
          label={t('risk.impactArea')}
          value={values.impact_area}
          onChange={(impact_area) => set({ impact_area })}
          options={[{ value: '', label: t('risk.chooseImpactArea') }, ...criteria.impact_areas.map((a) => ({ value: a.key, label: a.name }))]}
          error={err('impact_area')}
        />
      </fieldset>

      <fieldset class="fieldset risk-part" data-testid={`${prefix}-analysis`}>
        <legend class="fieldset__legend fieldset__legend--m">{t('risk.partAnalysis')}</legend>
        <CheckboxGroup
          id={ids.controls!}
          legend={t('risk.controls')}
          hint={t('risk.controlsHint')}
          values={values.controls}
          onChange={(controls) => set({ controls })}
          options={CONTROL_KINDS.map((c) => ({ value: c, label: controlLabel(c, i18n) }))}
          error={err('controls')}
        />
        <TextArea id={ids.controls_note!} label={t('risk.controlsNoteOptional')} value={values.controls_note} onInput={(controls_note) => set({ controls_note })} error={err('controls_note')} />
        <RadioGroup
          id={ids.likelihood!}
          legend={t('risk.likelihood')}
          hint={t('risk.likelihoodHint')}
          value={values.likelihood}
          onChange={(likelihood) => set({ likelihood })}
          options={scale(criteria.likelihood_levels)}
          error={err('likelihood')}
        />
        <TextArea id={ids.likelihood_note!} label={t('risk.likelihoodNoteOptional')} value={values.likelihood_note} onInput={(likelihood_note) => set({ likelihood_note })} error={err('likelihood_note')} />
        <RadioGroup
          id={ids.impact_level!}
          legend={t('risk.impactLevel')}
          hint={t('risk.impactLevelHint')}
          value={values.impact_level}
          onChange={(impact_level) => set({ impact_level })}
          options={scale(criteria.impact_levels)}
          error={err('impact_level')}
        />
        <TextArea id={ids.impact_note!} label={t('risk.impactNoteOptional')} value={values.impact_note} onInput={(impact_note) => set({ impact_note })} error={err('impact_note')} />
      </fieldset>

      <fieldset class="fieldset risk-part" data-testid={`${prefix}-evaluation`}>
        <legend class="fieldset__legend fieldset__legend--m">{t('risk.partEvaluation')}</legend>
        <RiskPreview criteria={criteria} likelihood={values.likelihood} impact={values.impact_level} category={values.category} polarity={values.polarity} testId={`${prefix}-preview`} />
        <TextField
          id={ids.priority_rank!}
          label={t('risk.priorityOptional')}
          hint={t('risk.priorityHint')}
          value={values.priority_rank}
          onInput={(priority_rank) => set({ priority_rank })}
          error={err('priority_rank')}
          width="short"
          inputProps={{ inputMode: 'numeric', maxLength: 6 }}
        />
      </fieldset>
    </>
  );
}
