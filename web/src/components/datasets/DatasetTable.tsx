// The data catalogue as the reader may see it: code and title (link to the
// dataset, or to its public page in the open-data catalogue), agency, the
// classification badge, the update frequency, the last update and the
// "perlu dimutakhirkan" badge when the next update is overdue. Wide tables
// become one card per row on a phone.
import type { PublicDataset } from '../../api/datasetTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { classificationColour, classificationLabel, frequencyLabel } from './labels';

interface Props<T extends PublicDataset> {
  datasets: T[];
  hrefOf: (dataset: T) => string;
  classificationOf?: (dataset: T) => string; // left out in the public catalogue
  testId: string;
}

export function DatasetTable<T extends PublicDataset>({ datasets, hrefOf, classificationOf, testId }: Props<T>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid={testId}>
      <caption class="visually-hidden">{t('datasets.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('datasets.dataset')}</th>
          <th scope="col">{t('datasets.agency')}</th>
          {classificationOf && <th scope="col">{t('datasets.classification')}</th>}
          <th scope="col">{t('datasets.frequency')}</th>
          <th scope="col">{t('datasets.lastUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {datasets.map((d) => (
          <tr key={d.id} data-testid="ds-row" data-code={d.code}>
            <th scope="row" data-label={t('datasets.dataset')}>
              <a class="link" href={hrefOf(d)} data-testid="ds-row-open">
                <span class="cell-line" data-testid="ds-row-code">
                  {d.code}
                </span>
                <span class="cell-note" data-testid="ds-row-title">
                  {d.title}
                </span>
              </a>
            </th>
            <td data-label={t('datasets.agency')} data-testid="ds-row-agency">
              <abbr title={d.owner_agency_name}>{d.owner_agency_short_name}</abbr>
            </td>
            {classificationOf && (
              <td data-label={t('datasets.classification')}>
                <strong class={`tag tag--${classificationColour(classificationOf(d))}`} data-testid="ds-row-classification">
                  {classificationLabel(classificationOf(d), i18n)}
                </strong>
              </td>
            )}
            <td data-label={t('datasets.frequency')}>{frequencyLabel(d.update_frequency, i18n)}</td>
            <td data-label={t('datasets.lastUpdated')}>
              <span data-testid="ds-row-last-updated">{d.last_updated ? formatDay(d.last_updated, lang) : t('datasets.neverUpdated')}</span>
              {d.update_overdue && (
                <strong class="tag tag--red cell-note" data-testid="ds-row-overdue">
                  {t('datasets.overdue')}
                </strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
