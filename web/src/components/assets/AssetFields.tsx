// The fields of an ICT asset, shared by the new-asset and the edit form: what it is
// (kind and category; the kind decides the categories), its inventory code and name,
// brand, model and serial number, where it stands, when it was acquired and its value in
// rupiah, the warranty; for software also the version, the licence (kind, end, seats)
// and the application it licences; the number in the region's asset information system
// (Kendari Pasal 19 ayat (11)) and notes. Hardware and software fields are shown by kind.
// Also: the values as the form keeps them, the server's field names → inputs, the
// browser's own checks and what is sent.
import { useState } from 'preact/hooks';
import { searchApplications, type AssetInput, type LinkCandidate } from '../../api/assets';
import { ASSET_CATEGORIES, ASSET_KINDS, LICENCE_KINDS, type Asset, type AssetKind } from '../../api/assetTypes';
import { amountText, parseAmount } from '../../format/budget';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { Lang } from '../../i18n/translate';
import { FieldWrapper, controlAttributes } from '../form/FieldWrapper';
import { RadioGroup } from '../form/RadioGroup';
import { SearchField, SearchResults, useSearch } from '../form/SearchChoice';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { categoryLabel, kindLabel, licenceKindLabel } from './labels';

export type AssetValues = {
  kind: string;
  category: string;
  code: string;
  name: string;
  brand: string;
  model: string;
  software_version: string;
  serial_number: string;
  location: string;
  acquired_on: string;
  value: string;
  warranty_until: string;
  licence_kind: string;
  licence_until: string;
  seats: string;
  application_id: string;
  application_label: string;
  regional_asset_code: string;
  notes: string;
};

export const EMPTY_ASSET: AssetValues = {
  kind: '',
  category: '',
  code: '',
  name: '',
  brand: '',
  model: '',
  software_version: '',
  serial_number: '',
  location: '',
  acquired_on: '',
  value: '',
  warranty_until: '',
  licence_kind: '',
  licence_until: '',
  seats: '',
  application_id: '',
  application_label: '',
  regional_asset_code: '',
  notes: '',
};

export const assetValuesOf = (a: Asset, lang: Lang): AssetValues => ({
  kind: a.kind,
  category: a.category,
  code: a.code,
  name: a.name,
  brand: a.brand,
  model: a.model,
  software_version: a.software_version,
  serial_number: a.serial_number,
  location: a.location,
  acquired_on: a.acquired_on ?? '',
  value: a.value === null ? '' : amountText(a.value, lang),
  warranty_until: a.warranty_until ?? '',
  licence_kind: a.licence_kind ?? '',
  licence_until: a.licence_until ?? '',
  seats: a.seats === null ? '' : String(a.seats),
  application_id: a.application_id === null ? '' : String(a.application_id),
  application_label: a.application_name ?? '',
  regional_asset_code: a.regional_asset_code,
  notes: a.notes,
});

const FIELDS = Object.keys(EMPTY_ASSET).filter((f) => f !== 'application_label');

export function assetFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of FIELDS) ids[f] = `${prefix}-${f.replace(/_/g, '-')}`;
  ids.owner_agency_id = `${prefix}-agency`;
  ids.stage = `${prefix}-stage`;
  return ids;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkAsset(v: AssetValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const tooLong = (value: string, n: number) => (value.trim().length > n ? t('asset.error.tooLong', { n }) : null);
  const required = (value: string, missing: string, n: number) => (!value.trim() ? missing : tooLong(value, n));
  const date = (value: string) => (value && !DATE.test(value) ? t('asset.error.dateInvalid') : null);
  const amount = v.value.trim() ? parseAmount(v.value) : 0;
  const seats = v.seats.trim();
  const software = v.kind === 'software';
  return fieldErrors([
    [ids.kind!, v.kind ? null : t('asset.error.kindMissing')],
    [ids.category!, v.category ? null : t('asset.error.categoryMissing')],
    [ids.code!, required(v.code, t('asset.error.codeMissing'), 40)],
    [ids.name!, required(v.name, t('asset.error.nameMissing'), 200)],
    [ids.brand!, tooLong(v.brand, 100)],
    [ids.model!, tooLong(v.model, 100)],
    [ids.software_version!, software ? tooLong(v.software_version, 100) : null],
    [ids.serial_number!, tooLong(v.serial_number, 100)],
    [ids.location!, tooLong(v.location, 200)],
    [ids.acquired_on!, date(v.acquired_on)],
    [ids.value!, amount === 'too-big' ? t('asset.error.valueTooBig') : amount === null ? t('asset.error.valueInvalid') : null],
    [
      ids.warranty_until!,
      date(v.warranty_until) ?? (v.warranty_until && v.acquired_on && DATE.test(v.acquired_on) && v.warranty_until < v.acquired_on ? t('asset.error.warrantyBeforeAcquired') : null),
    ],
    [ids.licence_until!, software ? date(v.licence_until) : null],
    [ids.seats!, software && seats && !/^[1-9]\d{0,6}$/.test(seats) ? t('asset.error.seatsInvalid') : null],
    [ids.regional_asset_code!, tooLong(v.regional_asset_code, 100)],
    [ids.notes!, tooLong(v.notes, 2000)],
  ]);
}

