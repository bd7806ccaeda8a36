// "Ubah layanan": the owner (the agency's operator or the superadmin) changes a
// service, sent with If-Match. When someone else saved first (412) it says so,
// offers the latest version and lists what was typed, so nothing is lost.
import { useEffect, useRef } from 'preact/hooks';
import type { Agency } from '../../api/identityTypes';
import { getService, updateService } from '../../api/services';
import type { Service } from '../../api/serviceTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { channelLabel, serviceKindLabel, serviceStatusLabel } from './labels';
import { checkService, ServiceFields, serviceChanges, serviceFieldIds, serviceValuesOf, type ServiceValues } from './ServiceFields';

const IDS = serviceFieldIds('svc-edit');

interface Base {
  service: Service;
  etag: string;
}

interface Props {
  service: Service;
  etag: string;
  agencies: Agency[];
  onSaved: (service: Service, etag?: string) => void;
  onClose: () => void;
}

export function ServiceEditForm({ service, etag, agencies, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, ServiceValues>({ service, etag }, (b) => serviceValuesOf(b.service), IDS);
  const { base, values, set, errors, unsaved } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);

  const save = form.save({
    check: (wording) => checkService(values, IDS, wording),
    send: () => {
      const changes = serviceChanges(base.service, values);
      return Object.keys(changes).length === 0 ? null : updateService(base.service.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });
  const reloadLatest = () => form.reload(getService(base.service.id), (latest, latestEtag) => ({ service: latest, etag: latestEtag ?? `"${latest.version}"` }));
  const agencyNames = (ids: string[]) => ids.map((id) => agencies.find((a) => String(a.id) === id)?.short_name ?? id).join(', ');

  return (
    <section class="section panel" aria-labelledby="svc-edit-title" data-testid="svc-edit">
      <h2 class="heading-m" id="svc-edit-title" tabIndex={-1} ref={heading}>
        {t('svc.editTitle')}
      </h2>
      {base.service.participating_agency_ids.length > 0 && <p class="body secondary">{t('svc.editClears')}</p>}
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="svc-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="svc-unsaved"
          rows={[
            [t('svc.code'), unsaved.code],
            [t('svc.name'), unsaved.name],
            [t('svc.kind'), unsaved.kind ? serviceKindLabel(unsaved.kind, i18n) : ''],
            [t('svc.sector'), unsaved.sector],
            [t('svc.channels'), unsaved.channels.map((c) => channelLabel(c, i18n)).join(', ')],
            [t('svc.status'), serviceStatusLabel(unsaved.status, i18n)],
            [t('svc.description'), unsaved.description],
            [t('svc.participating'), agencyNames(unsaved.participating)],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="svc-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <ServiceFields ids={IDS} values={values} set={set} errors={errors} agencies={agencies} ownerAgencyId={base.service.owner_agency_id} />
        <SaveCancelButtons saveLabel={t('svc.save')} saveTestId="svc-save" saving={form.saving} cancelTestId="svc-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
