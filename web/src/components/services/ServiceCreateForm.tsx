// "Daftarkan layanan": a new SPBE service of an agency. An agency operator
// registers one for their own agency only; the superadmin chooses the agency.
// What was typed survives a reload or the session ending (useDraft); after
// saving, the service's own page opens, where its links are recorded.
import type { Agency } from '../../api/identityTypes';
import { createService, servicePagePath } from '../../api/services';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { checkService, EMPTY_SERVICE, ServiceFields, serviceFieldIds, serviceInput } from './ServiceFields';

const PREFIX = 'svc-new';
const IDS = { ...serviceFieldIds(PREFIX), owner_agency_id: `${PREFIX}-agency` };

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the superadmin chooses
  onClose: () => void;
}

export function ServiceCreateForm({ agencies, ownAgencyId, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('services.create', { ...EMPTY_SERVICE, agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);
  const owner = chooseAgency ? (draft.agency_id ? Number(draft.agency_id) : null) : ownAgencyId;

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.owner_agency_id, chooseAgency && !draft.agency_id ? wording.t('svc.error.agencyMissing') : null]]);
    const rest = checkService(draft, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createService(serviceInput(draft, owner!)),
    onSent: (data) => {
      reset();
      const path = servicePagePath(data.id);
      flashOn(path, 'svc.created');
      navigate(path);
    },
    explain: (error, shown, wording) => (error.status === 403 ? { ...shown, summary: [{ text: wording.t('svc.forbiddenChange') }, ...shown.summary] } : shown),
  });

  return (
    <section class="section panel" aria-labelledby="svc-new-title">
      <h2 class="heading-m" id="svc-new-title" tabIndex={-1}>
        {t('svc.createTitle')}
      </h2>
      <p class="body">{t('svc.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="svc-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.owner_agency_id}
            label={t('svc.agency')}
            hint={t('svc.agencyHint')}
            value={draft.agency_id}
            options={[{ value: '', label: t('svc.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(agency_id) => update({ agency_id, participating: draft.participating.filter((p) => p !== agency_id) })}
            error={errors.fields[IDS.owner_agency_id]}
          />
        ) : (
          <p class="body" data-testid="svc-new-own-agency">
            <strong>{t('svc.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('svc.ownAgencyOnly')}</span>
          </p>
        )}
        <ServiceFields ids={IDS} values={draft} set={update} errors={errors} agencies={agencies} ownerAgencyId={owner} />
        <SaveCancelButtons saveLabel={t('svc.createSubmit')} saveTestId="svc-create-submit" saving={sending} cancelTestId="svc-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
