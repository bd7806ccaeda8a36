// The fields of a dataset, shared by the create and the edit form: what it is
// (code, title, description), its security classification, how often it is
// brought up to date and when it last was, the walidata (chosen from the people
// of the owner agency), the DCAT-like description (formats, keywords, theme,
// coverage, licence, addresses, contact point, issue date) and whether it is
// master or reference data with the key that identifies its subjects. Also: the
// values as the form keeps them, the map of the server's field names to the
// inputs, the browser's own checks and what is sent.
import { useEffect, useState } from 'preact/hooks';
import type { DatasetInput } from '../../api/datasets';
import { CLASSIFICATIONS, DATA_KEYS, FREQUENCIES, type Dataset } from '../../api/datasetTypes';
import type { Person } from '../../api/organisationTypes';
import { listAllPeople } from '../../api/people';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { classificationLabel, dataKeyLabel, frequencyLabel } from './labels';

export type DatasetValues = {
  code: string;
  title: string;
  description: string;
  classification: string;
  update_frequency: string;
  last_updated: string;
  data_steward_id: string;
  formats: string;
  keywords: string;
  theme: string;
  temporal_coverage: string;
  spatial_coverage: string;
  licence: string;
  landing_page: string;
  access_url: string;
  contact_name: string;
  contact_email: string;
  issued: string;
  flags: string[]; // 'master_data', 'reference_data'
  data_key: string;
  status: string;
};

export const EMPTY_DATASET: DatasetValues = {
  code: '',
  title: '',
  description: '',
  classification: '',
  update_frequency: '',
  last_updated: '',
  data_steward_id: '',
  formats: '',
  keywords: '',
  theme: '',
  temporal_coverage: '',
  spatial_coverage: '',
  licence: '',
  landing_page: '',
  access_url: '',
  contact_name: '',
  contact_email: '',
  issued: '',
  flags: [],
  data_key: 'none',
  status: 'active',
};

const TEXTS = ['description', 'theme', 'temporal_coverage', 'spatial_coverage', 'licence', 'landing_page', 'access_url', 'contact_name', 'contact_email'] as const;

export const datasetValuesOf = (d: Dataset): DatasetValues => ({
  code: d.code,
  title: d.title,
  description: d.description,
  classification: d.classification,
  update_frequency: d.update_frequency,
  last_updated: d.last_updated ?? '',
  data_steward_id: d.data_steward_id === null ? '' : String(d.data_steward_id),
  formats: d.formats.join(', '),
  keywords: d.keywords.join('; '),
  theme: d.theme,
  temporal_coverage: d.temporal_coverage,
  spatial_coverage: d.spatial_coverage,
  licence: d.licence,
  landing_page: d.landing_page,
  access_url: d.access_url,
  contact_name: d.contact_point.name,
  contact_email: d.contact_point.email,
  issued: d.issued ?? '',
  flags: [...(d.master_data ? ['master_data'] : []), ...(d.reference_data ? ['reference_data'] : [])],
  data_key: d.data_key,
  status: d.status,
});

const FIELDS = ['owner_agency_id', 'code', 'title', 'classification', 'update_frequency', 'last_updated', 'data_steward_id', 'formats', 'keywords', 'issued', 'data_key', 'status', ...TEXTS];

// The server's field names (formats.2 is the third format) → the ids of the inputs.
export function datasetFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of FIELDS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  ids.master_data = `${prefix}-flags`;
  ids.reference_data = `${prefix}-flags`;
  for (let i = 0; i < 20; i += 1) {
    ids[`formats.${i}`] = ids.formats!;
    ids[`keywords.${i}`] = ids.keywords!;
  }
  return ids;
}

const CODE = /^[A-Z][A-Z0-9]*([-.][A-Z0-9]+)*$/;
const URL_SHAPE = /^https?:\/\/\S+$/i;
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const normalisedCode = (code: string) => code.trim().toUpperCase();
const listOf = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
const formatsOf = (text: string) => listOf(text, /[,;\n]/).map((f) => f.toUpperCase());
const keywordsOf = (text: string) => listOf(text, /[;\n]/);

