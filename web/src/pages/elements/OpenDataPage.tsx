// /data-terbuka (anyone, no sign-in): the public open-data catalogue of the
// region in the header: its public, active datasets with the agency that holds
// them, how often they are brought up to date and whom to contact; filtered by
// agency and text. Internal, restricted and secret data never appear here.
import { useState } from 'preact/hooks';
import { listPublicDatasets, openDataPagePath } from '../../api/datasets';
import type { PublicDataset } from '../../api/datasetTypes';
import { PagedListView } from '../../components/PagedListView';
import { DatasetTable } from '../../components/datasets/DatasetTable';
import { useOpenDataRegion } from '../../components/datasets/useOpenDataRegion';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function OpenDataPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('openData.title'));
  const { region, choices, choose, failed } = useOpenDataRegion();
  return (
    <>
      <h1 class="heading-xl">
        {region && <span class="caption">{region.name}</span>}
        <span data-testid="od-heading">{t('openData.title')}</span>
      </h1>
      <p class="lead">{t('openData.intro')}</p>
      {region ? (
        <OpenDataList regionId={region.id} />
      ) : choices.length > 1 ? (
        <SelectField
          id="od-region"
          label={t('openData.chooseRegion')}
          value=""
          onChange={choose}
          options={[{ value: '', label: t('openData.chooseRegionPrompt') }, ...choices.map((r) => ({ value: r.id, label: r.name }))]}
        />
      ) : (
        <p class="body" role="status" data-testid={failed ? 'od-no-region' : 'loading'}>
          {failed ? t('openData.noRegion') : t('common.loading')}
        </p>
      )}
    </>
  );
}

function OpenDataList({ regionId }: { regionId: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const list = usePagedList<PublicDataset>(
    (cursor, signal) =>
      listPublicDatasets(regionId, { q: filter }, cursor, { signal }).then((answer) => {
        if (answer.ok) setTotal(answer.data.total);
        return answer;
      }),
    `${regionId}#${filter}`,
  );
  return (
    <section class="section" aria-labelledby="od-list-title">
      <h2 class="heading-l visually-hidden" id="od-list-title">
        {t('openData.listTitle')}
      </h2>
      <form
        class="filter"
        role="search"
        aria-label={t('openData.search')}
        data-testid="od-filter"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(q.trim());
        }}
      >
        <div class="filter__fields">
          <TextField id="od-filter-q" label={t('openData.search')} hint={t('openData.searchHint')} value={q} onInput={setQ} inputProps={{ maxLength: 200 }} />
        </div>
        <div class="button-group">
          <button type="submit" class="button button--secondary" data-testid="od-filter-apply">
            {t('openData.searchButton')}
          </button>
          {filter && (
            <button
              type="button"
              class="link-button"
              data-testid="od-filter-clear"
              onClick={() => {
                setQ('');
                setFilter('');
              }}
            >
              {t('common.clearFilter')}
            </button>
          )}
        </div>
      </form>
      {total !== null && (
        <p class="body" data-testid="od-count">
          {t('openData.count', { n: total })}
        </p>
      )}
      <PagedListView list={list}>
        {(items) =>
          items.length === 0 ? (
            <p class="body" data-testid="od-empty">
              {filter ? t('openData.noneFiltered') : t('openData.none')}
            </p>
          ) : (
            <DatasetTable datasets={items} hrefOf={(d) => openDataPagePath(d.id)} testId="od-table" />
          )
        }
      </PagedListView>
    </section>
  );
}
