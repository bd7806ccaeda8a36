// /perubahan/baru (the ICT office and agency operators): a new request for
// change. An operator raises it for their own agency; the ICT office chooses the
// agency. What was typed survives a reload or the session ending (useDraft);
// after saving, the change's own page opens at the planning stage.
import { changePagePath, createChange } from '../../api/changes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { ChangeFields, changeFieldIds, changeInput, checkChange, EMPTY_CHANGE, serverFieldIds } from '../../components/changes/ChangeFields';
import { useChangeAccess } from '../../components/changes/useChangeAccess';
import { zoneAbbreviation } from '../../format/region';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useDraft } from '../../hooks/useDraft';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';

const FIELDS = changeFieldIds('change-new');
const IDS = { ...serverFieldIds(FIELDS), agency_id: 'change-new-agency' };

export function ChangeCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('change.createTitle'));
  const access = useChangeAccess();
  const { agencies } = useAgencies();
  const zone = useRegionDetail()?.time_zone;
  const zoneName = (zone && zoneAbbreviation(zone)) || zone || '';
  const [draft, update, reset] = useDraft('change.create', { ...EMPTY_CHANGE, agency_id: '' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = access.ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === access.ownAgencyId);

  const check = (wording: I18n) => {
    const agency = fieldErrors([[IDS.agency_id!, chooseAgency && !draft.agency_id ? wording.t('change.error.agency') : null]]);
    const rest = checkChange(draft, FIELDS, false, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check,
    request: () => createChange({ ...changeInput(draft), ...(chooseAgency ? { agency_id: Number(draft.agency_id) } : {}) }),
    onSent: (change) => {
      reset();
      const path = changePagePath(change.id);
      flashOn(path, 'change.created');
      navigate(path);
    },
  });

  return (
    <>
      <p class="back">
        <a class="link" href="/perubahan" data-testid="change-back">
          {t('change.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('change.title')}</span>
        <span data-testid="change-new-heading">{t('change.createTitle')}</span>
      </h1>
      <p class="lead">{t('change.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="change-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.agency_id}
            label={t('change.agency')}
            hint={t('change.agencyHint')}
            value={draft.agency_id}
            options={[{ value: '', label: t('change.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(agency_id) => update({ agency_id })}
            error={errors.fields[IDS.agency_id]}
          />
        ) : (
          <p class="body" data-testid="change-new-own-agency">
            <strong>{t('change.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
            <span class="cell-note secondary">{t('change.ownAgencyOnly')}</span>
          </p>
        )}
        <ChangeFields ids={FIELDS} values={draft} set={update} errors={errors.fields} limited={false} zoneName={zoneName} />
        <SaveCancelButtons
          saveLabel={t('change.createSubmit')}
          saveTestId="change-create-submit"
          saving={sending}
          cancelTestId="change-create-cancel"
          onCancel={() => {
            reset();
            navigate('/perubahan');
          }}
        />
      </form>
    </>
  );
}
