// /elemen/data (everyone but citizens): the data catalogue (Data dan Informasi)
// as the reader may see it, filtered by agency, classification, "needs an update"
// and text, with the number found and how many need an update; the form for a
// new dataset and the spreadsheet import (an agency operator for their own
// agency, the superadmin for any); the exports of what the reader may see.
import { useState } from 'preact/hooks';
import { DATASETS_PATH, datasetPagePath, listDatasets, type DatasetFilter } from '../../api/datasets';
import { CLASSIFICATIONS, type Dataset } from '../../api/datasetTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterForm } from '../../components/FilterForm';
import { ImportPanel } from '../../components/ImportPanel';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { DatasetCreateForm } from '../../components/datasets/DatasetCreateForm';
import { DatasetTable } from '../../components/datasets/DatasetTable';
import { classificationLabel } from '../../components/datasets/labels';
import { useDataAccess } from '../../components/datasets/useDataAccess';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: DatasetFilter = { agency_id: '', classification: '', overdue: '', q: '' };

export function DatasetsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('elements.datasets'));
  const access = useDataAccess();
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<DatasetFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [counts, setCounts] = useState<{ total: number; overdue: number } | null>(null);
  const [imports, setImports] = useState(0);
  const list = usePagedList<Dataset>(
    (cursor, signal) =>
      listDatasets(filter, cursor, { signal }).then((answer) => {
        if (answer.ok) setCounts({ total: answer.data.total, overdue: answer.data.overdue });
        return answer;
      }),
    `${JSON.stringify(filter)}#${imports}`,
  );

  return (
    <>
      <p class="back">
        <a class="link" href="/elemen">
          {t('datasets.backToElements')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('elements.title')}</span>
        <span data-testid="ds-heading">{t('elements.datasets')}</span>
      </h1>
      <p class="lead">{t('datasets.intro')}</p>
      <p class="body">
        <a class="link" href="/elemen/berbagi-data" data-testid="ds-agreements-link">
          {t('datasets.agreementsLink')}
        </a>
      </p>

      {access.mayCreate ? (
        <>
          {creating ? (
            <DatasetCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} onClose={() => setCreating(false)} />
          ) : (
            <OpenFormButton label={t('datasets.create')} testId="ds-create" onClick={() => setCreating(true)} />
          )}
          {importing ? (
            <ImportPanel
              endpoint={`${DATASETS_PATH}/import`}
              templateHref={`${DATASETS_PATH}/import-template.xlsx`}
              testId="ds-import"
              onImported={() => setImports((n) => n + 1)}
            />
          ) : (
            <OpenFormButton label={t('datasets.import')} testId="ds-import-open" onClick={() => setImporting(true)} />
          )}
        </>
      ) : (
        <p class="body secondary" data-testid="ds-read-only">
          {t('datasets.readOnly')}
        </p>
      )}

      <section class="section" aria-labelledby="ds-list-title">
        <h2 class="heading-l" id="ds-list-title">
          {t('datasets.listTitle')}
        </h2>
        <FilterForm
          label={t('datasets.filter')}
          testId="ds-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          <SelectField
            id="ds-filter-agency"
            label={t('datasets.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('datasets.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="ds-filter-classification"
            label={t('datasets.classification')}
            value={draft.classification}
            onChange={(classification) => edit({ classification })}
            options={[{ value: '', label: t('datasets.filterAllClasses') }, ...CLASSIFICATIONS.map((c) => ({ value: c, label: classificationLabel(c, i18n) }))]}
          />
          <SelectField
            id="ds-filter-overdue"
            label={t('datasets.filterUpdate')}
            value={draft.overdue}
            onChange={(overdue) => edit({ overdue })}
            options={[
              { value: '', label: t('datasets.filterAllUpdates') },
              { value: 'true', label: t('datasets.filterOverdue') },
              { value: 'false', label: t('datasets.filterOnTime') },
            ]}
          />
          <TextField
            id="ds-filter-q"
            label={t('datasets.filterText')}
            hint={t('datasets.filterTextHint')}
            value={draft.q}
            onInput={(q) => edit({ q })}
            inputProps={{ maxLength: 200 }}
          />
        </FilterForm>
        {counts && (
          <p class="body" data-testid="ds-counts">
            <span data-testid="ds-count-total">{t('datasets.countTotal', { n: counts.total })}</span>
            {' · '}
            <span data-testid="ds-count-overdue">{t('datasets.countOverdue', { n: counts.overdue })}</span>
          </p>
        )}
        <PagedListView list={list}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="ds-empty">
                {filtered ? t('datasets.noneFiltered') : t('datasets.none')}
              </p>
            ) : (
              <DatasetTable datasets={items} hrefOf={(d) => datasetPagePath(d.id)} classificationOf={(d) => d.classification} testId="ds-table" />
            )
          }
        </PagedListView>
        <ExportLinks basePath={DATASETS_PATH} testId="ds-export" />
      </section>
    </>
  );
}