// What the browser checks before sending; the rest is the server's (its words appear beside the field).
export function checkDataset(v: DatasetValues, ids: Record<string, string>, today: string, { t }: I18n): FormErrors {
  const code = normalisedCode(v.code);
  const future = (date: string) => (date && date > today ? t('datasets.error.future') : null);
  const url = (text: string) => (text.trim() && !URL_SHAPE.test(text.trim()) ? t('datasets.error.url') : null);
  return fieldErrors([
    [ids.code!, !code ? t('datasets.error.codeMissing') : code.length > 40 || code.length < 2 || !CODE.test(code) ? t('datasets.error.codeInvalid') : null],
    [ids.title!, v.title.trim() ? (v.title.trim().length > 300 ? t('datasets.error.titleTooLong') : null) : t('datasets.error.titleMissing')],
    [ids.classification!, v.classification ? null : t('datasets.error.classificationMissing')],
    [ids.update_frequency!, v.update_frequency ? null : t('datasets.error.frequencyMissing')],
    [ids.last_updated!, future(v.last_updated)],
    [ids.formats!, formatsOf(v.formats).length > 10 ? t('datasets.error.formatsTooMany') : null],
    [ids.keywords!, keywordsOf(v.keywords).length > 20 ? t('datasets.error.keywordsTooMany') : null],
    [ids.landing_page!, url(v.landing_page)],
    [ids.access_url!, url(v.access_url)],
    [ids.contact_email!, v.contact_email.trim() && !EMAIL_SHAPE.test(v.contact_email.trim()) ? t('datasets.error.email') : null],
    [ids.issued!, future(v.issued)],
    [ids.data_key!, v.flags.includes('master_data') && v.data_key === 'none' ? t('datasets.error.masterKey') : null],
  ]);
}

// Everything, for a new dataset (empty parts left out).
export function datasetInput(v: DatasetValues, agencyId: number): DatasetInput {
  const input: DatasetInput = {
    owner_agency_id: agencyId,
    code: normalisedCode(v.code),
    title: v.title.trim(),
    classification: v.classification,
    update_frequency: v.update_frequency,
    master_data: v.flags.includes('master_data'),
    reference_data: v.flags.includes('reference_data'),
    data_key: v.data_key || 'none',
  };
  for (const f of TEXTS) if (v[f].trim()) input[f] = v[f].trim();
  if (v.last_updated) input.last_updated = v.last_updated;
  if (v.issued) input.issued = v.issued;
  if (v.data_steward_id) input.data_steward_id = Number(v.data_steward_id);
  const formats = formatsOf(v.formats);
  const keywords = keywordsOf(v.keywords);
  if (formats.length) input.formats = formats;
  if (keywords.length) input.keywords = keywords;
  return input;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// Only what differs from the dataset as loaded (null clears).
export function datasetChanges(d: Dataset, v: DatasetValues): DatasetInput {
  const changes: DatasetInput = {};
  const was = datasetValuesOf(d);
  if (normalisedCode(v.code) !== d.code) changes.code = normalisedCode(v.code);
  if (v.title.trim() !== d.title) changes.title = v.title.trim();
  if (v.classification !== d.classification) changes.classification = v.classification;
  if (v.update_frequency !== d.update_frequency) changes.update_frequency = v.update_frequency;
  for (const f of TEXTS) if (v[f].trim() !== was[f]) changes[f] = v[f].trim() || null;
  if (v.last_updated !== was.last_updated) changes.last_updated = v.last_updated || null;
  if (v.issued !== was.issued) changes.issued = v.issued || null;
  if (v.data_steward_id !== was.data_steward_id) changes.data_steward_id = v.data_steward_id ? Number(v.data_steward_id) : null;
  if (!sameList(formatsOf(v.formats), d.formats)) changes.formats = formatsOf(v.formats);
  if (!sameList(keywordsOf(v.keywords), d.keywords)) changes.keywords = keywordsOf(v.keywords);
  const master = v.flags.includes('master_data');
  const reference = v.flags.includes('reference_data');
  if (master !== d.master_data) changes.master_data = master;
  if (reference !== d.reference_data) changes.reference_data = reference;
  if (v.data_key !== d.data_key) changes.data_key = v.data_key;
  if (v.status !== d.status) changes.status = v.status;
  return changes;
}

// The people of the owner agency, to choose the walidata from.
export function useAgencyPeople(agencyId: number | null): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    setPeople([]);
    if (agencyId === null) return;
    const controller = new AbortController();
    void listAllPeople(agencyId, { signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted && answer.ok) setPeople(answer.data);
    });
    return () => controller.abort();
  }, [agencyId]);
  return people;
}

interface Props {
  ids: Record<string, string>;
  values: DatasetValues;
  set: (changes: Partial<DatasetValues>) => void;
  errors: FormErrors;
  people: Person[];
  today: string;
  editing?: boolean;
}

