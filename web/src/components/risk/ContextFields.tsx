// The fields of a unit's context (Formulir 2.0): duties and functions (2.1), goals as
// rows of unit goal, SPBE goal, indicator and target (2.2), the people who own,
// coordinate and manage the risks (2.3, chosen from the agency's staff), stakeholders
// (2.4), regulations (2.5) and the signed integrity pact (Formulir 1.0, a stored file).
// Also the values, the server's field names → inputs, checks and what is sent.
import type { StoredFile } from '../../api/files';
import type { Person } from '../../api/organisationTypes';
import type { ContextInput } from '../../api/risks';
import type { RiskContext } from '../../api/riskTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/messages';
import { FileField } from '../form/FileField';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

type Row = Record<string, string>;

export type ContextValues = {
  duties: string;
  functions: string;
  goals: Array<{ unit_goal: string; spbe_goal: string; indicator: string; target: string }>;
  owner: string;
  coordinator: string;
  manager: string;
  stakeholders: Array<{ name: string; relation: string }>;
  regulations: Array<{ name: string; mandate: string }>;
  pact: StoredFile | null;
};

const EMPTY_GOAL = { unit_goal: '', spbe_goal: '', indicator: '', target: '' };
const EMPTY_STAKEHOLDER = { name: '', relation: '' };
const EMPTY_REGULATION = { name: '', mandate: '' };

export const EMPTY_CONTEXT: ContextValues = {
  duties: '',
  functions: '',
  goals: [{ ...EMPTY_GOAL }],
  owner: '',
  coordinator: '',
  manager: '',
  stakeholders: [{ ...EMPTY_STAKEHOLDER }],
  regulations: [{ ...EMPTY_REGULATION }],
  pact: null,
};

const orOne = <T,>(rows: T[], empty: T): T[] => (rows.length ? rows.map((r) => ({ ...r })) : [{ ...empty }]);

export const contextValuesOf = (c: RiskContext): ContextValues => ({
  duties: c.duties,
  functions: c.functions,
  goals: orOne(c.goals, EMPTY_GOAL),
  owner: c.structure.owner ? String(c.structure.owner.id) : '',
  coordinator: c.structure.coordinator ? String(c.structure.coordinator.id) : '',
  manager: c.structure.manager ? String(c.structure.manager.id) : '',
  stakeholders: orOne(c.stakeholders, EMPTY_STAKEHOLDER),
  regulations: orOne(c.regulations, EMPTY_REGULATION),
  pact: c.integrity_pact
    ? { ...c.integrity_pact, uploaded_by: '', uploaded_at: '', url: `/api/v1/files/${c.integrity_pact.sha256}` }
    : null,
});

const MAX_ROWS = 50;

// The parts written as rows: the row's fields and the words around them.
type RowKey = 'goals' | 'stakeholders' | 'regulations';
interface RowPart {
  part: string; // in the inputs' ids: goal | stakeholder | regulation
  empty: Row;
  fields: Array<{ key: string; label: MessageKey; area?: boolean }>;
  legend: MessageKey;
  hint: MessageKey;
  rowTitle: MessageKey;
  addLabel: MessageKey;
  removeLabel: MessageKey;
}

const ROW_PARTS: Record<RowKey, RowPart> = {
  goals: {
    part: 'goal',
    empty: EMPTY_GOAL,
    fields: [
      { key: 'unit_goal', label: 'risk.context.unitGoal' },
      { key: 'spbe_goal', label: 'risk.context.spbeGoal' },
      { key: 'indicator', label: 'risk.context.indicator' },
      { key: 'target', label: 'risk.context.target' },
    ],
    legend: 'risk.context.goals',
    hint: 'risk.context.goalsHint',
    rowTitle: 'risk.context.goalN',
    addLabel: 'risk.context.goalAdd',
    removeLabel: 'risk.context.goalRemove',
  },
  stakeholders: {
    part: 'stakeholder',
    empty: EMPTY_STAKEHOLDER,
    fields: [
      { key: 'name', label: 'risk.context.stakeholderName' },
      { key: 'relation', label: 'risk.context.relation' },
    ],
    legend: 'risk.context.stakeholders',
    hint: 'risk.context.stakeholdersHint',
    rowTitle: 'risk.context.stakeholderN',
    addLabel: 'risk.context.stakeholderAdd',
    removeLabel: 'risk.context.stakeholderRemove',
  },
  regulations: {
    part: 'regulation',
    empty: EMPTY_REGULATION,
    fields: [
      { key: 'name', label: 'risk.context.regulationName' },
      { key: 'mandate', label: 'risk.context.mandate', area: true },
    ],
    legend: 'risk.context.regulations',
    hint: 'risk.context.regulationsHint',
    rowTitle: 'risk.context.regulationN',
    addLabel: 'risk.context.regulationAdd',
    removeLabel: 'risk.context.regulationRemove',
  },
};

