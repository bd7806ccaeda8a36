// /aset/baru (an agency operator for their own agency, the ICT office for any): a new ICT
// asset — what it is, its code and name, where it stands, value, warranty and (software)
// licence — and where it starts: in planning (a purchase still to come) or, for a device
// already there, in use or in maintenance. What was typed survives a reload or the
// session ending (useDraft); after saving, the asset's own page opens with the server's
// values, where it moves through its stages.
import { assetPagePath, createAsset } from '../../api/assets';
import { START_STAGES } from '../../api/assetTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AssetFields, assetFieldIds, assetInput, checkAsset, EMPTY_ASSET } from '../../components/assets/AssetFields';
import { stageLabel } from '../../components/assets/labels';
import { useAssetAccess } from '../../components/assets/useAssetAccess';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useDraft } from '../../hooks/useDraft';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';

const PREFIX = 'asset-new';
const IDS = assetFieldIds(PREFIX);

export function AssetCreatePage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('asset.createTitle'));
  return (
    <>
      <p class="back">
        <a class="link" href="/aset" data-testid="back-to-assets">
          {t('asset.back')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('asset.title')}</span>
        <span data-testid="asset-new-heading">{t('asset.createTitle')}</span>
      </h1>
      <p class="lead">{t('asset.createIntro')}</p>
      <CreateForm />
    </>
  );
}

function CreateForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const access = useAssetAccess();
  const { agencies } = useAgencies();
  const [draft, update, reset] = useDraft('asset.create', { ...EMPTY_ASSET, owner_agency_id: '', stage: 'planning' });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const chooseAgency = access.ownAgencyId === null;
  const ownAgency = agencies.find((a) => a.id === access.ownAgencyId);

  const found = (wording: I18n) => {
    const agency = fieldErrors([[IDS.owner_agency_id!, chooseAgency && !draft.owner_agency_id ? wording.t('asset.error.agencyMissing') : null]]);
    const rest = checkAsset(draft, IDS, wording);
    return { summary: [...agency.summary, ...rest.summary], fields: { ...agency.fields, ...rest.fields } };
  };
  const submit = send({
    check: found,
    request: () => {
      // Only what was filled in: an empty field is left to the server's default.
      const input = Object.fromEntries(Object.entries(assetInput(draft)).filter(([, v]) => v !== null && v !== ''));
      return createAsset({ ...input, stage: draft.stage, owner_agency_id: chooseAgency ? Number(draft.owner_agency_id) : access.ownAgencyId! });
    },
    onSent: (data) => {
      reset();
      const path = assetPagePath(data.id);
      flashOn(path, 'asset.created');
      navigate(path);
    },
  });

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="asset-create-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      {chooseAgency ? (
        <SelectField
          id={IDS.owner_agency_id!}
          label={t('asset.agency')}
          hint={t('asset.agencyHint')}
          value={draft.owner_agency_id}
          options={[{ value: '', label: t('asset.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
          onChange={(owner_agency_id) => update({ owner_agency_id })}
          error={errors.fields[IDS.owner_agency_id!]}
        />
      ) : (
        <p class="body" data-testid="asset-new-own-agency">
          <strong>{t('asset.agency')}:</strong> {ownAgency ? `${ownAgency.name} (${ownAgency.short_name})` : '—'}
          <span class="cell-note secondary">{t('asset.ownAgencyOnly')}</span>
        </p>
      )}
      <AssetFields prefix={PREFIX} ids={IDS} values={draft} set={update} errors={errors} kindFixed={false} />
      <RadioGroup
        id={IDS.stage!}
        legend={t('asset.startStage')}
        hint={t('asset.startStageHint')}
        value={draft.stage}
        onChange={(stage) => update({ stage })}
        options={START_STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n) }))}
        error={errors.fields[IDS.stage!]}
      />
      <SaveCancelButtons
        saveLabel={t('asset.createSubmit')}
        saveTestId="asset-create-submit"
        saving={sending}
        cancelTestId="asset-create-cancel"
        onCancel={() => {
          reset();
          navigate('/aset');
        }}
      />
    </form>
  );
}
