// "Ubah data aset": whoever may change the asset (its agency's operator or the ICT office)
// changes what it is, where it stands, its value, warranty and licence; the ICT office may
// also hand it to another agency. The kind stays as recorded, and the stage changes only
// through the steps. Sent with If-Match: a 412 says someone changed it first, offers the
// latest and lists what was typed.
import { getAsset, updateAsset } from '../../api/assets';
import type { Asset } from '../../api/assetTypes';
import type { Agency } from '../../api/identityTypes';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { AssetFields, assetChanges, assetFieldIds, assetValuesOf, checkAsset, type AssetValues } from './AssetFields';
import { categoryLabel } from './labels';

const PREFIX = 'asset-edit';
const IDS = assetFieldIds(PREFIX);

interface Base {
  asset: Asset;
  etag: string;
}

type Values = AssetValues & { owner_agency_id: string };

interface Props {
  asset: Asset;
  etag: string;
  agencies: Agency[];
  mayMove: boolean; // the ICT office: hand the asset to another agency
  onSaved: (asset: Asset, etag?: string) => void;
  onClose: () => void;
}

export function AssetEditForm({ asset, etag, agencies, mayMove, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const valuesOf = (b: Base): Values => ({ ...assetValuesOf(b.asset, lang), owner_agency_id: String(b.asset.owner_agency_id) });
  const form = useVersionedForm<Base, Values>({ asset, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;
  const save = form.save({
    check: (wording) => checkAsset(values, IDS, wording),
    send: () => {
      const changes = assetChanges(base.asset, values, lang);
      const owner = Number(values.owner_agency_id);
      const all = mayMove && owner !== base.asset.owner_agency_id ? { ...changes, owner_agency_id: owner } : changes;
      return Object.keys(all).length === 0 ? null : updateAsset(base.asset.id, all, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });
  const reloadLatest = () => form.reload(getAsset(base.asset.id), (latest, latestEtag) => ({ asset: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="asset-edit-title" data-testid="asset-edit">
      <h2 class="heading-m" id="asset-edit-title">
        {t('asset.editTitle')}
      </h2>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="asset-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="asset-unsaved"
          rows={[
            [t('asset.category'), unsaved.category ? categoryLabel(unsaved.category, i18n) : ''],
            [t('asset.code'), unsaved.code],
            [t('asset.name'), unsaved.name],
            [t('asset.brandOptional'), unsaved.brand],
            [t('asset.modelOptional'), unsaved.model],
            [t('asset.serialOptional'), unsaved.serial_number],
            [t('asset.locationOptional'), unsaved.location],
            [t('asset.acquiredOnOptional'), unsaved.acquired_on],
            [t('asset.valueOptional'), unsaved.value],
            [t('asset.warrantyUntilOptional'), unsaved.warranty_until],
            [t('asset.licenceUntilOptional'), unsaved.licence_until],
            [t('asset.regionalCodeOptional'), unsaved.regional_asset_code],
            [t('asset.notesOptional'), unsaved.notes],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="asset-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        {mayMove && (
          <SelectField
            id={IDS.owner_agency_id!}
            label={t('asset.agency')}
            hint={t('asset.moveHint')}
            value={values.owner_agency_id}
            options={agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))}
            onChange={(owner_agency_id) => set({ owner_agency_id })}
            error={errors.fields[IDS.owner_agency_id!]}
          />
        )}
        <AssetFields prefix={PREFIX} ids={IDS} values={values} set={set} errors={errors} kindFixed />
        <SaveCancelButtons saveLabel={t('asset.save')} saveTestId="asset-save" saving={form.saving} cancelTestId="asset-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
