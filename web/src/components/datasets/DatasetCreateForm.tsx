// "Catat dataset": a new entry in the data catalogue (Madiun Pasal 10 ayat (2)).
// An agency operator records their own agency's data; the superadmin chooses the
// agency. What was typed survives a reload or the session ending (useDraft);
// after saving, the dataset's own page opens.
import { createDataset, datasetPagePath } from '../../api/datasets';
import type { Agency } from '../../api/identityTypes';
import { todayInZone } from '../../format/dateTime';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { checkDataset, DatasetFields, datasetFieldIds, datasetInput, EMPTY_DATASET, useAgencyPeople } from './DatasetFields';

const IDS = datasetFieldIds('ds-new');

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the superadmin chooses
  onClose: () => void;
}

export function DatasetCreateForm({ agencies, ownAgencyId, onClose }: Props) {
  const { t } = useI18n();
  const today = todayInZone(useRegionDetail()?.time_zone);
  const [draft, update, reset] = useDraft('datasets.create', { ...EMPTY_DATASET, owner_agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const agencyId = chooseAgency ? (draft.owner_agency_id ? Number(draft.owner_agency_id) : null) : ownAgencyId;
  const people = useAgencyPeople(agencyId);
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.owner_agency_id!, chooseAgency && !draft.owner_agency_id ? wording.t('datasets.error.agencyMissing') : null]]);
    const rest = checkDataset(draft, IDS, today, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createDataset(datasetInput(draft, agencyId!)),
    onSent: (data) => {
      reset();
      const path = datasetPagePath(data.id);
      flashOn(path, 'datasets.created');
      navigate(path);
    },
  });

  return (
    <section class="section panel" aria-labelledby="ds-new-heading">
      <h2 class="heading-m" id="ds-new-heading" tabIndex={-1}>
        {t('datasets.createTitle')}
      </h2>
      <p class="body">{t('datasets.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="ds-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.owner_agency_id!}
            label={t('datasets.agency')}
            value={draft.owner_agency_id}
            options={[{ value: '', label: t('datasets.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(owner_agency_id) => update({ owner_agency_id, data_steward_id: '' })}
            error={errors.fields[IDS.owner_agency_id!]}
          />
        ) : (
          <p class="body" data-testid="ds-new-own-agency">
            <strong>{t('datasets.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('datasets.ownAgencyOnly')}</span>
          </p>
        )}
        <DatasetFields ids={IDS} values={draft} set={update} errors={errors} people={people} today={today} />
        <SaveCancelButtons saveLabel={t('datasets.createSubmit')} saveTestId="ds-create-submit" saving={sending} cancelTestId="ds-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
