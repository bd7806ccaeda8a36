// The fields of an application, shared by the register and the change form: code,
// name, category (the regulation's three kinds), description, the agencies and the
// groups that use it, licence, repository location and address. Also: the values as
// the form keeps them, the map of the server's field names to the inputs, the
// browser's own checks and what is sent.
import type { ApplicationInput } from '../../api/applications';
import { APPLICATION_CATEGORIES, LICENCE_KINDS, type Application } from '../../api/applicationTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { categoryLabel, licenceLabel } from './applicationWords';

export type ApplicationValues = {
  code: string;
  name: string;
  category: string;
  description: string;
  user_agency_ids: string[];
  user_groups: string;
  licence_kind: string;
  licence_name: string;
  repository_location: string;
  runs_at: string;
};

export const EMPTY_APPLICATION: ApplicationValues = {
  code: '',
  name: '',
  category: '',
  description: '',
  user_agency_ids: [],
  user_groups: '',
  licence_kind: '',
  licence_name: '',
  repository_location: '',
  runs_at: '',
};

export const applicationValuesOf = (a: Application): ApplicationValues => ({
  code: a.code,
  name: a.name,
  category: a.category,
  description: a.description ?? '',
  user_agency_ids: a.user_agency_ids.map(String),
  user_groups: a.user_groups ?? '',
  licence_kind: a.licence_kind,
  licence_name: a.licence_name ?? '',
  repository_location: a.repository_location ?? '',
  runs_at: a.runs_at ?? '',
});

const TEXTS = ['code', 'name', 'description', 'user_groups', 'licence_name', 'repository_location', 'runs_at'] as const;
const OPTIONAL = ['description', 'user_groups', 'licence_name', 'repository_location', 'runs_at'] as const;

// The server's field names (user_agency_ids.2 is the third agency) → the ids of the inputs.
export function applicationFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of TEXTS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  ids.category = `${prefix}-category`;
  ids.licence_kind = `${prefix}-licence-kind`;
  ids.user_agency_ids = `${prefix}-user-agencies`;
  ids.owner_agency_id = `${prefix}-agency`;
  for (let i = 0; i < 200; i += 1) ids[`user_agency_ids.${i}`] = ids.user_agency_ids;
  return ids;
}

const CODE = /^[A-Z][A-Z0-9]*([-.][A-Z0-9]+)*$/;
export const normalisedCode = (code: string) => code.trim().toUpperCase();

// What the browser checks before sending; the rest is the server's (its words appear beside the field).
export function checkApplication(v: ApplicationValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const code = normalisedCode(v.code);
  const name = v.name.trim();
  return fieldErrors([
    [ids.code!, !code ? t('applications.error.codeMissing') : code.length < 2 || code.length > 40 || !CODE.test(code) ? t('applications.error.codeInvalid') : null],
    [ids.name!, !name ? t('applications.error.nameMissing') : name.length > 200 ? t('applications.error.nameTooLong') : null],
    [ids.category!, v.category ? null : t('applications.error.categoryMissing')],
    [ids.licence_kind!, v.licence_kind ? null : t('applications.error.licenceMissing')],
    [ids.licence_name!, v.licence_kind === 'other' && !v.licence_name.trim() ? t('applications.error.licenceNameMissing') : null],
  ]);
}

const optional = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

// Everything, for a new application (empty parts left out).
export function applicationInput(v: ApplicationValues, ownerAgencyId: number): ApplicationInput {
  const input: ApplicationInput = {
    owner_agency_id: ownerAgencyId,
    code: normalisedCode(v.code),
    name: v.name.trim(),
    category: v.category,
    licence_kind: v.licence_kind,
  };
  for (const f of OPTIONAL) {
    const text = optional(v[f]);
    if (text) input[f] = text;
  }
  if (v.user_agency_ids.length) input.user_agency_ids = v.user_agency_ids.map(Number);
  return input;
}

