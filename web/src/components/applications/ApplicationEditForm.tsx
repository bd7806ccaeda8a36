// "Ubah data aplikasi": the owner (the agency's operator or the superadmin) changes
// the facts of an application. Sent with If-Match: when someone else saved first
// (412) it says so, offers the latest version and lists what was typed, so nothing
// is lost.
import { useEffect, useRef } from 'preact/hooks';
import { getApplication, updateApplication } from '../../api/applications';
import type { Application } from '../../api/applicationTypes';
import type { Agency } from '../../api/identityTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { ApplicationFields, applicationChanges, applicationFieldIds, applicationValuesOf, checkApplication, type ApplicationValues } from './ApplicationFields';
import { categoryLabel, licenceLabel } from './applicationWords';

const IDS = applicationFieldIds('app-edit');

interface Base {
  application: Application;
  etag: string;
}

interface Props {
  application: Application;
  etag: string;
  agencies: Agency[];
  onSaved: (application: Application, etag?: string) => void;
  onClose: () => void;
}

export function ApplicationEditForm({ application, etag, agencies, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, ApplicationValues>({ application, etag }, (b) => applicationValuesOf(b.application), IDS);
  const { base, values, set, errors, unsaved } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const save = form.save({
    check: (wording) => checkApplication(values, IDS, wording),
    send: () => {
      const changes = applicationChanges(base.application, values);
      return Object.keys(changes).length === 0 ? null : updateApplication(base.application.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () =>
    form.reload(getApplication(base.application.id), (latest, latestEtag) => ({ application: latest, etag: latestEtag ?? `"${latest.version}"` }));
  const agencyNames = (ids: string[]) => ids.map((id) => agencies.find((a) => String(a.id) === id)?.short_name ?? id).join(', ');

  return (
    <section class="section panel" aria-labelledby="app-edit-title" data-testid="app-edit">
      <h2 class="heading-m" id="app-edit-title" tabIndex={-1} ref={heading}>
        {t('applications.editTitle')}
      </h2>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="app-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="app-unsaved"
          rows={[
            [t('applications.code'), unsaved.code],
            [t('applications.name'), unsaved.name],
            [t('applications.category'), unsaved.category ? categoryLabel(unsaved.category, i18n) : ''],
            [t('applications.description'), unsaved.description],
            [t('applications.userAgencies'), agencyNames(unsaved.user_agency_ids)],
            [t('applications.userGroups'), unsaved.user_groups],
            [t('applications.licence'), unsaved.licence_kind ? licenceLabel(unsaved.licence_kind, i18n) : ''],
            [t('applications.licenceName'), unsaved.licence_name],
            [t('applications.repository'), unsaved.repository_location],
            [t('applications.runsAt'), unsaved.runs_at],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="app-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <ApplicationFields ids={IDS} values={values} set={set} errors={errors} agencies={agencies} />
        <SaveCancelButtons saveLabel={t('applications.save')} saveTestId="app-save" saving={form.saving} cancelTestId="app-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