// Everything the form holds, as the API takes it (licence fields only for software).
export function assetInput(v: AssetValues): AssetInput {
  const software = v.kind === 'software';
  const amount = v.value.trim() ? parseAmount(v.value) : null;
  return {
    kind: v.kind,
    category: v.category,
    code: v.code.trim(),
    name: v.name.trim(),
    brand: v.brand.trim(),
    model: v.model.trim(),
    software_version: software ? v.software_version.trim() : '',
    serial_number: v.serial_number.trim(),
    location: v.location.trim(),
    acquired_on: v.acquired_on || null,
    value: typeof amount === 'number' ? amount : null,
    warranty_until: v.warranty_until || null,
    licence_kind: software && v.licence_kind ? v.licence_kind : null,
    licence_until: software && v.licence_until ? v.licence_until : null,
    seats: software && v.seats.trim() ? Number(v.seats.trim()) : null,
    application_id: software && v.application_id ? Number(v.application_id) : null,
    regional_asset_code: v.regional_asset_code.trim(),
    notes: v.notes.trim(),
  };
}

// Only what differs from the asset as loaded (never the kind: it is fixed once recorded).
export function assetChanges(a: Asset, v: AssetValues, lang: Lang): AssetInput {
  const all = assetInput(v);
  const was = assetInput(assetValuesOf(a, lang));
  const changes: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(all)) {
    if (k === 'kind') continue;
    if (JSON.stringify(value) !== JSON.stringify((was as Record<string, unknown>)[k])) changes[k] = value;
  }
  return changes as AssetInput;
}

interface Props {
  prefix: string;
  ids: Record<string, string>;
  values: AssetValues;
  set: (changes: Partial<AssetValues>) => void;
  errors: FormErrors;
  kindFixed: boolean; // an asset already recorded keeps its kind
}

