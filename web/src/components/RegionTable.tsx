// The regions (Pemda) the server knows: name, kind and time zone.
import type { Region } from '../api/types';
import { formatTimeZone, regionKindKey } from '../format/region';
import { useI18n } from '../i18n/useI18n';

interface Props {
  regions: Region[];
  hasMore: boolean;
}

export function RegionTable({ regions, hasMore }: Props) {
  const { t } = useI18n();
  if (regions.length === 0) {
    return (
      <p class="body" data-testid="regions-empty">
        {t('regions.empty')}
      </p>
    );
  }
  return (
    <div class="table-wrapper">
      <table class="table" data-testid="regions">
        <thead>
          <tr>
            <th scope="col">{t('regions.name')}</th>
            <th scope="col">{t('regions.kind')}</th>
            <th scope="col">{t('regions.timeZone')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => {
            const kindKey = regionKindKey(region.kind);
            return (
              <tr key={region.id} data-testid="region-row">
                <th scope="row" data-testid="region-name-cell">
                  {region.name}
                </th>
                <td data-testid="region-kind">{kindKey ? t(kindKey) : region.kind}</td>
                <td data-testid="region-time-zone">{formatTimeZone(region.time_zone)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hasMore && (
        <p class="hint" data-testid="regions-more">
          {t('regions.more', { count: regions.length })}
        </p>
      )}
    </div>
  );
}