// Only what differs from the application as loaded (null clears an optional text).
export function applicationChanges(a: Application, v: ApplicationValues): ApplicationInput {
  const before = applicationValuesOf(a);
  const changes: ApplicationInput = {};
  if (normalisedCode(v.code) !== before.code) changes.code = normalisedCode(v.code);
  if (v.name.trim() !== before.name) changes.name = v.name.trim();
  if (v.category !== before.category) changes.category = v.category;
  if (v.licence_kind !== before.licence_kind) changes.licence_kind = v.licence_kind;
  for (const f of OPTIONAL) if (v[f].trim() !== before[f].trim()) changes[f] = v[f].trim() ? v[f].trim() : null;
  const users = [...v.user_agency_ids].sort().join(',');
  if (users !== [...before.user_agency_ids].sort().join(',')) changes.user_agency_ids = v.user_agency_ids.map(Number);
  return changes;
}

interface Props {
  ids: Record<string, string>;
  values: ApplicationValues;
  set: (changes: Partial<ApplicationValues>) => void;
  errors: FormErrors;
  agencies: Agency[];
}

export function ApplicationFields({ ids, values, set, errors, agencies }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: string) => errors.fields[ids[field]!];
  return (
    <>
      <TextField
        id={ids.code!}
        label={t('applications.code')}
        hint={t('applications.codeHint')}
        value={values.code}
        onInput={(code) => set({ code: code.toUpperCase() })}
        error={err('code')}
        width="half"
        autoComplete="off"
        inputProps={{ maxLength: 40 }}
      />
      <TextField id={ids.name!} label={t('applications.name')} value={values.name} onInput={(name) => set({ name })} error={err('name')} autoComplete="off" />
      <RadioGroup
        id={ids.category!}
        legend={t('applications.category')}
        hint={t('applications.categoryHint')}
        value={values.category}
        onChange={(category) => set({ category })}
        options={APPLICATION_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, i18n) }))}
        error={err('category')}
      />
      <TextArea
        id={ids.description!}
        label={t('applications.descriptionOptional')}
        value={values.description}
        onInput={(description) => set({ description })}
        error={err('description')}
      />
      {agencies.length > 0 && (
        // A region has dozens of agencies: the boxes stay folded until wanted.
        <details class="details" open={values.user_agency_ids.length > 0 || !!err('user_agency_ids')}>
          <summary class="details__summary" data-testid={`${ids.user_agency_ids}-toggle`}>
            {t('applications.userAgenciesChoose', { n: values.user_agency_ids.length })}
          </summary>
          <div class="details__text">
            <CheckboxGroup
              id={ids.user_agency_ids!}
              legend={t('applications.userAgenciesOptional')}
              hint={t('applications.userAgenciesHint')}
              values={values.user_agency_ids}
              options={agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))}
              onChange={(user_agency_ids) => set({ user_agency_ids })}
              error={err('user_agency_ids')}
            />
          </div>
        </details>
      )}
      <TextArea
        id={ids.user_groups!}
        label={t('applications.userGroupsOptional')}
        hint={t('applications.userGroupsHint')}
        value={values.user_groups}
        onInput={(user_groups) => set({ user_groups })}
        error={err('user_groups')}
      />
      <RadioGroup
        id={ids.licence_kind!}
        legend={t('applications.licence')}
        hint={t('applications.licenceHint')}
        value={values.licence_kind}
        onChange={(licence_kind) => set({ licence_kind })}
        options={LICENCE_KINDS.map((l) => ({ value: l, label: licenceLabel(l, i18n) }))}
        error={err('licence_kind')}
      />
      <TextField
        id={ids.licence_name!}
        label={values.licence_kind === 'other' ? t('applications.licenceName') : t('applications.licenceNameOptional')}
        value={values.licence_name}
        onInput={(licence_name) => set({ licence_name })}
        error={err('licence_name')}
        autoComplete="off"
      />
      <TextField
        id={ids.repository_location!}
        label={t('applications.repositoryOptional')}
        hint={t('applications.repositoryHint')}
        value={values.repository_location}
        onInput={(repository_location) => set({ repository_location })}
        error={err('repository_location')}
        autoComplete="off"
      />
      <TextField
        id={ids.runs_at!}
        label={t('applications.runsAtOptional')}
        hint={t('applications.runsAtHint')}
        value={values.runs_at}
        onInput={(runs_at) => set({ runs_at })}
        error={err('runs_at')}
        autoComplete="off"
      />
    </>
  );
}
