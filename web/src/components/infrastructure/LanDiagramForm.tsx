// "Kirim diagram LAN" (Madiun Pasal 20 ayat (1): each agency submits its current
// LAN diagram to the ICT office): the agency (an operator's own, fixed), the date
// of the diagram (not in the future), the file (uploaded at once) and a note. A
// newer submission follows an older one; nothing is changed afterwards.
import { submitLanDiagram } from '../../api/infrastructure';
import type { LanDiagram } from '../../api/infrastructureTypes';
import type { StoredFile } from '../../api/files';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { todayInZone } from '../../format/dateTime';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { FileField } from '../form/FileField';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { agencyName, agencyOptions } from './agencyOptions';

const IDS = { agency_id: 'infra-lan-agency', submitted_on: 'infra-lan-date', file_sha256: 'infra-lan-file', note: 'infra-lan-note' };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null;
  onSaved: (diagram: LanDiagram) => void;
  onClose: () => void;
}

export function LanDiagramForm({ agencies, ownAgencyId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const zone = useRegionDetail()?.time_zone;
  const today = todayInZone(zone);
  const [draft, update, reset] = useDraft<{ agency_id: string; submitted_on: string; note: string; file: StoredFile | null }>('infrastructure.lan.create', {
    agency_id: '',
    submitted_on: '',
    note: '',
    file: null,
  });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const date = draft.submitted_on || today;

  const submit = send({
    check: (wording) =>
      fieldErrors([
        [IDS.agency_id, chooseAgency && !draft.agency_id ? wording.t('infra.error.agency') : null],
        [IDS.submitted_on, !/^\d{4}-\d{2}-\d{2}$/.test(date) ? wording.t('infra.error.date') : date > today ? wording.t('infra.error.dateFuture') : null],
        [IDS.file_sha256, draft.file ? null : wording.t('infra.error.lanFile')],
      ]),
    request: () =>
      submitLanDiagram({
        agency_id: chooseAgency ? Number(draft.agency_id) : ownAgencyId!,
        submitted_on: date,
        file_sha256: draft.file!.sha256,
        note: draft.note.trim() || null,
      }),
    onSent: (diagram) => {
      reset();
      onSaved(diagram);
    },
  });

  return (
    <FormPanel title={t('infra.lanCreateTitle')} testId="infra-lan-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-lan-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.agency_id}
            label={t('infra.agency')}
            value={draft.agency_id}
            options={agencyOptions(agencies, t('infra.chooseAgency'))}
            onChange={(agency_id) => update({ agency_id })}
            error={errors.fields[IDS.agency_id]}
          />
        ) : (
          <p class="body" data-testid="infra-lan-own-agency">
            <strong>{t('infra.agency')}:</strong> {agencyName(agencies, ownAgencyId)}
          </p>
        )}
        <TextField
          id={IDS.submitted_on}
          label={t('infra.lanDate')}
          hint={t('infra.lanDateHint')}
          type="date"
          value={date}
          onInput={(submitted_on) => update({ submitted_on })}
          error={errors.fields[IDS.submitted_on]}
          inputProps={{ max: today }}
        />
        <FileField id={IDS.file_sha256} label={t('infra.lanFile')} hint={t('infra.lanFileHint')} value={draft.file} onChange={(file) => update({ file })} error={errors.fields[IDS.file_sha256]} />
        <TextArea id={IDS.note} label={t('infra.lanNote')} value={draft.note} onInput={(note) => update({ note })} error={errors.fields[IDS.note]} />
        <SaveCancelButtons saveLabel={t('infra.lanCreateSubmit')} saveTestId="infra-lan-submit" saving={sending} cancelTestId="infra-lan-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
