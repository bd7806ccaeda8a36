// "Ubah proses bisnis": the owner (the agency's operator or the superadmin)
// changes a draft or a coordinated process (a real change to a coordinated one
// sends it back to draft, to be submitted and coordinated again). Sent with
// If-Match: when someone else saved first (412) it says so, offers the latest
// version and lists what was typed, so nothing is lost.
import { useEffect, useRef } from 'preact/hooks';
import { getBusinessProcess, updateBusinessProcess } from '../../api/businessProcesses';
import type { BusinessProcess } from '../../api/businessProcessTypes';
import { processKindLabel } from '../../format/businessProcess';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { checkProcess, ProcessFields, processChanges, processFieldIds, processValuesOf, type ProcessValues } from './ProcessFields';
import { useArchitectureOptions } from './useArchitectureOptions';

const PREFIX = 'bp-edit';
const IDS = processFieldIds(PREFIX);

interface Base {
  process: BusinessProcess;
  etag: string;
}

interface Props {
  process: BusinessProcess;
  etag: string;
  onSaved: (process: BusinessProcess, etag?: string) => void;
  onClose: () => void;
}

export function ProcessEditForm({ process, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const architectures = useArchitectureOptions();
  const form = useVersionedForm<Base, ProcessValues>({ process, etag }, (b) => processValuesOf(b.process), IDS);
  const { base, values, set, errors, unsaved } = form;
  // Opened from a button (also "complete it now"): land on the form.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);

  const save = form.save({
    check: (wording) => checkProcess(values, PREFIX, IDS, wording),
    send: () => {
      const changes = processChanges(base.process, values);
      return Object.keys(changes).length === 0 ? null : updateBusinessProcess(base.process.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () =>
    form.reload(getBusinessProcess(base.process.id), (latest, latestEtag) => ({ process: latest, etag: latestEtag ?? `"${latest.version}"` }));

  const architectureTitle = (id: string) => architectures.find((a) => String(a.id) === id)?.title ?? id;

  return (
    <section class="section panel" aria-labelledby="bp-edit-title" data-testid="bp-edit">
      <h2 class="heading-m" id="bp-edit-title" tabIndex={-1} ref={heading}>
        {t('businessProcess.editTitle')}
      </h2>
      {base.process.status === 'coordinated' && (
        <p class="body" data-testid="bp-edit-reopens">
          {t('businessProcess.editReopens')}
        </p>
      )}
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="bp-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="bp-unsaved"
          rows={[
            [t('businessProcess.code'), unsaved.code],
            [t('businessProcess.name'), unsaved.name],
            [t('businessProcess.kind'), unsaved.kind ? processKindLabel(unsaved.kind, i18n) : ''],
            [t('businessProcess.description'), unsaved.description],
            [t('businessProcess.purpose'), unsaved.purpose],
            [t('businessProcess.outputs'), unsaved.outputs],
            [t('businessProcess.architecture'), unsaved.architecture_id ? architectureTitle(unsaved.architecture_id) : ''],
            [
              t('businessProcess.steps'),
              unsaved.steps
                .filter((s) => s.name.trim() || s.responsible.trim())
                .map((s, i) => `${i + 1}. ${s.name}${s.responsible ? ` (${s.responsible})` : ''}`)
                .join(' · '),
            ],
            [t('businessProcess.relatedServices'), unsaved.related_services.split(/\r?\n/).filter(Boolean).join(' · ')],
            [t('businessProcess.relatedApplications'), unsaved.related_applications.split(/\r?\n/).filter(Boolean).join(' · ')],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="bp-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <ProcessFields prefix={PREFIX} ids={IDS} values={values} set={set} errors={errors} architectures={architectures} />
        <SaveCancelButtons saveLabel={t('businessProcess.save')} saveTestId="bp-save" saving={form.saving} cancelTestId="bp-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