export function AssetFields({ prefix, ids, values, set, errors, kindFixed }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: keyof AssetValues) => errors.fields[ids[field]!];
  const software = values.kind === 'software';
  const categories = values.kind ? ASSET_CATEGORIES[values.kind as AssetKind] ?? [] : [];

  return (
    <>
      <fieldset class="fieldset asset-part" data-testid={`${prefix}-what`}>
        <legend class="fieldset__legend fieldset__legend--m">{t('asset.partWhat')}</legend>
        {kindFixed ? (
          <p class="body" data-testid={`${prefix}-kind-fixed`}>
            <strong>{t('asset.kindLabel')}:</strong> {kindLabel(values.kind, i18n)}
          </p>
        ) : (
          <RadioGroup
            id={ids.kind!}
            legend={t('asset.kindLabel')}
            hint={t('asset.kindHint')}
            value={values.kind}
            onChange={(kind) => set({ kind, category: (ASSET_CATEGORIES[kind as AssetKind] ?? []).includes(values.category) ? values.category : '' })}
            options={ASSET_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))}
            error={err('kind')}
          />
        )}
        <SelectField
          id={ids.category!}
          label={t('asset.category')}
          hint={values.kind ? undefined : t('asset.categoryHintKindFirst')}
          value={values.category}
          onChange={(category) => set({ category })}
          options={[{ value: '', label: t('asset.chooseCategory') }, ...categories.map((c) => ({ value: c, label: categoryLabel(c, i18n) }))]}
          error={err('category')}
        />
        <TextField id={ids.code!} label={t('asset.code')} hint={t('asset.codeHint')} value={values.code} onInput={(code) => set({ code })} error={err('code')} width="half" autoComplete="off" inputProps={{ maxLength: 40 }} />
        <TextField id={ids.name!} label={t('asset.name')} hint={t('asset.nameHint')} value={values.name} onInput={(name) => set({ name })} error={err('name')} autoComplete="off" inputProps={{ maxLength: 200 }} />
        <TextField id={ids.brand!} label={t('asset.brandOptional')} value={values.brand} onInput={(brand) => set({ brand })} error={err('brand')} width="half" autoComplete="off" />
        <TextField id={ids.model!} label={t('asset.modelOptional')} value={values.model} onInput={(model) => set({ model })} error={err('model')} width="half" autoComplete="off" />
        {software && (
          <TextField
            id={ids.software_version!}
            label={t('asset.softwareVersionOptional')}
            value={values.software_version}
            onInput={(software_version) => set({ software_version })}
            error={err('software_version')}
            width="half"
            autoComplete="off"
          />
        )}
        <TextField
          id={ids.serial_number!}
          label={software ? t('asset.serialSoftwareOptional') : t('asset.serialOptional')}
          value={values.serial_number}
          onInput={(serial_number) => set({ serial_number })}
          error={err('serial_number')}
          autoComplete="off"
        />
        <TextField id={ids.location!} label={t('asset.locationOptional')} hint={t('asset.locationHint')} value={values.location} onInput={(location) => set({ location })} error={err('location')} autoComplete="off" />
      </fieldset>

      <fieldset class="fieldset asset-part" data-testid={`${prefix}-money`}>
        <legend class="fieldset__legend fieldset__legend--m">{t('asset.partAcquisition')}</legend>
        <TextField id={ids.acquired_on!} label={t('asset.acquiredOnOptional')} type="date" value={values.acquired_on} onInput={(acquired_on) => set({ acquired_on })} error={err('acquired_on')} width="half" />
        <FieldWrapper id={ids.value!} label={t('asset.valueOptional')} hint={t('asset.valueHint')} error={err('value')}>
          <div class="input-prefix">
            <span class="input-prefix__text" aria-hidden="true">
              Rp
            </span>
            <input
              {...controlAttributes(ids.value!, t('asset.valueHint'), err('value'))}
              class={`input input--half${err('value') ? ' input--error' : ''}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              value={values.value}
              onInput={(e) => set({ value: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        </FieldWrapper>
        <TextField
          id={ids.warranty_until!}
          label={t('asset.warrantyUntilOptional')}
          hint={t('asset.warrantyHint')}
          type="date"
          value={values.warranty_until}
          onInput={(warranty_until) => set({ warranty_until })}
          error={err('warranty_until')}
          width="half"
        />
        <TextField
          id={ids.regional_asset_code!}
          label={t('asset.regionalCodeOptional')}
          hint={t('asset.regionalCodeHint')}
          value={values.regional_asset_code}
          onInput={(regional_asset_code) => set({ regional_asset_code })}
          error={err('regional_asset_code')}
          width="half"
          autoComplete="off"
        />
      </fieldset>

      {software && (
        <fieldset class="fieldset asset-part" data-testid={`${prefix}-licence`}>
          <legend class="fieldset__legend fieldset__legend--m">{t('asset.partLicence')}</legend>
          <SelectField
            id={ids.licence_kind!}
            label={t('asset.licenceKindOptional')}
            value={values.licence_kind}
            onChange={(licence_kind) => set({ licence_kind })}
            options={[{ value: '', label: t('asset.licenceKindNone') }, ...LICENCE_KINDS.map((k) => ({ value: k, label: licenceKindLabel(k, i18n) }))]}
            error={err('licence_kind')}
          />
          <TextField
            id={ids.licence_until!}
            label={t('asset.licenceUntilOptional')}
            hint={t('asset.licenceUntilHint')}
            type="date"
            value={values.licence_until}
            onInput={(licence_until) => set({ licence_until })}
            error={err('licence_until')}
            width="half"
          />
          <TextField
            id={ids.seats!}
            label={t('asset.seatsOptional')}
            value={values.seats}
            onInput={(seats) => set({ seats })}
            error={err('seats')}
            width="short"
            inputProps={{ inputMode: 'numeric', maxLength: 7 }}
          />
          <ApplicationChoice prefix={prefix} id={ids.application_id!} values={values} set={set} error={err('application_id')} />
        </fieldset>
      )}

      <TextArea id={ids.notes!} label={t('asset.notesOptional')} value={values.notes} onInput={(notes) => set({ notes })} error={err('notes')} />
    </>
  );
}

// The application a software licence is for: found by its name or code, or none.
function ApplicationChoice({ prefix, id, values, set, error }: { prefix: string; id: string; values: AssetValues; set: (changes: Partial<AssetValues>) => void; error?: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const finder = useSearch<LinkCandidate>();
  const search = () => void finder.run(() => searchApplications(q), (found) => found);

  if (values.application_id) {
    return (
      <div class="form-group" data-testid={`${prefix}-application`}>
        <p class="body">
          <strong>{t('asset.applicationLabel')}:</strong> <span data-testid={`${prefix}-application-name`}>{values.application_label || `#${values.application_id}`}</span>
        </p>
        <button type="button" class="link-button" onClick={() => set({ application_id: '', application_label: '' })} data-testid={`${prefix}-application-clear`}>
          {t('asset.applicationClear')}
        </button>
        {error && <p class="error-message">{error}</p>}
      </div>
    );
  }
  return (
    <div data-testid={`${prefix}-application`}>
      <SearchField
        id={`${prefix}-application-q`}
        label={t('asset.applicationSearchOptional')}
        hint={t('asset.applicationSearchHint')}
        value={q}
        onInput={setQ}
        searching={finder.searching}
        onSearch={search}
        buttonLabel={t('asset.applicationSearchButton')}
        buttonTestId={`${prefix}-application-search`}
      />
      <SearchResults
        id={id}
        legend={t('asset.applicationChoose')}
        search={finder}
        onRetry={search}
        options={(finder.found ?? []).slice(0, 30).map((c) => ({ value: String(c.id), label: c.agency ? `${c.label} (${c.agency})` : c.label }))}
        value=""
        onChange={(chosen) => {
          const found = finder.found?.find((c) => String(c.id) === chosen);
          set({ application_id: chosen, application_label: found?.label ?? '' });
          finder.clear();
        }}
        error={error}
        noneText={t('asset.applicationNoneFound')}
        noneTestId={`${prefix}-application-none`}
      />
    </div>
  );
}
