// The fields of a data-sharing agreement (bagi pakai data, Madiun Pasal 10 ayat
// (4)), shared by the create and the edit form: title, purpose and scope, how the
// consumer gets the data and under which interoperability standard, the signed
// document (number and uploaded file), when it is valid, and which of the
// provider's datasets it covers (active and not secret). Also: the values as the
// form keeps them, the map of the server's field names to the inputs, the
// browser's own checks and what is sent.
import { useEffect, useState } from 'preact/hooks';
import type { AgreementInput } from '../../api/datasets';
import { listDatasets } from '../../api/datasets';
import { ACCESS_MODES, type Agreement, type Dataset } from '../../api/datasetTypes';
import type { StoredFile } from '../../api/files';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { FileField } from '../form/FileField';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { accessModeLabel, classificationLabel } from './labels';

export type AgreementValues = {
  title: string;
  purpose: string;
  scope: string;
  access_mode: string;
  interoperability_standard: string;
  document_number: string;
  document: StoredFile | null;
  valid_from: string;
  expires_on: string;
  dataset_ids: string[];
};

export const EMPTY_AGREEMENT: AgreementValues = {
  title: '',
  purpose: '',
  scope: '',
  access_mode: '',
  interoperability_standard: '',
  document_number: '',
  document: null,
  valid_from: '',
  expires_on: '',
  dataset_ids: [],
};

export const agreementValuesOf = (a: Agreement): AgreementValues => ({
  title: a.title,
  purpose: a.purpose,
  scope: a.scope,
  access_mode: a.access_mode,
  interoperability_standard: a.interoperability_standard,
  document_number: a.document_number,
  document: a.document ?? null,
  valid_from: a.valid_from,
  expires_on: a.expires_on,
  dataset_ids: a.dataset_ids.map(String),
});

const FIELDS = ['provider_agency_id', 'consumer_agency_id', 'title', 'purpose', 'scope', 'access_mode', 'interoperability_standard', 'document_number', 'valid_from', 'expires_on', 'dataset_ids'];

export function agreementFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of FIELDS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  ids.document_sha256 = `${prefix}-document`;
  for (let i = 0; i < 100; i += 1) ids[`dataset_ids.${i}`] = ids.dataset_ids!;
  return ids;
}