export function DatasetFields({ ids, values, set, errors, people, today, editing = false }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: string) => errors.fields[ids[field]!];
  const text = (field: (typeof TEXTS)[number], label: string, hint?: string) => (
    <TextField id={ids[field]!} label={label} hint={hint} value={values[field]} onInput={(value) => set({ [field]: value })} error={err(field)} autoComplete="off" />
  );
  return (
    <>
      <TextField
        id={ids.code!}
        label={t('datasets.code')}
        hint={t('datasets.codeHint')}
        value={values.code}
        onInput={(code) => set({ code: code.toUpperCase() })}
        error={err('code')}
        width="half"
        autoComplete="off"
        inputProps={{ maxLength: 40 }}
      />
      <TextField id={ids.title!} label={t('datasets.titleField')} value={values.title} onInput={(title) => set({ title })} error={err('title')} autoComplete="off" />
      <TextArea id={ids.description!} label={t('datasets.descriptionOptional')} value={values.description} onInput={(description) => set({ description })} error={err('description')} />
      <RadioGroup
        id={ids.classification!}
        legend={t('datasets.classification')}
        hint={t('datasets.classificationHint')}
        value={values.classification}
        onChange={(classification) => set({ classification })}
        options={CLASSIFICATIONS.map((c) => ({ value: c, label: classificationLabel(c, i18n) }))}
        error={err('classification')}
      />
      <SelectField
        id={ids.update_frequency!}
        label={t('datasets.frequency')}
        hint={t('datasets.frequencyHint')}
        value={values.update_frequency}
        onChange={(update_frequency) => set({ update_frequency })}
        options={[{ value: '', label: t('datasets.chooseFrequency') }, ...FREQUENCIES.map((f) => ({ value: f, label: frequencyLabel(f, i18n) }))]}
        error={err('update_frequency')}
      />
      <TextField
        id={ids.last_updated!}
        type="date"
        label={t('datasets.lastUpdatedOptional')}
        hint={t('datasets.lastUpdatedHint')}
        value={values.last_updated}
        onInput={(last_updated) => set({ last_updated })}
        error={err('last_updated')}
        width="half"
        inputProps={{ max: today }}
      />
      <SelectField
        id={ids.data_steward_id!}
        label={t('datasets.steward')}
        hint={t('datasets.stewardHint')}
        value={values.data_steward_id}
        onChange={(data_steward_id) => set({ data_steward_id })}
        options={[
          { value: '', label: t('datasets.stewardNone') },
          ...people.map((p) => ({ value: String(p.id), label: p.nip ? `${p.name} (NIP ${p.nip})` : p.name })),
          ...(values.data_steward_id && !people.some((p) => String(p.id) === values.data_steward_id) ? [{ value: values.data_steward_id, label: `#${values.data_steward_id}` }] : []),
        ]}
        error={err('data_steward_id')}
      />
      <TextField id={ids.formats!} label={t('datasets.formatsOptional')} hint={t('datasets.formatsHint')} value={values.formats} onInput={(formats) => set({ formats })} error={err('formats')} autoComplete="off" />
      <TextField id={ids.keywords!} label={t('datasets.keywordsOptional')} hint={t('datasets.keywordsHint')} value={values.keywords} onInput={(keywords) => set({ keywords })} error={err('keywords')} autoComplete="off" />
      {text('theme', t('datasets.themeOptional'))}
      {text('temporal_coverage', t('datasets.temporalOptional'), t('datasets.temporalHint'))}
      {text('spatial_coverage', t('datasets.spatialOptional'), t('datasets.spatialHint'))}
      {text('licence', t('datasets.licenceOptional'), t('datasets.licenceHint'))}
      {text('landing_page', t('datasets.landingPageOptional'), t('datasets.urlHint'))}
      {text('access_url', t('datasets.accessUrlOptional'), t('datasets.urlHint'))}
      {text('contact_name', t('datasets.contactNameOptional'))}
      {text('contact_email', t('datasets.contactEmailOptional'))}
      <TextField
        id={ids.issued!}
        type="date"
        label={t('datasets.issuedOptional')}
        value={values.issued}
        onInput={(issued) => set({ issued })}
        error={err('issued')}
        width="half"
        inputProps={{ max: today }}
      />
      <CheckboxGroup
        id={ids.master_data!}
        legend={t('datasets.kindOfData')}
        values={values.flags}
        onChange={(flags) => set({ flags })}
        options={[
          { value: 'master_data', label: t('datasets.masterData'), hint: t('datasets.masterDataHint') },
          { value: 'reference_data', label: t('datasets.referenceData'), hint: t('datasets.referenceDataHint') },
        ]}
        error={err('master_data')}
      />
      <SelectField
        id={ids.data_key!}
        label={t('datasets.dataKey')}
        hint={t('datasets.dataKeyHint')}
        value={values.data_key}
        onChange={(data_key) => set({ data_key })}
        options={DATA_KEYS.map((k) => ({ value: k, label: dataKeyLabel(k, i18n) }))}
        error={err('data_key')}
      />
      {editing && (
        <SelectField
          id={ids.status!}
          label={t('datasets.status')}
          value={values.status}
          onChange={(status) => set({ status })}
          options={[
            { value: 'active', label: t('datasets.status.active') },
            { value: 'retired', label: t('datasets.status.retired') },
          ]}
          error={err('status')}
        />
      )}
    </>
  );
}
