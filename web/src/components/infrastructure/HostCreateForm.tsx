// "Daftarkan server": a new host of an agency. The superadmin chooses the agency;
// an agency operator registers for their own agency only (where the region's PD
// Mandiri TIK rule allows it). What was typed survives a reload (useDraft); after
// saving, the host's own page opens.
import { createHost, hostPagePath } from '../../api/infrastructure';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { agencyName, agencyOptions } from './agencyOptions';
import { checkHost, EMPTY_HOST, HostFields, hostFieldIds, hostInput } from './HostFields';
import { useFacilities } from './useFacilities';

const PREFIX = 'infra-host-new';
const IDS = { ...hostFieldIds(PREFIX), owner_agency_id: `${PREFIX}-agency` };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the superadmin chooses
  onClose: () => void;
}

export function HostCreateForm({ agencies, ownAgencyId, onClose }: Props) {
  const { t } = useI18n();
  const facilities = useFacilities();
  const [draft, update, reset] = useDraft('infrastructure.host.create', { ...EMPTY_HOST, owner_agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.owner_agency_id, chooseAgency && !draft.owner_agency_id ? wording.t('infra.error.agency') : null]]);
    const rest = checkHost(draft, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => {
      const { status: _status, ...input } = hostInput(draft);
      return createHost({ ...input, owner_agency_id: chooseAgency ? Number(draft.owner_agency_id) : ownAgencyId! });
    },
    onSent: (host) => {
      reset();
      const path = hostPagePath(host.id);
      flashOn(path, 'infra.hostCreated');
      navigate(path);
    },
  });

  return (
    <FormPanel title={t('infra.hostCreateTitle')} testId="infra-host-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-host-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.owner_agency_id}
            label={t('infra.agency')}
            value={draft.owner_agency_id}
            options={agencyOptions(agencies, t('infra.chooseAgency'))}
            onChange={(owner_agency_id) => update({ owner_agency_id })}
            error={errors.fields[IDS.owner_agency_id]}
          />
        ) : (
          <p class="body" data-testid="infra-host-new-own-agency">
            <strong>{t('infra.agency')}:</strong> {agencyName(agencies, ownAgencyId)}
          </p>
        )}
        <HostFields ids={IDS} values={draft} set={update} errors={errors} facilities={facilities} />
        <SaveCancelButtons saveLabel={t('infra.hostCreateSubmit')} saveTestId="infra-host-create-submit" saving={sending} cancelTestId="infra-host-create-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
