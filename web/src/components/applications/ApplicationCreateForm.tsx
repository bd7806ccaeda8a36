// "Daftarkan aplikasi": a new application of an agency starts as planned (its
// lifecycle moves on only through its checks). An agency operator registers one for
// their own agency only; the superadmin chooses the agency. What was typed survives
// a reload or the session ending (useDraft); after saving, its own page opens.
import { applicationPagePath, createApplication } from '../../api/applications';
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
import { ApplicationFields, applicationFieldIds, applicationInput, checkApplication, EMPTY_APPLICATION } from './ApplicationFields';

const IDS = applicationFieldIds('app-new');

interface Props {
  agencies: Agency[];
  ownAgencyId: number | null; // an operator's agency: fixed; null: the superadmin chooses
  onClose: () => void;
}

export function ApplicationCreateForm({ agencies, ownAgencyId, onClose }: Props) {
  const { t } = useI18n();
  const [draft, update, reset] = useDraft('applications.create', { ...EMPTY_APPLICATION, owner_agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === ownAgencyId);

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.owner_agency_id!, chooseAgency && !draft.owner_agency_id ? wording.t('applications.error.agencyMissing') : null]]);
    const rest = checkApplication(draft, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => createApplication(applicationInput(draft, chooseAgency ? Number(draft.owner_agency_id) : ownAgencyId!)),
    onSent: (data) => {
      reset();
      const path = applicationPagePath(data.id);
      flashOn(path, 'applications.created');
      navigate(path);
    },
  });

  return (
    <section class="section panel" aria-labelledby="app-new-title">
      <h2 class="heading-m" id="app-new-title" tabIndex={-1}>
        {t('applications.createTitle')}
      </h2>
      <p class="body">{t('applications.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="app-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.owner_agency_id!}
            label={t('applications.owner')}
            value={draft.owner_agency_id}
            options={[{ value: '', label: t('applications.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(owner_agency_id) => update({ owner_agency_id })}
            error={errors.fields[IDS.owner_agency_id!]}
          />
        ) : (
          <p class="body" data-testid="app-new-own-agency">
            <strong>{t('applications.owner')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('applications.ownAgencyOnly')}</span>
          </p>
        )}
        <ApplicationFields ids={IDS} values={draft} set={update} errors={errors} agencies={agencies} />
        <SaveCancelButtons saveLabel={t('applications.createSubmit')} saveTestId="app-create-submit" saving={sending} cancelTestId="app-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
