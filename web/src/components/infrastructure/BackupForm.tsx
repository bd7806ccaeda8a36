// "Laporkan pencadangan" (Madiun Pasal 16): the agency (an operator's own, fixed),
// the host of that agency or what was backed up, the date (not in the future), full
// or incremental, where the copy is kept (the data center where the regulation says
// so, refused with the article otherwise), the result and a note.
import { useEffect, useState } from 'preact/hooks';
import { listHosts, reportBackup } from '../../api/infrastructure';
import { BACKUP_KINDS, BACKUP_RESULTS, type Backup, type Host } from '../../api/infrastructureTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { todayInZone } from '../../format/dateTime';
import { backupKindLabel, backupResultLabel, facilityKindLabel } from '../../format/infrastructure';
import { useDraft } from '../../hooks/useDraft';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { agencyName, agencyOptions } from './agencyOptions';
import { useFacilities } from './useFacilities';

const IDS = {
  agency_id: 'infra-backup-agency',
  host_id: 'infra-backup-host',
  subject: 'infra-backup-subject',
  done_on: 'infra-backup-date',
  kind: 'infra-backup-kind',
  facility_id: 'infra-backup-facility',
  location_note: 'infra-backup-location',
  result: 'infra-backup-result',
  note: 'infra-backup-note',
};

const EMPTY = { agency_id: '', host_id: '', subject: '', done_on: '', kind: 'full', facility_id: '', location_note: '', result: 'ok', note: '' };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null;
  onSaved: (backup: Backup) => void;
  onClose: () => void;
}

export function BackupForm({ agencies, ownAgencyId, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const today = todayInZone(useRegionDetail()?.time_zone);
  const facilities = useFacilities();
  const [draft, update, reset] = useDraft('infrastructure.backup.create', EMPTY);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const agency = chooseAgency ? draft.agency_id : String(ownAgencyId);
  const date = draft.done_on || today;
  const [hosts, setHosts] = useState<Host[]>([]);
  useEffect(() => {
    setHosts([]);
    if (!agency) return;
    const controller = new AbortController();
    void listHosts({ agency_id: agency, status: 'active' }, null, { signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted && answer.ok) setHosts(answer.data.items);
    });
    return () => controller.abort();
  }, [agency]);

  const submit = send({
    check: (wording) =>
      fieldErrors([
        [IDS.agency_id, !agency ? wording.t('infra.error.agency') : null],
        [IDS.subject, !draft.host_id && !draft.subject.trim() ? wording.t('infra.error.backupSubject') : null],
        [IDS.done_on, !/^\d{4}-\d{2}-\d{2}$/.test(date) ? wording.t('infra.error.date') : date > today ? wording.t('infra.error.dateFuture') : null],
      ]),
    request: () =>
      reportBackup({
        agency_id: Number(agency),
        host_id: draft.host_id ? Number(draft.host_id) : null,
        subject: draft.subject.trim() || null,
        done_on: date,
        kind: draft.kind,
        facility_id: draft.facility_id ? Number(draft.facility_id) : null,
        location_note: draft.location_note.trim() || null,
        result: draft.result,
        note: draft.note.trim() || null,
      }),
    onSent: (backup) => {
      reset();
      onSaved(backup);
    },
  });

  return (
    <FormPanel title={t('infra.backupCreateTitle')} testId="infra-backup-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-backup-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.agency_id}
            label={t('infra.agency')}
            value={draft.agency_id}
            options={agencyOptions(agencies, t('infra.chooseAgency'))}
            onChange={(agency_id) => update({ agency_id, host_id: '' })}
            error={errors.fields[IDS.agency_id]}
          />
        ) : (
          <p class="body" data-testid="infra-backup-own-agency">
            <strong>{t('infra.agency')}:</strong> {agencyName(agencies, ownAgencyId)}
          </p>
        )}
        <SelectField
          id={IDS.host_id}
          label={t('infra.backupHost')}
          hint={t('infra.backupHostHint')}
          value={draft.host_id}
          options={[{ value: '', label: t('infra.backupHostNone') }, ...hosts.map((h) => ({ value: String(h.id), label: h.name }))]}
          onChange={(host_id) => update({ host_id })}
          error={errors.fields[IDS.host_id]}
        />
        <TextField id={IDS.subject} label={t('infra.backupSubject')} hint={t('infra.backupSubjectHint')} value={draft.subject} onInput={(subject) => update({ subject })} error={errors.fields[IDS.subject]} inputProps={{ maxLength: 300 }} />
        <TextField id={IDS.done_on} label={t('infra.backupDate')} type="date" value={date} onInput={(done_on) => update({ done_on })} error={errors.fields[IDS.done_on]} inputProps={{ max: today }} />
        <RadioGroup id={IDS.kind} legend={t('infra.backupKind')} value={draft.kind} options={BACKUP_KINDS.map((k) => ({ value: k, label: backupKindLabel(k, i18n) }))} onChange={(kind) => update({ kind })} error={errors.fields[IDS.kind]} />
        <SelectField
          id={IDS.facility_id}
          label={t('infra.backupFacility')}
          hint={t('infra.backupFacilityHint')}
          value={draft.facility_id}
          options={[{ value: '', label: t('infra.hostFacilityNone') }, ...facilities.map((f) => ({ value: String(f.id), label: `${f.name} (${facilityKindLabel(f.kind, i18n)})` }))]}
          onChange={(facility_id) => update({ facility_id })}
          error={errors.fields[IDS.facility_id]}
        />
        <TextField id={IDS.location_note} label={t('infra.backupLocation')} value={draft.location_note} onInput={(location_note) => update({ location_note })} error={errors.fields[IDS.location_note]} inputProps={{ maxLength: 300 }} />
        <RadioGroup id={IDS.result} legend={t('infra.backupResult')} value={draft.result} options={BACKUP_RESULTS.map((r) => ({ value: r, label: backupResultLabel(r, i18n) }))} onChange={(result) => update({ result })} error={errors.fields[IDS.result]} />
        <TextArea id={IDS.note} label={t('infra.backupNote')} value={draft.note} onInput={(note) => update({ note })} error={errors.fields[IDS.note]} />
        <SaveCancelButtons saveLabel={t('infra.backupCreateSubmit')} saveTestId="infra-backup-submit" saving={sending} cancelTestId="infra-backup-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
