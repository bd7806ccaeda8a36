// The register as a table, one card per asset on a phone: inventory code, name (link to
// the asset) with brand and model, owner agency, kind and category, stage, and the
// warranty or licence end when it has passed or falls within the warning window.
import { assetPagePath } from '../../api/assets';
import type { Asset } from '../../api/assetTypes';
import { useI18n } from '../../i18n/useI18n';
import { ExpiryMark } from './ExpiryMark';
import { categoryLabel, expiryState, kindLabel, stageColour, stageLabel } from './labels';

export function AssetTable({ assets, warningDays }: { assets: Asset[]; warningDays: number | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Disposed assets are never warned about.
  const warned = (a: Asset) =>
    a.stage !== 'disposed' && [a.warranty_days_left, a.licence_days_left].some((d) => d !== null && expiryState(d, warningDays) !== 'fine');
  return (
    <table class="table table--stacked table--compact asset-table" data-testid="asset-table">
      <caption class="visually-hidden">{t('asset.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('asset.code')}</th>
          <th scope="col">{t('asset.name')}</th>
          <th scope="col">{t('asset.agency')}</th>
          <th scope="col">{t('asset.category')}</th>
          <th scope="col">{t('asset.stage')}</th>
          <th scope="col">{t('asset.expiry')}</th>
        </tr>
      </thead>
      <tbody>
        {assets.map((a) => {
          const detail = [a.brand, a.model, a.software_version].filter((s) => s).join(' · ');
          return (
            <tr key={a.id} data-testid="asset-row" data-asset-id={a.id} data-code={a.code}>
              <td data-label={t('asset.code')} data-testid="asset-row-code" class="asset-code">
                {a.code}
              </td>
              <th scope="row" data-label={t('asset.name')}>
                <a class="link asset-text" href={assetPagePath(a.id)} data-testid="asset-row-name">
                  {a.name}
                </a>
                {detail && <span class="cell-note secondary asset-text">{detail}</span>}
              </th>
              <td data-label={t('asset.agency')} data-testid="asset-row-agency">
                {a.owner_agency_name}
              </td>
              <td data-label={t('asset.category')} data-testid="asset-row-category">
                {categoryLabel(a.category, i18n)}
                <span class="cell-note secondary">{kindLabel(a.kind, i18n)}</span>
              </td>
              <td data-label={t('asset.stage')}>
                <strong class={`tag tag--${stageColour(a.stage)}`} data-testid="asset-row-stage">
                  {stageLabel(a.stage, i18n)}
                </strong>
              </td>
              <td data-label={t('asset.expiry')} data-testid="asset-row-expiry">
                {warned(a) ? (
                  <>
                    <ExpiryMark what="warranty" until={a.warranty_until} daysLeft={a.warranty_days_left} warningDays={warningDays} testId="asset-row-warranty" />
                    <ExpiryMark what="licence" until={a.licence_until} daysLeft={a.licence_days_left} warningDays={warningDays} testId="asset-row-licence" />
                  </>
                ) : (
                  <span class="secondary">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
