// The architecture versions of the region: title (link), period, status, the
// decree, and how the due reviews stand.
import type { Architecture } from '../../api/architectureTypes';
import { architectureStatusColour, architectureStatusLabel, dueStateColour, dueStateLabel, reviewKindLabel } from '../../format/architecture';
import { formatDay } from '../../format/dateTime';
import { periodText } from '../../format/masterPlan';
import { useI18n } from '../../i18n/useI18n';

export function ArchitectureTable({ versions }: { versions: Architecture[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="architectures-table">
      <caption class="visually-hidden">{t('architecture.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('architecture.titleLabel')}</th>
          <th scope="col">{t('architecture.period')}</th>
          <th scope="col">{t('architecture.status')}</th>
          <th scope="col">{t('architecture.decree')}</th>
          <th scope="col">{t('architecture.dueTitle')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((a) => {
          // The first review still open, else the last one.
          const next = a.due_reviews.find((d) => d.state !== 'done') ?? a.due_reviews[a.due_reviews.length - 1];
          return (
            <tr key={a.id} data-testid="architecture-row" data-architecture-id={a.id} data-status={a.status}>
              <th scope="row" data-label={t('architecture.titleLabel')}>
                <a class="link" href={`/tata-kelola/arsitektur/${a.id}`} data-testid="architecture-link">
                  {a.title}
                </a>
              </th>
              <td data-label={t('architecture.period')} data-testid="architecture-row-period">
                {periodText(a.start_year, a.end_year)}
              </td>
              <td data-label={t('architecture.status')}>
                <strong class={`tag tag--${architectureStatusColour(a.status)}`} data-testid="architecture-row-status">
                  {architectureStatusLabel(a.status, i18n)}
                </strong>
              </td>
              <td data-label={t('architecture.decree')}>
                {a.decree_number ? (
                  <>
                    <span class="cell-line">{a.decree_number}</span>
                    {a.decree_date && <span class="cell-note">{formatDay(a.decree_date, lang)}</span>}
                  </>
                ) : (
                  <span class="secondary">{t('architecture.noDecree')}</span>
                )}
              </td>
              <td data-label={t('architecture.dueTitle')}>
                {next ? (
                  <>
                    <span class="cell-line">
                      {reviewKindLabel(next.kind, i18n)} {next.year}
                    </span>
                    <strong class={`tag tag--${dueStateColour(next.state)} tag-line`}>{dueStateLabel(next.state, i18n)}</strong>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
