// The fields of a service, shared by the create and the edit form: code, name,
// kind, sector, channels, status, description and the other agencies involved.
// Also: the values as the form keeps them, the server's field names → inputs,
// the browser's own checks and what is sent.
import type { ServiceInput } from '../../api/services';
import { SERVICE_CHANNELS, SERVICE_KINDS, SERVICE_STATUSES, type Service } from '../../api/serviceTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { channelLabel, serviceKindHint, serviceKindLabel, serviceStatusLabel } from './labels';

export type ServiceValues = {
  code: string;
  name: string;
  kind: string;
  sector: string;
  channels: string[];
  status: string;
  description: string;
  participating: string[]; // agency ids
};

export const EMPTY_SERVICE: ServiceValues = { code: '', name: '', kind: '', sector: '', channels: [], status: 'planned', description: '', participating: [] };

export const serviceValuesOf = (s: Service): ServiceValues => ({
  code: s.code,
  name: s.name,
  kind: s.kind,
  sector: s.sector ?? '',
  channels: [...s.channels],
  status: s.status,
  description: s.description ?? '',
  participating: s.participating_agency_ids.map(String),
});

export function serviceFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const f of ['code', 'name', 'kind', 'sector', 'channels', 'status', 'description']) ids[f] = `${prefix}-${f}`;
  ids.participating_agency_ids = `${prefix}-participating`;
  for (let i = 0; i < 60; i += 1) {
    ids[`channels.${i}`] = ids.channels!;
    ids[`participating_agency_ids.${i}`] = ids.participating_agency_ids!;
  }
  return ids;
}

const CODE = /^[A-Z][A-Z0-9]*([-.][A-Z0-9]+)*$/;
const normalisedCode = (code: string) => code.trim().toUpperCase();

export function checkService(v: ServiceValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const code = normalisedCode(v.code);
  const name = v.name.trim();
  return fieldErrors([
    [ids.code!, !code ? t('svc.error.codeMissing') : code.length < 2 || code.length > 40 || !CODE.test(code) ? t('svc.error.codeInvalid') : null],
    [ids.name!, !name ? t('svc.error.nameMissing') : name.length > 200 ? t('svc.error.nameTooLong') : null],
    [ids.kind!, v.kind ? null : t('svc.error.kindMissing')],
    [ids.sector!, v.sector.trim().length > 100 ? t('svc.error.sectorTooLong') : null],
  ]);
}

const sorted = (ids: string[]) => ids.map(Number).sort((a, b) => a - b);

export function serviceInput(v: ServiceValues, ownerAgencyId: number): ServiceInput {
  const input: ServiceInput = { owner_agency_id: ownerAgencyId, code: normalisedCode(v.code), name: v.name.trim(), kind: v.kind, status: v.status, channels: v.channels };
  if (v.sector.trim()) input.sector = v.sector.trim();
  if (v.description.trim()) input.description = v.description.trim();
  const participating = sorted(v.participating).filter((id) => id !== ownerAgencyId);
  if (participating.length) input.participating_agency_ids = participating;
  return input;
}

export function serviceChanges(s: Service, v: ServiceValues): ServiceInput {
  const changes: ServiceInput = {};
  if (normalisedCode(v.code) !== s.code) changes.code = normalisedCode(v.code);
  if (v.name.trim() !== s.name) changes.name = v.name.trim();
  if (v.kind !== s.kind) changes.kind = v.kind;
  if (v.status !== s.status) changes.status = v.status;
  if (v.sector.trim() !== (s.sector ?? '')) changes.sector = v.sector.trim() || null;
  if (v.description.trim() !== (s.description ?? '')) changes.description = v.description.trim() || null;
  const channels = SERVICE_CHANNELS.filter((c) => v.channels.includes(c));
  const before = SERVICE_CHANNELS.filter((c) => s.channels.includes(c));
  if (channels.join() !== before.join()) changes.channels = channels;
  const participating = sorted(v.participating);
  if (participating.join() !== [...s.participating_agency_ids].sort((a, b) => a - b).join()) changes.participating_agency_ids = participating.length ? participating : null;
  return changes;
}

interface Props {
  ids: Record<string, string>;
  values: ServiceValues;
  set: (changes: Partial<ServiceValues>) => void;
  errors: FormErrors;
  agencies: Agency[];
  ownerAgencyId: number | null; // left out of the agencies involved
}

export function ServiceFields({ ids, values, set, errors, agencies, ownerAgencyId }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const err = (field: string) => errors.fields[ids[field]!];
  return (
    <>
      <TextField
        id={ids.code!}
        label={t('svc.code')}
        hint={t('svc.codeHint')}
        value={values.code}
        onInput={(code) => set({ code: code.toUpperCase() })}
        error={err('code')}
        width="half"
        autoComplete="off"
        inputProps={{ maxLength: 40 }}
      />
      <TextField id={ids.name!} label={t('svc.name')} value={values.name} onInput={(name) => set({ name })} error={err('name')} autoComplete="off" />
      <RadioGroup
        id={ids.kind!}
        legend={t('svc.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind })}
        options={SERVICE_KINDS.map((k) => ({ value: k, label: `${serviceKindLabel(k, i18n)} — ${serviceKindHint(k, i18n)}` }))}
        error={err('kind')}
      />
      <TextField
        id={ids.sector!}
        label={t('svc.sectorOptional')}
        hint={t('svc.sectorHint')}
        value={values.sector}
        onInput={(sector) => set({ sector })}
        error={err('sector')}
        width="half"
        inputProps={{ maxLength: 100 }}
      />
      <CheckboxGroup
        id={ids.channels!}
        legend={t('svc.channels')}
        hint={t('svc.channelsHint')}
        values={values.channels}
        onChange={(channels) => set({ channels })}
        options={SERVICE_CHANNELS.map((c) => ({ value: c, label: channelLabel(c, i18n) }))}
        error={err('channels')}
      />
      <RadioGroup
        id={ids.status!}
        legend={t('svc.status')}
        value={values.status}
        onChange={(status) => set({ status })}
        options={SERVICE_STATUSES.map((s) => ({ value: s, label: serviceStatusLabel(s, i18n) }))}
        error={err('status')}
      />
      <TextArea id={ids.description!} label={t('svc.descriptionOptional')} value={values.description} onInput={(description) => set({ description })} error={err('description')} />
      <CheckboxGroup
        id={ids.participating_agency_ids!}
        legend={t('svc.participatingOptional')}
        hint={t('svc.participatingHint')}
        values={values.participating}
        onChange={(participating) => set({ participating })}
        options={agencies.filter((a) => a.id !== ownerAgencyId).map((a) => ({ value: String(a.id), label: `${a.short_name} — ${a.name}` }))}
        error={err('participating_agency_ids')}
      />
    </>
  );
}
