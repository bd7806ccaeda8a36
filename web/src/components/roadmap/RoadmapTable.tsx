// The region's roadmaps: title (link to the roadmap), period, status, the decree
// that enacted it and how many activities it holds.
import type { RoadmapSummary } from '../../api/roadmapTypes';
import { formatDay } from '../../format/dateTime';
import { periodText, roadmapStatusColour, roadmapStatusLabel } from '../../format/roadmap';
import { useI18n } from '../../i18n/useI18n';

export function RoadmapTable({ roadmaps }: { roadmaps: RoadmapSummary[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="roadmaps-table">
      <caption class="visually-hidden">{t('roadmap.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('roadmap.titleLabel')}</th>
          <th scope="col">{t('roadmap.period')}</th>
          <th scope="col">{t('roadmap.statusLabel')}</th>
          <th scope="col">{t('roadmap.decree')}</th>
          <th scope="col">{t('roadmap.activityCount')}</th>
        </tr>
      </thead>
      <tbody>
        {roadmaps.map((r) => (
          <tr key={r.id} data-testid="roadmap-row" data-roadmap-id={r.id} data-status={r.status}>
            <th scope="row" data-label={t('roadmap.titleLabel')}>
              <a class="link" href={`/tata-kelola/peta-rencana/${r.id}`} data-testid="roadmap-link">
                {r.title}
              </a>
            </th>
            <td data-label={t('roadmap.period')} data-testid="roadmap-row-period">
              {periodText(r.start_year, r.end_year)}
            </td>
            <td data-label={t('roadmap.statusLabel')}>
              <strong class={`tag tag--${roadmapStatusColour(r.status)}`} data-testid="roadmap-row-status">
                {roadmapStatusLabel(r.status, i18n)}
              </strong>
            </td>
            <td data-label={t('roadmap.decree')}>
              {r.decree_number ? (
                <>
                  <span class="cell-line">{r.decree_number}</span>
                  {r.decree_date && <span class="cell-note">{formatDay(r.decree_date, lang)}</span>}
                </>
              ) : (
                <span class="secondary">{t('roadmap.noDecree')}</span>
              )}
            </td>
            <td data-label={t('roadmap.activityCount')} data-testid="roadmap-row-activities">
              {r.activity_count ?? 0}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
