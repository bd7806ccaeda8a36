// "Daftarkan jaringan": the WAN (the ICT office runs it up to each agency's router,
// Madiun Pasal 18 ayat (6) huruf a; the superadmin only) or an agency's LAN (the
// superadmin, or the agency's operator where the PD Mandiri TIK rule allows it).
// Kind and owner are fixed once registered.
import { createNetwork } from '../../api/infrastructure';
import { NETWORK_KINDS, type Network } from '../../api/infrastructureTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { networkKindLabel } from '../../format/infrastructure';
import { useDraft } from '../../hooks/useDraft';
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
import { conflictOnField } from './conflictOnField';

const IDS = { kind: 'infra-network-kind', owner_agency_id: 'infra-network-agency', name: 'infra-network-name', description: 'infra-network-description' };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null;
  onSaved: (network: Network) => void;
  onClose: () => void;
}

export function NetworkForm({ agencies, ownAgencyId, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const chooseAgency = ownAgencyId === null;
  const [values, set, reset] = useDraft('infrastructure.network.create', { kind: 'lan', owner_agency_id: '', name: '', description: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const lan = values.kind === 'lan';
  const submit = send({
    check: (wording) =>
      fieldErrors([
        [IDS.owner_agency_id, lan && chooseAgency && !values.owner_agency_id ? wording.t('infra.error.agency') : null],
        [IDS.name, values.name.trim() ? null : wording.t('infra.error.networkName')],
      ]),
    request: () =>
      createNetwork({
        kind: values.kind,
        name: values.name.trim(),
        description: values.description.trim() || null,
        ...(lan ? { owner_agency_id: chooseAgency ? Number(values.owner_agency_id) : ownAgencyId! } : {}),
      }),
    onSent: (network) => {
      reset();
      onSaved(network);
    },
    explain: conflictOnField(IDS.name),
  });
  return (
    <FormPanel title={t('infra.networkCreateTitle')} testId="infra-network-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-network-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency && (
          <RadioGroup
            id={IDS.kind}
            legend={t('infra.networkKind')}
            value={values.kind}
            options={NETWORK_KINDS.map((k) => ({ value: k, label: networkKindLabel(k, i18n) }))}
            onChange={(kind) => set({ kind })}
            error={errors.fields[IDS.kind]}
          />
        )}
        {lan &&
          (chooseAgency ? (
            <SelectField
              id={IDS.owner_agency_id}
              label={t('infra.agency')}
              value={values.owner_agency_id}
              options={agencyOptions(agencies, t('infra.chooseAgency'))}
              onChange={(owner_agency_id) => set({ owner_agency_id })}
              error={errors.fields[IDS.owner_agency_id]}
            />
          ) : (
            <p class="body" data-testid="infra-network-own-agency">
              <strong>{t('infra.agency')}:</strong> {agencyName(agencies, ownAgencyId)}
            </p>
          ))}
        <TextField id={IDS.name} label={t('infra.networkName')} value={values.name} onInput={(name) => set({ name })} error={errors.fields[IDS.name]} inputProps={{ maxLength: 200 }} />
        <TextArea id={IDS.description} label={t('infra.networkDescription')} value={values.description} onInput={(description) => set({ description })} error={errors.fields[IDS.description]} />
        <SaveCancelButtons saveLabel={t('infra.networkCreateSubmit')} saveTestId="infra-network-submit" saving={sending} cancelTestId="infra-network-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
