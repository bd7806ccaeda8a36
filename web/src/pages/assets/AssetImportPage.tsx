// /aset/impor (an agency operator for their own agency, the ICT office for any): many
// assets at once from the spreadsheet an agency already keeps. The empty template, the
// columns explained, then the file checked first — every problem by row and column — and
// only a clean file imported, all rows together or none.
import { ASSETS_PATH } from '../../api/assets';
import { ImportPanel } from '../../components/ImportPanel';
import { AssetPageHeading } from '../../components/assets/AssetNav';
import { useAssetAccess } from '../../components/assets/useAssetAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { MessageKey } from '../../i18n/messages';
import type { PageProps } from '../../routes';

const COLUMNS: Array<[string, MessageKey]> = [
  ['Kode *', 'asset.importCol.code'],
  ['Nama *', 'asset.importCol.name'],
  ['Jenis *', 'asset.importCol.kind'],
  ['Kategori *', 'asset.importCol.category'],
  ['Perangkat Daerah Pemilik *', 'asset.importCol.agency'],
  ['Tahap', 'asset.importCol.stage'],
  ['Tanggal Perolehan, Garansi Sampai, Lisensi Sampai', 'asset.importCol.dates'],
  ['Nilai', 'asset.importCol.value'],
  ['Jenis Lisensi', 'asset.importCol.licence'],
  ['Kode Aset Daerah', 'asset.importCol.regionalCode'],
];

export function AssetImportPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('asset.importTitle'));
  const access = useAssetAccess();
  const { agencies } = useAgencies();
  const own = agencies.find((a) => a.id === access.ownAgencyId);

  return (
    <>
      <AssetPageHeading current="import" title={t('asset.importTitle')} intro={t('asset.importIntro')} testId="asset-import-heading" />
      {own && (
        <p class="body" data-testid="asset-import-own-agency">
          {t('asset.importOwnAgency', { agency: `${own.name} (${own.short_name})` })}
        </p>
      )}
      <details class="details" data-testid="asset-import-columns">
        <summary class="details__summary">{t('asset.importColumnsTitle')}</summary>
        <dl class="summary-list">
          {COLUMNS.map(([name, key]) => (
            <div class="summary-list__row" key={name}>
              <dt class="summary-list__key">{name}</dt>
              <dd class="summary-list__value">{t(key)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ImportPanel endpoint={`${ASSETS_PATH}/import`} templateHref={`${ASSETS_PATH}/import-template.xlsx`} testId="asset-import" />
      <p class="body">
        <a class="link" href="/aset" data-testid="asset-import-to-list">
          {t('asset.importToList')}
        </a>
      </p>
    </>
  );
}
