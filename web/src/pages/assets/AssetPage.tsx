// /aset/{id} (everyone but citizens): one ICT asset — what it is, its owner agency, where
// it stands, value, warranty and licence (marked when they have ended or end within the
// region's warning window), its number in the region's asset information system; its
// place in the four processes of Madiun Pasal 35 ayat (2) with the steps the stage allows
// (for its agency's operator and the ICT office); the compatibility statement (Kendari
// Pasal 19 ayat (8)); the hosts, applications and tickets it is linked to; its steps;
// the exports and the history of changes. A disposed asset is read-only.
import { useState } from 'preact/hooks';
import { assetPath, getAsset } from '../../api/assets';
import type { Asset } from '../../api/assetTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { Notice } from '../../components/Notice';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { AssetEditForm } from '../../components/assets/AssetEditForm';
import { AssetLinks } from '../../components/assets/AssetLinks';
import { CompatibilitySection } from '../../components/assets/CompatibilitySection';
import { ExpiryMark } from '../../components/assets/ExpiryMark';
import { LifecyclePanel } from '../../components/assets/LifecyclePanel';
import { StageSteps } from '../../components/assets/StageSteps';
import { StepHistory } from '../../components/assets/StepHistory';
import { actionLabel, categoryLabel, kindLabel, licenceKindLabel, stageColour, stageLabel } from '../../components/assets/labels';
import { useAssetAccess } from '../../components/assets/useAssetAccess';
import { useWarningDays } from '../../components/assets/useAssetSettings';
import { rupiah } from '../../format/budget';
import { formatDateTime, formatDay } from '../../format/dateTime';
import { useAgencies } from '../../hooks/useAgencies';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function AssetPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getAsset}
      titleOf={(a) => `${a.code} ${a.name}`}
      loadingTitle={t('asset.title')}
      back={{ href: '/aset', label: t('asset.back'), testId: 'back-to-assets' }}
      view={AssetView}
    />
  );
}