export function contextFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {
    duties: `${prefix}-duties`,
    functions: `${prefix}-functions`,
    structure: `${prefix}-owner`,
    'structure.owner': `${prefix}-owner`,
    'structure.coordinator': `${prefix}-coordinator`,
    'structure.manager': `${prefix}-manager`,
    integrity_pact_sha256: `${prefix}-pact`,
  };
  for (const [key, { part, fields }] of Object.entries(ROW_PARTS)) {
    ids[key] = `${prefix}-${part}-add`;
    for (let i = 0; i < MAX_ROWS * 2; i += 1) {
      for (const f of fields) ids[`${key}[${i}].${f.key}`] = `${prefix}-${part}-${i}-${f.key}`;
      ids[`${key}[${i}]`] = `${prefix}-${part}-${i}-${fields[0]!.key}`;
    }
  }
  return ids;
}

const filled = <T extends Row>(rows: T[]): T[] =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim()])) as T).filter((r) => Object.values(r).some(Boolean));

export function checkContext(v: ContextValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const entries: Array<[string, string | null]> = [
    [ids.duties!, v.duties.trim().length > 4000 ? t('risk.error.tooLong', { n: 4000 }) : null],
    [ids.functions!, v.functions.trim().length > 4000 ? t('risk.error.tooLong', { n: 4000 }) : null],
  ];
  v.goals.forEach((g, i) => {
    if (!Object.values(g).some((x) => x.trim())) return;
    entries.push([ids[`goals[${i}].unit_goal`]!, g.unit_goal.trim() ? null : t('risk.error.unitGoalMissing', { n: i + 1 })]);
    entries.push([ids[`goals[${i}].spbe_goal`]!, g.spbe_goal.trim() ? null : t('risk.error.spbeGoalMissing', { n: i + 1 })]);
  });
  v.stakeholders.forEach((s, i) => {
    if (s.relation.trim() && !s.name.trim()) entries.push([ids[`stakeholders[${i}].name`]!, t('risk.error.rowNameMissing', { n: i + 1 })]);
  });
  v.regulations.forEach((r, i) => {
    if (r.mandate.trim() && !r.name.trim()) entries.push([ids[`regulations[${i}].name`]!, t('risk.error.rowNameMissing', { n: i + 1 })]);
  });
  return fieldErrors(entries);
}

const person = (id: string) => (id ? Number(id) : null);

export function contextInput(v: ContextValues): ContextInput {
  return {
    duties: v.duties.trim(),
    functions: v.functions.trim(),
    goals: filled(v.goals),
    structure: { owner: person(v.owner), coordinator: person(v.coordinator), manager: person(v.manager) },
    stakeholders: filled(v.stakeholders),
    regulations: filled(v.regulations),
    integrity_pact_sha256: v.pact?.sha256 ?? null,
  };
}

export function contextChanges(c: RiskContext, v: ContextValues): ContextInput {
  const all = contextInput(v) as Record<string, unknown>;
  const was = contextInput(contextValuesOf(c)) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(all)) if (JSON.stringify(value) !== JSON.stringify(was[k])) changes[k] = value;
  return changes as ContextInput;
}

interface RowsProps extends RowPart {
  prefix: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: FormErrors;
  error?: string;
}

