// The fields of a host (server) record, shared by "register a server" and "change
// the server": name, kind, facility, uptime commitment, operating system, purpose,
// IP addresses (one per line) and, when changing, the status. The server places a
// VPS (or every server, by the region's rule) in the data center and refuses it
// with the article (422 on facility_id), shown beside the facility.
import type { Facility, Host } from '../../api/infrastructureTypes';
import { HOST_KINDS, HOST_STATUSES } from '../../api/infrastructureTypes';
import type { HostInput } from '../../api/infrastructure';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { facilityKindLabel, hostKindLabel, hostStatusLabel } from '../../format/infrastructure';
import type { I18n } from '../../i18n/useI18n';
import { useI18n } from '../../i18n/useI18n';
import { RadioGroup } from '../form/RadioGroup';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export interface HostValues {
  [key: string]: string;
  name: string;
  kind: string;
  facility_id: string;
  uptime_commitment: string;
  operating_system: string;
  purpose: string;
  addresses: string;
  status: string;
}

export const EMPTY_HOST: HostValues = { name: '', kind: 'vps', facility_id: '', uptime_commitment: '', operating_system: '', purpose: '', addresses: '', status: 'active' };

export function hostFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = {
    name: `${prefix}-name`,
    kind: `${prefix}-kind`,
    facility_id: `${prefix}-facility`,
    uptime_commitment: `${prefix}-uptime`,
    operating_system: `${prefix}-os`,
    purpose: `${prefix}-purpose`,
    addresses: `${prefix}-addresses`,
    status: `${prefix}-status`,
  };
  // The server names a wrong address by its place: addresses.0, addresses.1 …
  for (let i = 0; i < 50; i += 1) ids[`addresses.${i}`] = ids.addresses;
  return ids;
}

export function hostValuesOf(host: Host): HostValues {
  return {
    name: host.name,
    kind: host.kind,
    facility_id: host.facility_id === null ? '' : String(host.facility_id),
    uptime_commitment: host.uptime_commitment === null ? '' : String(host.uptime_commitment),
    operating_system: host.operating_system,
    purpose: host.purpose,
    addresses: host.addresses.join('\n'),
    status: host.status,
  };
}

const addressList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((a) => a.trim())
    .filter(Boolean);

const uptimeOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

export function hostInput(values: HostValues): HostInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    facility_id: values.facility_id ? Number(values.facility_id) : null,
    uptime_commitment: uptimeOf(values.uptime_commitment),
    operating_system: values.operating_system.trim() || null,
    purpose: values.purpose.trim() || null,
    addresses: addressList(values.addresses),
    status: values.status,
  };
}

// Only what changed, for a PATCH.
export function hostChanges(host: Host, values: HostValues): HostInput {
  const next = hostInput(values);
  const changes: HostInput = {};
  if (next.name !== host.name) changes.name = next.name;
  if (next.kind !== host.kind) changes.kind = next.kind;
  if (next.facility_id !== host.facility_id) changes.facility_id = next.facility_id;
  if (next.uptime_commitment !== host.uptime_commitment) changes.uptime_commitment = next.uptime_commitment;
  if ((next.operating_system ?? '') !== host.operating_system) changes.operating_system = next.operating_system;
  if ((next.purpose ?? '') !== host.purpose) changes.purpose = next.purpose;
  if ((next.addresses ?? []).join(' ') !== host.addresses.join(' ')) changes.addresses = next.addresses;
  if (next.status !== host.status) changes.status = next.status;
  return changes;
}

export function checkHost(values: HostValues, ids: Record<string, string>, { t }: I18n): FormErrors {
  const uptime = uptimeOf(values.uptime_commitment);
  return fieldErrors([
    [ids.name, values.name.trim() ? null : t('infra.error.hostName')],
    [ids.uptime_commitment, uptime !== null && (Number.isNaN(uptime) || uptime < 0 || uptime > 100) ? t('infra.error.uptime') : null],
  ]);
}

interface Props {
  ids: Record<string, string>;
  values: HostValues;
  set: (changes: Partial<HostValues>) => void;
  errors: FormErrors;
  facilities: Facility[];
  editing?: boolean;
}

export function HostFields({ ids, values, set, errors, facilities, editing = false }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <TextField
        id={ids.name}
        label={t('infra.hostName')}
        hint={t('infra.hostNameHint')}
        value={values.name}
        onInput={(name) => set({ name })}
        error={errors.fields[ids.name]}
        inputProps={{ maxLength: 100, autoComplete: 'off' }}
      />
      <RadioGroup
        id={ids.kind}
        legend={t('infra.hostKind')}
        value={values.kind}
        options={HOST_KINDS.map((k) => ({ value: k, label: hostKindLabel(k, i18n) }))}
        onChange={(kind) => set({ kind })}
        error={errors.fields[ids.kind]}
      />
      <SelectField
        id={ids.facility_id}
        label={t('infra.hostFacility')}
        hint={t('infra.hostFacilityHint')}
        value={values.facility_id}
        options={[
          { value: '', label: t('infra.hostFacilityNone') },
          ...facilities.map((f) => ({ value: String(f.id), label: `${f.name} (${facilityKindLabel(f.kind, i18n)})` })),
        ]}
        onChange={(facility_id) => set({ facility_id })}
        error={errors.fields[ids.facility_id]}
      />
      <TextField
        id={ids.uptime_commitment}
        label={t('infra.hostUptime')}
        hint={t('infra.hostUptimeHint')}
        value={values.uptime_commitment}
        onInput={(uptime_commitment) => set({ uptime_commitment })}
        error={errors.fields[ids.uptime_commitment]}
        width="short"
        inputProps={{ inputMode: 'decimal' }}
      />
      <TextField
        id={ids.operating_system}
        label={t('infra.hostOs')}
        value={values.operating_system}
        onInput={(operating_system) => set({ operating_system })}
        error={errors.fields[ids.operating_system]}
        inputProps={{ maxLength: 200 }}
      />
      <TextArea id={ids.purpose} label={t('infra.hostPurpose')} value={values.purpose} onInput={(purpose) => set({ purpose })} error={errors.fields[ids.purpose]} />
      <TextArea
        id={ids.addresses}
        label={t('infra.hostAddresses')}
        hint={t('infra.hostAddressesHint')}
        value={values.addresses}
        onInput={(addresses) => set({ addresses })}
        error={errors.fields[ids.addresses]}
      />
      {editing && (
        <RadioGroup
          id={ids.status}
          legend={t('infra.hostStatus')}
          hint={t('infra.hostStatusHint')}
          value={values.status}
          options={HOST_STATUSES.map((s) => ({ value: s, label: hostStatusLabel(s, i18n) }))}
          onChange={(status) => set({ status })}
          error={errors.fields[ids.status]}
        />
      )}
    </>
  );
}