export function checkAgreement(v: AgreementValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  return fieldErrors([
    [ids.title!, v.title.trim() ? (v.title.trim().length > 300 ? t('sharing.error.titleTooLong') : null) : t('sharing.error.titleMissing')],
    [ids.purpose!, v.purpose.trim() ? null : t('sharing.error.purposeMissing')],
    [ids.access_mode!, v.access_mode ? null : t('sharing.error.modeMissing')],
    [ids.valid_from!, v.valid_from ? null : t('sharing.error.fromMissing')],
    [ids.expires_on!, !v.expires_on ? t('sharing.error.untilMissing') : v.valid_from && v.expires_on < v.valid_from ? t('sharing.error.untilBeforeFrom') : null],
  ]);
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

export function agreementInput(v: AgreementValues, providerId: number, consumerId: number): AgreementInput {
  const input: AgreementInput = {
    provider_agency_id: providerId,
    consumer_agency_id: consumerId,
    title: v.title.trim(),
    purpose: v.purpose.trim(),
    access_mode: v.access_mode,
    valid_from: v.valid_from,
    expires_on: v.expires_on,
    dataset_ids: v.dataset_ids.map(Number),
  };
  const scope = optional(v.scope);
  const standard = optional(v.interoperability_standard);
  const number = optional(v.document_number);
  if (scope) input.scope = scope;
  if (standard) input.interoperability_standard = standard;
  if (number) input.document_number = number;
  if (v.document) input.document_sha256 = v.document.sha256;
  return input;
}

export function agreementChanges(a: Agreement, v: AgreementValues): AgreementInput {
  const changes: AgreementInput = {};
  if (v.title.trim() !== a.title) changes.title = v.title.trim();
  if (v.purpose.trim() !== a.purpose) changes.purpose = v.purpose.trim();
  if (v.scope.trim() !== a.scope) changes.scope = v.scope.trim() || null;
  if (v.access_mode !== a.access_mode) changes.access_mode = v.access_mode;
  if (v.interoperability_standard.trim() !== a.interoperability_standard) changes.interoperability_standard = v.interoperability_standard.trim() || null;
  if (v.document_number.trim() !== a.document_number) changes.document_number = v.document_number.trim() || null;
  if ((v.document?.sha256 ?? null) !== a.document_sha256) changes.document_sha256 = v.document?.sha256 ?? null;
  if (v.valid_from !== a.valid_from) changes.valid_from = v.valid_from;
  if (v.expires_on !== a.expires_on) changes.expires_on = v.expires_on;
  const ids = v.dataset_ids.map(Number).sort((x, y) => x - y);
  const was = [...a.dataset_ids].sort((x, y) => x - y);
  if (ids.length !== was.length || ids.some((x, i) => x !== was[i])) changes.dataset_ids = ids;
  return changes;
}

// The provider's datasets an agreement may cover: active and not secret.
export function useShareableDatasets(providerId: number | null): Dataset[] | null {
  const [items, setItems] = useState<Dataset[] | null>(null);
  useEffect(() => {
    setItems(null);
    if (providerId === null) return;
    const controller = new AbortController();
    void (async () => {
      // Page after page (the largest page is 100), up to a sane limit.
      const all: Dataset[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 20; pages += 1) {
        const answer = await listDatasets({ agency_id: String(providerId) }, cursor, { signal: controller.signal }, 100);
        if (!answer.ok) break;
        all.push(...answer.data.items);
        cursor = answer.data.next_cursor;
        if (!cursor) break;
      }
      if (!controller.signal.aborted) setItems(all.filter((d) => d.status === 'active' && d.classification !== 'secret'));
    })();
    return () => controller.abort();
  }, [providerId]);
  return items;
}

interface Props {
  ids: Record<string, string>;
  values: AgreementValues;
  set: (changes: Partial<AgreementValues>) => void;
  errors: FormErrors;
  datasets: Dataset[] | null; // null: no provider chosen yet, or loading
}

export function AgreementFields({ ids, values, set, errors, datasets }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: string) => errors.fields[ids[field]!];
  return (
    <>
      <TextField id={ids.title!} label={t('sharing.titleField')} value={values.title} onInput={(title) => set({ title })} error={err('title')} autoComplete="off" />
      <TextArea id={ids.purpose!} label={t('sharing.purpose')} hint={t('sharing.purposeHint')} value={values.purpose} onInput={(purpose) => set({ purpose })} error={err('purpose')} />
      <TextArea id={ids.scope!} label={t('sharing.scopeOptional')} hint={t('sharing.scopeHint')} value={values.scope} onInput={(scope) => set({ scope })} error={err('scope')} />
      <RadioGroup
        id={ids.access_mode!}
        legend={t('sharing.mode')}
        value={values.access_mode}
        onChange={(access_mode) => set({ access_mode })}
        options={ACCESS_MODES.map((m) => ({ value: m, label: accessModeLabel(m, i18n) }))}
        error={err('access_mode')}
      />
      <TextField
        id={ids.interoperability_standard!}
        label={t('sharing.standardOptional')}
        hint={t('sharing.standardHint')}
        value={values.interoperability_standard}
        onInput={(interoperability_standard) => set({ interoperability_standard })}
        error={err('interoperability_standard')}
        autoComplete="off"
      />
      {datasets === null ? (
        <p class="body secondary" id={ids.dataset_ids} data-testid="sh-datasets-wait">
          {t('sharing.datasetsWait')}
        </p>
      ) : datasets.length === 0 ? (
        <p class="body secondary" id={ids.dataset_ids} data-testid="sh-datasets-none">
          {t('sharing.datasetsNone')}
        </p>
      ) : (
        <CheckboxGroup
          id={ids.dataset_ids!}
          legend={t('sharing.datasets')}
          hint={t('sharing.datasetsHint')}
          values={values.dataset_ids}
          onChange={(dataset_ids) => set({ dataset_ids })}
          options={datasets.map((d) => ({ value: String(d.id), label: `${d.code} — ${d.title}`, hint: classificationLabel(d.classification, i18n) }))}
          error={err('dataset_ids')}
        />
      )}
      <TextField
        id={ids.valid_from!}
        type="date"
        label={t('sharing.validFrom')}
        value={values.valid_from}
        onInput={(valid_from) => set({ valid_from })}
        error={err('valid_from')}
        width="half"
      />
      <TextField
        id={ids.expires_on!}
        type="date"
        label={t('sharing.expiresOn')}
        hint={t('sharing.expiresOnHint')}
        value={values.expires_on}
        onInput={(expires_on) => set({ expires_on })}
        error={err('expires_on')}
        width="half"
      />
      <TextField
        id={ids.document_number!}
        label={t('sharing.documentNumberOptional')}
        hint={t('sharing.documentNumberHint')}
        value={values.document_number}
        onInput={(document_number) => set({ document_number })}
        error={err('document_number')}
        autoComplete="off"
      />
      <FileField
        id={ids.document_sha256!}
        label={t('sharing.documentOptional')}
        hint={t('sharing.documentHint')}
        value={values.document}
        onChange={(document) => set({ document })}
        error={err('document_sha256')}
        testId="sh-document"
      />
      {values.document && (
        <p class="body">
          <button type="button" class="link-button" data-testid="sh-document-remove" onClick={() => set({ document: null })}>
            {t('sharing.documentRemove')}
          </button>
        </p>
      )}
    </>
  );
}
