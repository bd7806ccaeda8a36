// The fields of a business process, shared by the create and the edit form: code,
// name, kind, description, purpose, outputs, the architecture version it is based
// on, its steps (rows of step + responsible position or unit, added and removed
// one by one) and the related services and applications (one per line). Also:
// the values as the form keeps them, the map of the server's field names to the
// inputs, the browser's own checks and what is sent.
import type { ProcessInput, StepInput } from '../../api/businessProcesses';
import { PROCESS_KINDS, type ArchitectureOption, type BusinessProcess } from '../../api/businessProcessTypes';
import { linesOf, sameList, textOf } from '../../format/masterPlan';
import { processKindHint, processKindLabel } from '../../format/businessProcess';
import { architectureStatusLabel } from '../../format/architecture';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { RadioGroup } from '../form/RadioGroup';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export const MAX_STEPS = 100;

export type ProcessValues = {
  code: string;
  name: string;
  kind: string;
  description: string;
  purpose: string;
  outputs: string;
  architecture_id: string;
  steps: StepInput[];
  related_services: string;
  related_applications: string;
};

export const EMPTY_PROCESS: ProcessValues = {
  code: '',
  name: '',
  kind: '',
  description: '',
  purpose: '',
  outputs: '',
  architecture_id: '',
  steps: [{ name: '', responsible: '' }],
  related_services: '',
  related_applications: '',
};

export const processValuesOf = (p: BusinessProcess): ProcessValues => ({
  code: p.code,
  name: p.name,
  kind: p.kind,
  description: p.description,
  purpose: p.purpose,
  outputs: p.outputs,
  architecture_id: p.architecture_id === null ? '' : String(p.architecture_id),
  steps: p.steps.length ? p.steps.map((s) => ({ name: s.name, responsible: s.responsible })) : [{ name: '', responsible: '' }],
  related_services: textOf(p.related_services),
  related_applications: textOf(p.related_applications),
});

const SCALARS = ['agency_id', 'code', 'name', 'kind', 'description', 'purpose', 'outputs', 'related_services', 'related_applications'] as const;

export const stepFieldId = (prefix: string, i: number, part: 'name' | 'responsible') => `${prefix}-step-${i}-${part}`;

// The server's field names (steps.2.name is the third step's name) → the ids of the inputs.
export function processFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of SCALARS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  ids.architecture_id = `${prefix}-architecture`;
  ids.steps = `${prefix}-steps`; // the "add a step" button
  for (let i = 0; i < MAX_STEPS; i += 1) {
    ids[`steps.${i}`] = stepFieldId(prefix, i, 'name');
    ids[`steps.${i}.name`] = stepFieldId(prefix, i, 'name');
    ids[`steps.${i}.responsible`] = stepFieldId(prefix, i, 'responsible');
  }
  for (const list of ['related_services', 'related_applications']) for (let i = 0; i < 50; i += 1) ids[`${list}.${i}`] = ids[list]!;
  return ids;
}

const CODE = /^[A-Z][A-Z0-9]*([-.][A-Z0-9]+)*$/;
export const normalisedCode = (code: string) => code.trim().toUpperCase();

// The steps that will be sent: rows left wholly empty do not count.
const filledSteps = (steps: StepInput[]): StepInput[] =>
  steps.map((s) => ({ name: s.name.trim(), responsible: s.responsible.trim() })).filter((s) => s.name || s.responsible);

// What the browser checks before sending; the rest is the server's (its words appear beside the field).
export function checkProcess(values: ProcessValues, prefix: string, ids: Record<string, string>, { t }: I18n): FormErrors {
  const code = normalisedCode(values.code);
  const entries: Array<[string, string | null]> = [
    [ids.code!, !code ? t('businessProcess.error.codeMissing') : code.length > 40 || code.length < 2 || !CODE.test(code) ? t('businessProcess.error.codeInvalid') : null],
    [ids.name!, values.name.trim() ? (values.name.trim().length > 200 ? t('businessProcess.error.nameTooLong') : null) : t('businessProcess.error.nameMissing')],
    [ids.kind!, values.kind ? null : t('businessProcess.error.kindMissing')],
  ];
  values.steps.forEach((s, i) => {
    const name = s.name.trim();
    const responsible = s.responsible.trim();
    if (!name && !responsible) return;
    const n = i + 1;
    entries.push([stepFieldId(prefix, i, 'name'), name ? (name.length > 200 ? t('businessProcess.error.stepTooLong', { n }) : null) : t('businessProcess.error.stepNameMissing', { n })]);
    entries.push([
      stepFieldId(prefix, i, 'responsible'),
      responsible ? (responsible.length > 200 ? t('businessProcess.error.stepTooLong', { n }) : null) : t('businessProcess.error.stepResponsibleMissing', { n }),
    ]);
  });
  return fieldErrors(entries);
}

