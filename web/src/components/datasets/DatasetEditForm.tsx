// "Ubah dataset": the owner agency (or the superadmin) changes a catalogue
// entry. Sent with If-Match: when someone else saved first (412) it says so,
// offers the latest version and lists what was typed, so nothing is lost.
import { useEffect, useRef } from 'preact/hooks';
import { getDataset, updateDataset } from '../../api/datasets';
import type { Dataset } from '../../api/datasetTypes';
import { todayInZone } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { checkDataset, datasetChanges, DatasetFields, datasetFieldIds, datasetValuesOf, useAgencyPeople, type DatasetValues } from './DatasetFields';
import { classificationLabel, frequencyLabel } from './labels';

const IDS = datasetFieldIds('ds-edit');

interface Base {
  dataset: Dataset;
  etag: string;
}

interface Props {
  dataset: Dataset;
  etag: string;
  onSaved: (dataset: Dataset, etag?: string) => void;
  onClose: () => void;
}

export function DatasetEditForm({ dataset, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const today = todayInZone(useRegionDetail()?.time_zone);
  const people = useAgencyPeople(dataset.owner_agency_id);
  const form = useVersionedForm<Base, DatasetValues>({ dataset, etag }, (b) => datasetValuesOf(b.dataset), IDS);
  const { base, values, set, errors, unsaved } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const save = form.save({
    check: (wording) => checkDataset(values, IDS, today, wording),
    send: () => {
      const changes = datasetChanges(base.dataset, values);
      return Object.keys(changes).length === 0 ? null : updateDataset(base.dataset.id, changes, base.etag);
    },
    onSaved,
  });
  const reloadLatest = () => form.reload(getDataset(base.dataset.id), (latest, latestEtag) => ({ dataset: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="ds-edit-heading" data-testid="ds-edit">
      <h2 class="heading-m" id="ds-edit-heading" tabIndex={-1} ref={heading}>
        {t('datasets.editTitle')}
      </h2>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="ds-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="ds-unsaved"
          rows={[
            [t('datasets.code'), unsaved.code],
            [t('datasets.titleField'), unsaved.title],
            [t('datasets.description'), unsaved.description],
            [t('datasets.classification'), unsaved.classification ? classificationLabel(unsaved.classification, i18n) : ''],
            [t('datasets.frequency'), unsaved.update_frequency ? frequencyLabel(unsaved.update_frequency, i18n) : ''],
            [t('datasets.lastUpdated'), unsaved.last_updated],
            [t('datasets.formats'), unsaved.formats],
            [t('datasets.keywords'), unsaved.keywords],
            [t('datasets.theme'), unsaved.theme],
            [t('datasets.licence'), unsaved.licence],
            [t('datasets.landingPage'), unsaved.landing_page],
            [t('datasets.accessUrl'), unsaved.access_url],
            [t('datasets.contact'), [unsaved.contact_name, unsaved.contact_email].filter(Boolean).join(' · ')],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="ds-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <DatasetFields ids={IDS} values={values} set={set} errors={errors} people={people} today={today} editing />
        <SaveCancelButtons saveLabel={t('datasets.save')} saveTestId="ds-save" saving={form.saving} cancelTestId="ds-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
