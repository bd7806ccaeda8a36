// "Susun perjanjian bagi pakai data": the agency that provides the data drafts
// an agreement with the agency that will use it (Madiun Pasal 10 ayat (4)); the
// superadmin may draft one for any provider. It starts as a draft and grants
// nothing until it is put into force. What was typed survives a reload (useDraft).
import { useEffect } from 'preact/hooks';
import { agreementPagePath, createAgreement } from '../../api/datasets';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { AgreementFields, agreementFieldIds, agreementInput, checkAgreement, EMPTY_AGREEMENT, useShareableDatasets } from './AgreementFields';

const IDS = agreementFieldIds('sh-new');

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency is the provider; null: the superadmin chooses
  preset: { datasetId: string; providerId: string } | null; // opened from a dataset's page: its owner provides it, and it is ticked
  onClose: () => void;
}

export function AgreementCreateForm({ agencies, ownAgencyId, preset, onClose }: Props) {
  const { t } = useI18n();
  const [draft, update, reset] = useDraft('sharing.create', { ...EMPTY_AGREEMENT, provider_agency_id: '', consumer_agency_id: '' });
  // Opened from a dataset's page: that dataset's owner is the provider and the dataset is ticked (a kept draft included).
  useEffect(() => {
    if (!preset) return;
    const sameProvider = ownAgencyId === null ? draft.provider_agency_id === preset.providerId : String(ownAgencyId) === preset.providerId;
    if (!sameProvider && ownAgencyId !== null) return; // another agency's dataset: the operator cannot share it
    update({
      ...(ownAgencyId === null ? { provider_agency_id: preset.providerId } : {}),
      dataset_ids: sameProvider ? [...new Set([...draft.dataset_ids, preset.datasetId])] : [preset.datasetId],
    });
  }, []);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseProvider = ownAgencyId === null;
  const providerId = chooseProvider ? (draft.provider_agency_id ? Number(draft.provider_agency_id) : null) : ownAgencyId;
  const datasets = useShareableDatasets(providerId);
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);

  const found = (wording: I18n) => {
    const parties = fieldErrors([
      [IDS.provider_agency_id!, providerId === null ? wording.t('sharing.error.providerMissing') : null],
      [
        IDS.consumer_agency_id!,
        !draft.consumer_agency_id ? wording.t('sharing.error.consumerMissing') : Number(draft.consumer_agency_id) === providerId ? wording.t('sharing.error.sameParties') : null,
      ],
    ]);
    const rest = checkAgreement(draft, IDS, wording);
    return { summary: [...parties.summary, ...rest.summary], fields: { ...parties.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createAgreement(agreementInput(draft, providerId!, Number(draft.consumer_agency_id))),
    onSent: (data) => {
      reset();
      const path = agreementPagePath(data.id);
      flashOn(path, 'sharing.created');
      navigate(path);
    },
  });
  const agencyOptions = (leaveOut: number | null) => agencies.filter((a) => a.id !== leaveOut).map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }));

  return (
    <section class="section panel" aria-labelledby="sh-new-heading">
      <h2 class="heading-m" id="sh-new-heading" tabIndex={-1}>
        {t('sharing.createTitle')}
      </h2>
      <p class="body">{t('sharing.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="sh-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseProvider ? (
          <SelectField
            id={IDS.provider_agency_id!}
            label={t('sharing.provider')}
            hint={t('sharing.providerHint')}
            value={draft.provider_agency_id}
            options={[{ value: '', label: t('sharing.chooseAgency') }, ...agencyOptions(null)]}
            onChange={(provider_agency_id) => update({ provider_agency_id, dataset_ids: [] })}
            error={errors.fields[IDS.provider_agency_id!]}
          />
        ) : (
          <p class="body" id={IDS.provider_agency_id} data-testid="sh-new-own-agency">
            <strong>{t('sharing.provider')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('sharing.ownAgencyOnly')}</span>
          </p>
        )}
        <SelectField
          id={IDS.consumer_agency_id!}
          label={t('sharing.consumer')}
          value={draft.consumer_agency_id}
          options={[{ value: '', label: t('sharing.chooseAgency') }, ...agencyOptions(providerId)]}
          onChange={(consumer_agency_id) => update({ consumer_agency_id })}
          error={errors.fields[IDS.consumer_agency_id!]}
        />
        <AgreementFields ids={IDS} values={draft} set={update} errors={errors} datasets={providerId === null ? [] : datasets} />
        <SaveCancelButtons saveLabel={t('sharing.createSubmit')} saveTestId="sh-create-submit" saving={sending} cancelTestId="sh-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