const optionalText = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

// Everything, for a new process (empty parts left out).
export function processInput(v: ProcessValues, agencyId: number): ProcessInput {
  const input: ProcessInput = { agency_id: agencyId, code: normalisedCode(v.code), name: v.name.trim(), kind: v.kind };
  const description = optionalText(v.description);
  const purpose = optionalText(v.purpose);
  const outputs = optionalText(v.outputs);
  if (description) input.description = description;
  if (purpose) input.purpose = purpose;
  if (outputs) input.outputs = outputs;
  if (v.architecture_id) input.architecture_id = Number(v.architecture_id);
  const steps = filledSteps(v.steps);
  if (steps.length) input.steps = steps;
  const services = linesOf(v.related_services);
  const applications = linesOf(v.related_applications);
  if (services.length) input.related_services = services;
  if (applications.length) input.related_applications = applications;
  return input;
}

// Only what differs from the process as loaded (lists are sent whole).
export function processChanges(p: BusinessProcess, v: ProcessValues): ProcessInput {
  const changes: ProcessInput = {};
  if (normalisedCode(v.code) !== p.code) changes.code = normalisedCode(v.code);
  if (v.name.trim() !== p.name) changes.name = v.name.trim();
  if (v.kind !== p.kind) changes.kind = v.kind;
  if (v.description.trim() !== p.description) changes.description = v.description.trim() || null;
  if (v.purpose.trim() !== p.purpose) changes.purpose = v.purpose.trim() || null;
  if (v.outputs.trim() !== p.outputs) changes.outputs = v.outputs.trim() || null;
  const architecture = v.architecture_id ? Number(v.architecture_id) : null;
  if (architecture !== p.architecture_id) changes.architecture_id = architecture;
  const steps = filledSteps(v.steps);
  const sameSteps = steps.length === p.steps.length && steps.every((s, i) => s.name === p.steps[i]!.name && s.responsible === p.steps[i]!.responsible);
  if (!sameSteps) changes.steps = steps;
  const services = linesOf(v.related_services);
  const applications = linesOf(v.related_applications);
  if (!sameList(services, p.related_services)) changes.related_services = services;
  if (!sameList(applications, p.related_applications)) changes.related_applications = applications;
  return changes;
}

export function architectureOptionLabel(a: ArchitectureOption, i18n: I18n): string {
  return `${a.title} (${a.start_year}–${a.end_year}, ${architectureStatusLabel(a.status, i18n)})`;
}

interface Props {
  prefix: string;
  ids: Record<string, string>;
  values: ProcessValues;
  set: (changes: Partial<ProcessValues>) => void;
  errors: FormErrors;
  architectures: ArchitectureOption[];
}

