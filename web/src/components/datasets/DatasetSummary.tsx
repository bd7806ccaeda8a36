// The description of a dataset as a list of facts (DCAT-like): agency, theme,
// frequency, last and next update, formats, keywords, coverage, licence,
// addresses, contact point, issue date, master or reference data and its key.
// Shared by the catalogue's record page and the public open-data page (which
// passes no walidata and no classification).
import type { ComponentChildren } from 'preact';
import type { PublicDataset } from '../../api/datasetTypes';
import { formatDay } from '../../format/dateTime';
import { useI18n } from '../../i18n/useI18n';
import { SummaryList, type SummaryRow } from '../SummaryList';
import { dataKeyLabel, frequencyLabel } from './labels';

interface Props {
  dataset: PublicDataset;
  extra?: SummaryRow[]; // rows only the catalogue shows, after the agency (walidata)
  last?: SummaryRow[]; // rows only the catalogue shows, at the end (version)
  testId: string;
}

export function DatasetSummary({ dataset: d, extra = [], last = [], testId }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const none = (id: string) => (
    <span class="secondary" data-testid={id}>
      {t('datasets.notFilled')}
    </span>
  );
  const text = (value: string, id: string): ComponentChildren => (value ? <span data-testid={id}>{value}</span> : none(id));
  const link = (value: string, id: string): ComponentChildren =>
    value ? (
      <a class="link" href={value} rel="noopener noreferrer" data-testid={id}>
        {value}
      </a>
    ) : (
      none(id)
    );
  const kinds = [...(d.master_data ? [t('datasets.masterData')] : []), ...(d.reference_data ? [t('datasets.referenceData')] : [])];
  const rows: SummaryRow[] = [
    { key: 'code', label: t('datasets.code'), value: <span data-testid="ds-code">{d.code}</span> },
    { key: 'agency', label: t('datasets.agency'), value: <span data-testid="ds-agency">{`${d.owner_agency_name} (${d.owner_agency_short_name})`}</span> },
    ...extra,
    { key: 'description', label: t('datasets.description'), value: text(d.description, 'ds-description') },
    { key: 'theme', label: t('datasets.theme'), value: text(d.theme, 'ds-theme') },
    { key: 'frequency', label: t('datasets.frequency'), value: <span data-testid="ds-frequency">{frequencyLabel(d.update_frequency, i18n)}</span> },
    {
      key: 'updated',
      label: t('datasets.lastUpdated'),
      value: (
        <span data-testid="ds-last-updated">
          {d.last_updated ? formatDay(d.last_updated, lang) : t('datasets.neverUpdated')}
          {d.update_overdue && (
            <strong class="tag tag--red cell-note" data-testid="ds-overdue">
              {t('datasets.overdue')}
            </strong>
          )}
        </span>
      ),
    },
    ...(d.next_update_due ? [{ key: 'due', label: t('datasets.nextDue'), value: <span data-testid="ds-next-due">{formatDay(d.next_update_due, lang)}</span> }] : []),
    { key: 'formats', label: t('datasets.formats'), value: text(d.formats.join(', '), 'ds-formats') },
    { key: 'keywords', label: t('datasets.keywords'), value: text(d.keywords.join(', '), 'ds-keywords') },
    { key: 'temporal', label: t('datasets.temporal'), value: text(d.temporal_coverage, 'ds-temporal') },
    { key: 'spatial', label: t('datasets.spatial'), value: text(d.spatial_coverage, 'ds-spatial') },
    { key: 'licence', label: t('datasets.licence'), value: text(d.licence, 'ds-licence') },
    { key: 'landing', label: t('datasets.landingPage'), value: link(d.landing_page, 'ds-landing-page') },
    { key: 'access', label: t('datasets.accessUrl'), value: link(d.access_url, 'ds-access-url') },
    {
      key: 'contact',
      label: t('datasets.contact'),
      value:
        d.contact_point.name || d.contact_point.email ? (
          <span data-testid="ds-contact">
            {d.contact_point.name}
            {d.contact_point.email && (
              <>
                {d.contact_point.name ? ' · ' : ''}
                <a class="link" href={`mailto:${d.contact_point.email}`}>
                  {d.contact_point.email}
                </a>
              </>
            )}
          </span>
        ) : (
          none('ds-contact')
        ),
    },
    { key: 'issued', label: t('datasets.issued'), value: d.issued ? <span data-testid="ds-issued">{formatDay(d.issued, lang)}</span> : none('ds-issued') },
    { key: 'kind', label: t('datasets.kindOfData'), value: text(kinds.join(', '), 'ds-kind') },
    ...(d.master_data || d.reference_data || d.data_key !== 'none'
      ? [{ key: 'key', label: t('datasets.dataKey'), value: <span data-testid="ds-data-key">{dataKeyLabel(d.data_key, i18n)}</span> }]
      : []),
    ...last,
  ];
  return <SummaryList testId={testId} rows={rows} />;
}