function AssetView({ record: asset, etag, onChanged, reload }: RecordViewProps<Asset>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useAssetAccess();
  const { agencies } = useAgencies();
  const warningDays = useWarningDays();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [compatibilityRequired, setCompatibilityRequired] = useState(false);
  const [linkChanges, setLinkChanges] = useState(0);
  const owner = access.mayEdit(asset.owner_agency_id);
  const disposed = asset.stage === 'disposed';
  const mayChange = owner && !disposed;
  const software = asset.kind === 'software';
  const none = (testId: string) => (
    <span class="secondary" data-testid={testId}>
      {t('asset.notFilled')}
    </span>
  );
  const text = (value: string, testId: string) =>
    value ? (
      <span class="asset-text" data-testid={testId}>
        {value}
      </span>
    ) : (
      none(testId)
    );
  const day = (value: string | null, testId: string) => (value ? <span data-testid={testId}>{formatDay(value, lang)}</span> : none(testId));

  const changed = (message: string) => (next: Asset, nextEtag?: string) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setEditing(false);
    setDone(message);
  };

  const rows: SummaryRow[] = [
    { key: 'code', label: t('asset.code'), value: <span data-testid="asset-code">{asset.code}</span> },
    { key: 'agency', label: t('asset.agency'), value: <span data-testid="asset-agency">{asset.owner_agency_name}</span> },
    {
      key: 'kind',
      label: t('asset.category'),
      value: (
        <span data-testid="asset-category">
          {categoryLabel(asset.category, i18n)} <span class="secondary">({kindLabel(asset.kind, i18n)})</span>
        </span>
      ),
    },
    { key: 'brand', label: t('asset.brandModel'), value: text([asset.brand, asset.model].filter((s) => s).join(' '), 'asset-brand') },
    ...(software ? [{ key: 'version', label: t('asset.softwareVersion'), value: text(asset.software_version, 'asset-version') }] : []),
    { key: 'serial', label: software ? t('asset.serialSoftware') : t('asset.serial'), value: text(asset.serial_number, 'asset-serial') },
    { key: 'location', label: t('asset.location'), value: text(asset.location, 'asset-location') },
    { key: 'acquired', label: t('asset.acquiredOn'), value: day(asset.acquired_on, 'asset-acquired') },
    { key: 'value', label: t('asset.value'), value: asset.value === null ? none('asset-value') : <span data-testid="asset-value">{rupiah(asset.value, lang)}</span> },
    {
      key: 'warranty',
      label: t('asset.warrantyUntil'),
      value: asset.warranty_until ? (
        <span>
          <span data-testid="asset-warranty">{formatDay(asset.warranty_until, lang)}</span>
          {!disposed && <ExpiryMark what="warranty" until={asset.warranty_until} daysLeft={asset.warranty_days_left} warningDays={warningDays} testId="asset-warranty-mark" withDate={false} />}
        </span>
      ) : (
        none('asset-warranty')
      ),
    },
    ...(software
      ? [
          { key: 'licenceKind', label: t('asset.licenceKind'), value: asset.licence_kind ? <span data-testid="asset-licence-kind">{licenceKindLabel(asset.licence_kind, i18n)}</span> : none('asset-licence-kind') },
          {
            key: 'licenceUntil',
            label: t('asset.licenceUntil'),
            value: asset.licence_until ? (
              <span>
                <span data-testid="asset-licence">{formatDay(asset.licence_until, lang)}</span>
                {!disposed && <ExpiryMark what="licence" until={asset.licence_until} daysLeft={asset.licence_days_left} warningDays={warningDays} testId="asset-licence-mark" withDate={false} />}
              </span>
            ) : (
              none('asset-licence')
            ),
          },
          { key: 'seats', label: t('asset.seats'), value: asset.seats === null ? none('asset-seats') : <span data-testid="asset-seats">{asset.seats}</span> },
          {
            key: 'application',
            label: t('asset.applicationLabel'),
            value:
              asset.application_id !== null ? (
                <a class="link" href={`/elemen/aplikasi/${asset.application_id}`} data-testid="asset-application">
                  {asset.application_name || `#${asset.application_id}`}
                </a>
              ) : (
                none('asset-application')
              ),
          },
        ]
      : []),
    {
      key: 'regional',
      label: t('asset.regionalCode'),
      value: asset.regional_asset_code ? (
        <span data-testid="asset-regional-code">{asset.regional_asset_code}</span>
      ) : (
        <span data-testid="asset-regional-code">
          <strong class="tag tag--yellow">{t('asset.regionalCodeMissing')}</strong>
        </span>
      ),
    },
    { key: 'notes', label: t('asset.notes'), value: text(asset.notes, 'asset-notes') },
    { key: 'updated', label: t('asset.updatedAt'), value: t('asset.versionAt', { version: asset.version, at: formatDateTime(asset.updated_at, lang, zone) }) },
  ];

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">
          {t('asset.title')} · <span data-testid="asset-code-caption">{asset.code}</span>
        </span>
        <span class="asset-text" data-testid="asset-name">
          {asset.name}
        </span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${stageColour(asset.stage)}`} data-testid="asset-stage">
          {stageLabel(asset.stage, i18n)}
        </strong>{' '}
        <span class="secondary" data-testid="asset-stage-since">
          {t('asset.stageSince', { date: formatDay(asset.stage_since, lang) })}
        </span>
      </p>
      {done && <SavedNotice testId="asset-done" text={done} />}
      {asset.disposal && (
        <Notice kind="info" title={t('asset.disposedTitle')} testId="asset-disposed">
          <p class="body" data-testid="asset-disposed-on">
            {t('asset.disposedOn', { date: formatDay(asset.disposal.on, lang) })}
          </p>
          <p class="body asset-text" data-testid="asset-disposed-reason">
            {t('asset.eventReason', { reason: asset.disposal.reason })}
          </p>
          <p class="body asset-text" data-testid="asset-disposed-decree">
            {t('asset.eventDecree', { decree: asset.disposal.decree_reference })}
          </p>
          <p class="body secondary">{t('asset.disposedReadOnly')}</p>
        </Notice>
      )}

      <StageSteps stage={asset.stage} />
      {mayChange && !editing && (
        <LifecyclePanel
          key={etag}
          asset={asset}
          etag={etag}
          zone={zone}
          compatibilityRequired={compatibilityRequired}
          onStale={reload}
          onDone={(next, nextEtag, action) => changed(t('asset.stepDone', { action: actionLabel(action, i18n), stage: stageLabel(next.stage, i18n) }))(next, nextEtag)}
        />
      )}
      {owner && disposed && (
        <p class="body secondary" data-testid="asset-no-steps">
          {t('asset.noStepsDisposed')}
        </p>
      )}

      <SummaryList testId="asset-summary" rows={rows} />

      {access.known && !owner && (
        <p class="body secondary" data-testid="asset-read-only">
          {t('asset.readOnlyAsset', { agency: asset.owner_agency_name })}
        </p>
      )}
      {mayChange && !editing && (
        <OpenFormButton
          label={t('asset.edit')}
          testId="asset-edit-open"
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        />
      )}
      {mayChange && editing && (
        <AssetEditForm asset={asset} etag={etag} agencies={agencies} mayMove={access.superadmin} onSaved={changed(t('asset.saved'))} onClose={() => setEditing(false)} />
      )}

      <CompatibilitySection
        asset={asset}
        etag={etag}
        mayEdit={mayChange}
        onChanged={(next, nextEtag) => onChanged(next, nextEtag ?? `"${next.version}"`)}
        onRequired={setCompatibilityRequired}
        onStale={reload}
      />

      <AssetLinks
        asset={asset}
        mayWrite={mayChange}
        onChanged={() => {
          setLinkChanges((n) => n + 1);
          reload();
        }}
      />

      <StepHistory events={asset.events ?? []} />

      <ExportLinks basePath={assetPath(asset.id)} testId="asset-export" />
      {/* A link changes no version, but shows in the history: load it again after one. */}
      <RecordHistory recordPath={assetPath(asset.id)} version={asset.version * 1000 + linkChanges} zone={zone} />
    </>
  );
}