export function ProcessFields({ prefix, ids, values, set, errors, architectures }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: string) => errors.fields[ids[field]!];
  const focusAfterRender = useFocusAfterRender();
  // Superseded versions cannot be chosen; the one already chosen stays visible.
  const choosable = architectures.filter((a) => a.status !== 'superseded' || String(a.id) === values.architecture_id);
  const setStep = (i: number, changes: Partial<StepInput>) => set({ steps: values.steps.map((s, j) => (j === i ? { ...s, ...changes } : s)) });
  const removeStep = (i: number) => {
    const rest = values.steps.filter((_, j) => j !== i);
    set({ steps: rest.length ? rest : [{ name: '', responsible: '' }] });
    focusAfterRender(rest.length ? stepFieldId(prefix, Math.min(i, rest.length - 1), 'name') : ids.steps!);
  };
  const addStep = () => {
    const n = values.steps.length;
    set({ steps: [...values.steps, { name: '', responsible: '' }] });
    focusAfterRender(stepFieldId(prefix, n, 'name'));
  };

  return (
    <>
      <TextField
        id={ids.code!}
        label={t('businessProcess.code')}
        hint={t('businessProcess.codeHint')}
        value={values.code}
        onInput={(code) => set({ code: code.toUpperCase() })}
        error={err('code')}
        width="half"
        autoComplete="off"
        inputProps={{ maxLength: 40 }}
      />
      <TextField id={ids.name!} label={t('businessProcess.name')} value={values.name} onInput={(name) => set({ name })} error={err('name')} autoComplete="off" />
      <RadioGroup
        id={ids.kind!}
        legend={t('businessProcess.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind })}
        options={PROCESS_KINDS.map((k) => ({ value: k, label: `${processKindLabel(k, i18n)} — ${processKindHint(k, i18n)}` }))}
        error={err('kind')}
      />
      <TextArea
        id={ids.description!}
        label={t('businessProcess.descriptionOptional')}
        hint={t('businessProcess.descriptionHint')}
        value={values.description}
        onInput={(description) => set({ description })}
        error={err('description')}
      />
      <TextArea id={ids.purpose!} label={t('businessProcess.purposeOptional')} value={values.purpose} onInput={(purpose) => set({ purpose })} error={err('purpose')} />
      <TextArea
        id={ids.outputs!}
        label={t('businessProcess.outputsOptional')}
        hint={t('businessProcess.outputsHint')}
        value={values.outputs}
        onInput={(outputs) => set({ outputs })}
        error={err('outputs')}
      />
      <SelectField
        id={ids.architecture_id!}
        label={t('businessProcess.architecture')}
        hint={t('businessProcess.architectureHint')}
        value={values.architecture_id}
        onChange={(architecture_id) => set({ architecture_id })}
        options={[{ value: '', label: t('businessProcess.architectureNone') }, ...choosable.map((a) => ({ value: String(a.id), label: architectureOptionLabel(a, i18n) }))]}
        error={err('architecture_id')}
      />

      <div class={`form-group${err('steps') ? ' form-group--error' : ''}`}>
        <fieldset class="fieldset" aria-describedby={`${prefix}-steps-hint`} data-testid={`${prefix}-steps-fieldset`}>
          <legend class="fieldset__legend">{t('businessProcess.steps')}</legend>
          <div class="field-hint" id={`${prefix}-steps-hint`}>
            {t('businessProcess.stepsHint')}
          </div>
          {err('steps') && (
            <p class="error-message" data-testid={`${prefix}-steps-error`}>
              {err('steps')}
            </p>
          )}
          <ol class="bp-steps">
            {values.steps.map((step, i) => (
              <li key={i} class="bp-steps__item" data-testid="step-row">
                <p class="heading-s">{t('businessProcess.stepNumber', { n: i + 1 })}</p>
                <TextField
                  id={stepFieldId(prefix, i, 'name')}
                  label={t('businessProcess.stepName')}
                  value={step.name}
                  onInput={(name) => setStep(i, { name })}
                  error={errors.fields[stepFieldId(prefix, i, 'name')]}
                  autoComplete="off"
                />
                <TextField
                  id={stepFieldId(prefix, i, 'responsible')}
                  label={t('businessProcess.stepResponsible')}
                  hint={i === 0 ? t('businessProcess.stepResponsibleHint') : undefined}
                  value={step.responsible}
                  onInput={(responsible) => setStep(i, { responsible })}
                  error={errors.fields[stepFieldId(prefix, i, 'responsible')]}
                  autoComplete="off"
                />
                {(values.steps.length > 1 || step.name || step.responsible) && (
                  <p class="body">
                    <button type="button" class="link-button link-button--danger" onClick={() => removeStep(i)} data-testid={`${prefix}-step-${i}-remove`}>
                      {t('businessProcess.stepRemove', { n: i + 1 })}
                    </button>
                  </p>
                )}
              </li>
            ))}
          </ol>
          {values.steps.length < MAX_STEPS && (
            <p class="body">
              <button type="button" id={ids.steps} class="button button--secondary" onClick={addStep} data-testid={`${prefix}-step-add`}>
                {t('businessProcess.stepAdd')}
              </button>
            </p>
          )}
        </fieldset>
      </div>

      <TextArea
        id={ids.related_services!}
        label={t('businessProcess.relatedServicesOptional')}
        hint={t('businessProcess.onePerLine')}
        value={values.related_services}
        onInput={(related_services) => set({ related_services })}
        error={err('related_services')}
      />
      <TextArea
        id={ids.related_applications!}
        label={t('businessProcess.relatedApplicationsOptional')}
        hint={t('businessProcess.onePerLine')}
        value={values.related_applications}
        onInput={(related_applications) => set({ related_applications })}
        error={err('related_applications')}
      />
    </>
  );
}