// One part written as rows: each row its fields, remove a row, add a row.
function Rows({ prefix, part, legend, hint, rows, empty, fields, rowTitle, addLabel, removeLabel, onChange, errors, error }: RowsProps) {
  const { t } = useI18n();
  const setRow = (i: number, changes: Row) => onChange(rows.map((r, j) => (j === i ? { ...r, ...changes } : r)));
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" data-testid={`${prefix}-${part}s`}>
        <legend class="fieldset__legend">{t(legend)}</legend>
        <div class="field-hint">{t(hint)}</div>
        {error && <p class="error-message">{error}</p>}
        <ol class="risk-rows">
          {rows.map((row, i) => (
            <li key={i} class="risk-goal-row" data-testid={`${prefix}-${part}-row`}>
              <p class="heading-s">{t(rowTitle, { n: i + 1 })}</p>
              {fields.map((f) => {
                const id = `${prefix}-${part}-${i}-${f.key}`;
                return f.area ? (
                  <TextArea key={f.key} id={id} label={t(f.label)} value={row[f.key] ?? ''} onInput={(x) => setRow(i, { [f.key]: x })} error={errors.fields[id]} />
                ) : (
                  <TextField key={f.key} id={id} label={t(f.label)} value={row[f.key] ?? ''} onInput={(x) => setRow(i, { [f.key]: x })} error={errors.fields[id]} autoComplete="off" />
                );
              })}
              {(rows.length > 1 || Object.values(row).some(Boolean)) && (
                <p class="body">
                  <button
                    type="button"
                    class="link-button link-button--danger"
                    data-testid={`${prefix}-${part}-${i}-remove`}
                    onClick={() => {
                      const rest = rows.filter((_, j) => j !== i);
                      onChange(rest.length ? rest : [{ ...empty }]);
                    }}
                  >
                    {t(removeLabel, { n: i + 1 })}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
        {rows.length < MAX_ROWS && (
          <p class="body">
            <button type="button" id={`${prefix}-${part}-add`} class="button button--secondary" data-testid={`${prefix}-${part}-add`} onClick={() => onChange([...rows, { ...empty }])}>
              {t(addLabel)}
            </button>
          </p>
        )}
      </fieldset>
    </div>
  );
}

interface Props {
  prefix: string;
  ids: Record<string, string>;
  values: ContextValues;
  set: (changes: Partial<ContextValues>) => void;
  errors: FormErrors;
  people: Person[];
}

export function ContextFields({ prefix, ids, values, set, errors, people }: Props) {
  const { t } = useI18n();
  const err = (f: string) => errors.fields[ids[f]!];
  const rowsOf = (key: RowKey) => (
    <Rows prefix={prefix} {...ROW_PARTS[key]} rows={values[key]} onChange={(rows) => set({ [key]: rows })} errors={errors} error={err(key)} />
  );
  const personOptions = [{ value: '', label: t('risk.context.noPerson') }, ...people.map((p) => ({ value: String(p.id), label: p.nip ? `${p.name} (NIP ${p.nip})` : p.name }))];
  return (
    <>
      <TextArea id={ids.duties!} label={t('risk.context.duties')} hint={t('risk.context.dutiesHint')} value={values.duties} onInput={(duties) => set({ duties })} error={err('duties')} rows={4} />
      <TextArea id={ids.functions!} label={t('risk.context.functions')} value={values.functions} onInput={(functions) => set({ functions })} error={err('functions')} rows={4} />
      {rowsOf('goals')}
      <fieldset class="fieldset risk-part" data-testid={`${prefix}-structure`}>
        <legend class="fieldset__legend">{t('risk.context.structure')}</legend>
        <div class="field-hint">{t('risk.context.structureHint')}</div>
        <SelectField id={ids['structure.owner']!} label={t('risk.context.owner')} value={values.owner} options={personOptions} onChange={(owner) => set({ owner })} error={err('structure.owner')} />
        <SelectField id={ids['structure.coordinator']!} label={t('risk.context.coordinator')} value={values.coordinator} options={personOptions} onChange={(coordinator) => set({ coordinator })} error={err('structure.coordinator')} />
        <SelectField id={ids['structure.manager']!} label={t('risk.context.manager')} value={values.manager} options={personOptions} onChange={(manager) => set({ manager })} error={err('structure.manager')} />
      </fieldset>
      {rowsOf('stakeholders')}
      {rowsOf('regulations')}
      <FileField
        id={ids.integrity_pact_sha256!}
        label={t('risk.context.pact')}
        hint={t('risk.context.pactHint')}
        value={values.pact}
        onChange={(pact) => set({ pact })}
        error={err('integrity_pact_sha256')}
        testId={`${prefix}-pact`}
      />
      {values.pact && (
        <p class="body">
          <button type="button" class="link-button" data-testid={`${prefix}-pact-remove`} onClick={() => set({ pact: null })}>
            {t('risk.context.pactRemove')}
          </button>
        </p>
      )}
    </>
  );
}
