// The fields of a treatment plan (Formulir 4.0): the option (only those of the risk's
// polarity, PermenPANRB 5/2020), the action plan and its output, the schedule, the
// responsible agency and supporting ones, the status and — once done — the date and the
// residual likelihood and impact, with a preview of the residual level against the
// appetite. Also the values, the server's field names → inputs, checks and what is sent.
import type { TreatmentInput } from '../../api/risks';
import type { Agency } from '../../api/identityTypes';
import { TREATMENT_OPTIONS, TREATMENT_STATUSES, type Risk, type RiskCriteria, type RiskTreatment } from '../../api/riskTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { optionHint, optionLabel, treatmentStatusLabel } from './labels';
import { RiskPreview } from './RiskPreview';

export type TreatmentValues = {
  treatment_option: string;
  actions: string;
  output: string;
  starts_on: string;
  due_on: string;
  owner_agency_id: string;
  supporting_agencies: string[];
  status: string;
  done_on: string;
  residual_likelihood: string;
  residual_impact_level: string;
};

export const emptyTreatment = (risk: Risk): TreatmentValues => ({
  treatment_option: '',
  actions: '',
  output: '',
  starts_on: '',
  due_on: '',
  owner_agency_id: String(risk.agency_id),
  supporting_agencies: [],
  status: 'planned',
  done_on: '',
  residual_likelihood: '',
  residual_impact_level: '',
});

export const treatmentValuesOf = (x: RiskTreatment): TreatmentValues => ({
  treatment_option: x.treatment_option,
  actions: x.actions,
  output: x.output,
  starts_on: x.starts_on,
  due_on: x.due_on,
  owner_agency_id: String(x.owner_agency_id),
  supporting_agencies: x.supporting_agencies.map(String),
  status: x.status,
  done_on: x.done_on ?? '',
  residual_likelihood: x.residual ? String(x.residual.likelihood) : '',
  residual_impact_level: x.residual ? String(x.residual.impact_level) : '',
});

const FIELDS: Array<keyof TreatmentValues> = [
  'treatment_option',
  'actions',
  'output',
  'starts_on',
  'due_on',
  'owner_agency_id',
  'supporting_agencies',
  'status',
  'done_on',
  'residual_likelihood',
  'residual_impact_level',
];

export function treatmentFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of FIELDS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  for (let i = 0; i < 100; i += 1) ids[`supporting_agencies[${i}]`] = ids.supporting_agencies!;
  return ids;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkTreatment(v: TreatmentValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const done = v.status === 'done';
  return fieldErrors([
    [ids.treatment_option!, v.treatment_option ? null : t('risk.error.optionMissing')],
    [ids.actions!, !v.actions.trim() ? t('risk.error.actionsMissing') : v.actions.trim().length > 2000 ? t('risk.error.tooLong', { n: 2000 }) : null],
    [ids.output!, v.output.trim().length > 2000 ? t('risk.error.tooLong', { n: 2000 }) : null],
    [ids.starts_on!, !v.starts_on ? t('risk.error.startMissing') : !DATE.test(v.starts_on) ? t('risk.error.dateInvalid') : null],
    [
      ids.due_on!,
      !v.due_on ? t('risk.error.dueMissing') : !DATE.test(v.due_on) ? t('risk.error.dateInvalid') : v.starts_on && v.due_on < v.starts_on ? t('risk.error.dueBeforeStart') : null,
    ],
    [ids.done_on!, done && !v.done_on ? t('risk.error.doneOnMissing') : v.done_on && !DATE.test(v.done_on) ? t('risk.error.dateInvalid') : null],
    [ids.residual_likelihood!, done && !v.residual_likelihood ? t('risk.error.residualLikelihoodMissing') : null],
    [ids.residual_impact_level!, done && !v.residual_impact_level ? t('risk.error.residualImpactMissing') : null],
  ]);
}

export function treatmentInput(v: TreatmentValues): TreatmentInput {
  const done = v.status === 'done';
  return {
    treatment_option: v.treatment_option,
    actions: v.actions.trim(),
    output: v.output.trim(),
    starts_on: v.starts_on,
    due_on: v.due_on,
    owner_agency_id: Number(v.owner_agency_id),
    supporting_agencies: v.supporting_agencies.map(Number),
    status: v.status,
    ...(done
      ? { done_on: v.done_on, residual_likelihood: Number(v.residual_likelihood), residual_impact_level: Number(v.residual_impact_level) }
      : {}),
  };
}

export function treatmentChanges(x: RiskTreatment, v: TreatmentValues): TreatmentInput {
  const all = treatmentInput(v) as Record<string, unknown>;
  const was = treatmentInput(treatmentValuesOf(x)) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(all)) if (JSON.stringify(value) !== JSON.stringify(was[k])) changes[k] = value;
  return changes as TreatmentInput;
}

