// "Alokasikan rentang IP" (the ICT office numbers the region's IP addresses, OKI
// Pasal 20): agency, range in CIDR notation, purpose. A range that overlaps one
// already allocated is refused with that range and its agency named, beside the
// range field.
import { createIpRange } from '../../api/infrastructure';
import type { IpRange } from '../../api/infrastructureTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { agencyOptions } from './agencyOptions';
import { conflictOnField } from './conflictOnField';

const IDS = { agency_id: 'infra-ip-agency', cidr: 'infra-ip-cidr', purpose: 'infra-ip-purpose' };
const EMPTY = { agency_id: '', cidr: '', purpose: '' };

interface Props {
  agencies: Agency[];
  onSaved: (range: IpRange) => void;
  onClose: () => void;
}

export function IpRangeForm({ agencies, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const [draft, update, reset] = useDraft('infrastructure.ipRange.create', EMPTY);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const submit = send({
    check: (wording) =>
      fieldErrors([
        [IDS.agency_id, draft.agency_id ? null : wording.t('infra.error.agency')],
        [IDS.cidr, draft.cidr.trim() ? null : wording.t('infra.error.cidr')],
      ]),
    request: () => createIpRange({ agency_id: Number(draft.agency_id), cidr: draft.cidr.trim(), purpose: draft.purpose.trim() || null }),
    onSent: (range) => {
      reset();
      onSaved(range);
    },
    explain: conflictOnField(IDS.cidr),
  });
  return (
    <FormPanel title={t('infra.ipCreateTitle')} testId="infra-ip-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-ip-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <SelectField
          id={IDS.agency_id}
          label={t('infra.agency')}
          value={draft.agency_id}
          options={agencyOptions(agencies, t('infra.chooseAgency'))}
          onChange={(agency_id) => update({ agency_id })}
          error={errors.fields[IDS.agency_id]}
        />
        <TextField
          id={IDS.cidr}
          label={t('infra.ipCidr')}
          hint={t('infra.ipCidrHint')}
          value={draft.cidr}
          onInput={(cidr) => update({ cidr })}
          error={errors.fields[IDS.cidr]}
          inputProps={{ maxLength: 60, autoComplete: 'off', spellcheck: false }}
        />
        <TextArea id={IDS.purpose} label={t('infra.ipPurpose')} value={draft.purpose} onInput={(purpose) => update({ purpose })} error={errors.fields[IDS.purpose]} />
        <SaveCancelButtons saveLabel={t('infra.ipCreateSubmit')} saveTestId="infra-ip-submit" saving={sending} cancelTestId="infra-ip-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
