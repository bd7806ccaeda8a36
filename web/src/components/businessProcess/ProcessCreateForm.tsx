// "Susun proses bisnis": a new process of an agency starts as a draft (Kendari
// Pasal 9 ayat (2): each agency drafts its own, based on the SPBE architecture).
// An agency operator makes one for their own agency only; the superadmin chooses
// the agency. What was typed survives a reload or the session ending (useDraft);
// after saving, the process's own page opens.
import { createBusinessProcess, processPagePath } from '../../api/businessProcesses';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { checkProcess, EMPTY_PROCESS, ProcessFields, processFieldIds, processInput } from './ProcessFields';
import { useArchitectureOptions } from './useArchitectureOptions';

const PREFIX = 'bp-new';
const IDS = { ...processFieldIds(PREFIX), agency_id: `${PREFIX}-agency` };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the superadmin chooses
  onClose: () => void;
}

export function ProcessCreateForm({ agencies, ownAgencyId, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const architectures = useArchitectureOptions();
  const [draft, update, reset] = useDraft('businessProcess.create', { ...EMPTY_PROCESS, agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.agency_id, chooseAgency && !draft.agency_id ? wording.t('businessProcess.error.agencyMissing') : null]]);
    const rest = checkProcess(draft, PREFIX, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createBusinessProcess(processInput(draft, chooseAgency ? Number(draft.agency_id) : ownAgencyId!)),
    onSent: (data) => {
      reset();
      const path = processPagePath(data.id);
      flashOn(path, 'businessProcess.created');
      navigate(path);
    },
  });

  return (
    <section class="section panel" aria-labelledby="bp-new-title">
      <h2 class="heading-m" id="bp-new-title" tabIndex={-1}>
        {t('businessProcess.createTitle')}
      </h2>
      <p class="body">{t('businessProcess.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="bp-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.agency_id}
            label={t('businessProcess.agency')}
            hint={t('businessProcess.agencyHint')}
            value={draft.agency_id}
            options={[{ value: '', label: t('businessProcess.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(agency_id) => update({ agency_id })}
            error={errors.fields[IDS.agency_id]}
          />
        ) : (
          <p class="body" data-testid="bp-new-own-agency">
            <strong>{t('businessProcess.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('businessProcess.ownAgencyOnly')}</span>
          </p>
        )}
        <ProcessFields prefix={PREFIX} ids={IDS} values={draft} set={update} errors={errors} architectures={architectures} />
        <SaveCancelButtons saveLabel={t('businessProcess.createSubmit')} saveTestId="bp-create-submit" saving={sending} cancelTestId="bp-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