interface Props {
  ids: Record<string, string>;
  values: TreatmentValues;
  set: (changes: Partial<TreatmentValues>) => void;
  errors: FormErrors;
  risk: Risk;
  criteria: RiskCriteria;
  agencies: Agency[];
  prefix: string;
  statuses: readonly string[];
}

export function TreatmentFields({ ids, values, set, errors, risk, criteria, agencies, prefix, statuses }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (f: keyof TreatmentValues) => errors.fields[ids[f]!];
  const options = TREATMENT_OPTIONS[risk.polarity === 'positive' ? 'positive' : 'negative'];
  const scale = (levels: RiskCriteria['likelihood_levels']) =>
    [...levels].sort((a, b) => a.level - b.level).map((l) => ({ value: String(l.level), label: `${l.level} – ${l.name}` }));
  const done = values.status === 'done';

  return (
    <>
      <RadioGroup
        id={ids.treatment_option!}
        legend={t('risk.treatmentOption')}
        hint={risk.polarity === 'positive' ? t('risk.optionsPositiveHint') : t('risk.optionsNegativeHint')}
        value={values.treatment_option}
        onChange={(treatment_option) => set({ treatment_option })}
        options={options.map((o) => ({ value: o, label: `${optionLabel(o, i18n)} — ${optionHint(o, risk.polarity, i18n)}` }))}
        error={err('treatment_option')}
      />
      <TextArea id={ids.actions!} label={t('risk.actions')} hint={t('risk.actionsHint')} value={values.actions} onInput={(actions) => set({ actions })} error={err('actions')} />
      <TextArea id={ids.output!} label={t('risk.outputOptional')} value={values.output} onInput={(output) => set({ output })} error={err('output')} />
      <TextField id={ids.starts_on!} type="date" label={t('risk.startsOn')} value={values.starts_on} onInput={(starts_on) => set({ starts_on })} error={err('starts_on')} width="half" />
      <TextField id={ids.due_on!} type="date" label={t('risk.dueOn')} value={values.due_on} onInput={(due_on) => set({ due_on })} error={err('due_on')} width="half" />
      <SelectField
        id={ids.owner_agency_id!}
        label={t('risk.ownerAgency')}
        hint={t('risk.ownerAgencyHint')}
        value={values.owner_agency_id}
        onChange={(owner_agency_id) => set({ owner_agency_id })}
        options={agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))}
        error={err('owner_agency_id')}
      />
      <details class="details" data-testid={`${prefix}-supporting`}>
        <summary class="details__summary">{t('risk.supportingAgencies', { n: values.supporting_agencies.length })}</summary>
        <CheckboxGroup
          id={ids.supporting_agencies!}
          legend={t('risk.supportingAgenciesLegend')}
          values={values.supporting_agencies}
          onChange={(supporting_agencies) => set({ supporting_agencies })}
          options={agencies.filter((a) => String(a.id) !== values.owner_agency_id).map((a) => ({ value: String(a.id), label: `${a.short_name} — ${a.name}` }))}
          error={err('supporting_agencies')}
        />
      </details>
      <RadioGroup
        id={ids.status!}
        legend={t('risk.treatmentStatusLabel')}
        value={values.status}
        onChange={(status) => set({ status })}
        options={statuses.map((s) => ({ value: s, label: treatmentStatusLabel(s, i18n) }))}
        error={err('status')}
      />
      {done && (
        <fieldset class="fieldset risk-part" data-testid={`${prefix}-residual`}>
          <legend class="fieldset__legend">{t('risk.residualTitle')}</legend>
          <p class="body">{t('risk.residualIntro')}</p>
          <TextField id={ids.done_on!} type="date" label={t('risk.doneOn')} value={values.done_on} onInput={(done_on) => set({ done_on })} error={err('done_on')} width="half" />
          <RadioGroup
            id={ids.residual_likelihood!}
            legend={t('risk.residualLikelihood')}
            value={values.residual_likelihood}
            onChange={(residual_likelihood) => set({ residual_likelihood })}
            options={scale(criteria.likelihood_levels)}
            error={err('residual_likelihood')}
          />
          <RadioGroup
            id={ids.residual_impact_level!}
            legend={t('risk.residualImpact')}
            value={values.residual_impact_level}
            onChange={(residual_impact_level) => set({ residual_impact_level })}
            options={scale(criteria.impact_levels)}
            error={err('residual_impact_level')}
          />
          <RiskPreview
            criteria={criteria}
            likelihood={values.residual_likelihood}
            impact={values.residual_impact_level}
            category={risk.category}
            polarity={risk.polarity}
            testId={`${prefix}-residual-preview`}
          />
        </fieldset>
      )}
    </>
  );
}

export { TREATMENT_STATUSES };
