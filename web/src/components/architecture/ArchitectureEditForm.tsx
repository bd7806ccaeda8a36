// "Ubah versi": title, period, reference architecture and decree of a draft or a
// version in review. Sent with If-Match; 412 → the latest version is offered and
// what was typed is listed. An overlapping period is explained beside the years.
import { getArchitecture, updateArchitecture } from '../../api/architectures';
import type { Architecture } from '../../api/architectureTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { ArchitectureFields, checkVersion, overlapOnPeriod, versionChanges, versionFieldIds, versionValuesOf, type VersionValues } from './ArchitectureFields';

const IDS = versionFieldIds('arch-edit');

interface Base {
  architecture: Architecture;
  etag: string;
}

interface Props {
  architecture: Architecture;
  etag: string;
  today: string;
  onSaved: (a: Architecture, etag?: string) => void;
  onClose: () => void;
}

export function ArchitectureEditForm({ architecture, etag, today, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const form = useVersionedForm<Base, VersionValues>({ architecture, etag }, (b) => versionValuesOf(b.architecture), IDS);
  const { base, values, set, errors, unsaved } = form;

  const save = form.save({
    check: (wording) => checkVersion(values, IDS, wording),
    send: () => {
      const changes = versionChanges(base.architecture, values);
      return Object.keys(changes).length === 0 ? null : overlapOnPeriod(updateArchitecture(base.architecture.id, changes, base.etag));
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () =>
    form.reload(getArchitecture(base.architecture.id), (latest, latestEtag) => ({ architecture: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="arch-edit-title">
      <h2 class="heading-m" id="arch-edit-title">
        {t('architecture.editTitle')}
      </h2>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="architecture-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="architecture-unsaved"
          rows={[
            [t('architecture.titleLabel'), unsaved.title],
            [t('architecture.period'), `${unsaved.start_year}–${unsaved.end_year}`],
            [t('architecture.reference'), unsaved.reference_summary],
            [t('architecture.decree'), [unsaved.decree_number, unsaved.decree_date].filter(Boolean).join(', ')],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="architecture-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <ArchitectureFields ids={IDS} values={values} set={set} errors={errors} today={today} />
        <SaveCancelButtons saveLabel={t('architecture.save')} saveTestId="architecture-save" saving={form.saving} cancelTestId="architecture-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
