// "Ubah server": the owner agency (where it may) or the superadmin changes a host,
// sent with If-Match: when someone else saved first (412) it says so, offers the
// latest version and lists what was typed, so nothing is lost.
import { getHost, updateHost } from '../../api/infrastructure';
import type { Host } from '../../api/infrastructureTypes';
import { hostKindLabel, hostStatusLabel } from '../../format/infrastructure';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { checkHost, HostFields, hostChanges, hostFieldIds, hostValuesOf, type HostValues } from './HostFields';
import { useFacilities } from './useFacilities';

const IDS = hostFieldIds('infra-host-edit');

interface Base {
  host: Host;
  etag: string;
}

interface Props {
  host: Host;
  etag: string;
  onSaved: (host: Host, etag?: string) => void;
  onClose: () => void;
}

export function HostEditForm({ host, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const facilities = useFacilities();
  const form = useVersionedForm<Base, HostValues>({ host, etag }, (b) => hostValuesOf(b.host), IDS);
  const { base, values, set, errors, unsaved } = form;

  const save = form.save({
    check: (wording) => checkHost(values, IDS, wording),
    send: () => {
      const changes = hostChanges(base.host, values);
      return Object.keys(changes).length === 0 ? null : updateHost(base.host.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });
  const reloadLatest = () => form.reload(getHost(base.host.id), (latest, latestEtag) => ({ host: latest, etag: latestEtag ?? `"${latest.version}"` }));
  const facilityName = (id: string) => facilities.find((f) => String(f.id) === id)?.name ?? id;

  return (
    <FormPanel title={t('infra.hostEditTitle')} testId="infra-host-edit">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="infra-host-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="infra-host-unsaved"
          rows={[
            [t('infra.hostName'), unsaved.name],
            [t('infra.hostKind'), hostKindLabel(unsaved.kind, i18n)],
            [t('infra.hostFacility'), unsaved.facility_id ? facilityName(unsaved.facility_id) : ''],
            [t('infra.hostUptime'), unsaved.uptime_commitment],
            [t('infra.hostOs'), unsaved.operating_system],
            [t('infra.hostPurpose'), unsaved.purpose],
            [t('infra.hostAddresses'), unsaved.addresses.split(/\s+/).filter(Boolean).join(' · ')],
            [t('infra.hostStatus'), hostStatusLabel(unsaved.status, i18n)],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="infra-host-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <HostFields ids={IDS} values={values} set={set} errors={errors} facilities={facilities} editing />
        <SaveCancelButtons saveLabel={t('infra.save')} saveTestId="infra-host-save" saving={form.saving} cancelTestId="infra-host-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
