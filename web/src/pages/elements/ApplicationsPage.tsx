// /elemen/aplikasi (everyone but citizens): the region's applications (Aplikasi
// SPBE), filtered by owner agency, category, lifecycle stage and text, with counts
// by stage and the region-wide exports; the form to register one and the
// spreadsheet import (the superadmin for any agency, an operator for their own).
import { useState } from 'preact/hooks';
import { APPLICATIONS_PATH, listApplications, type ApplicationFilter } from '../../api/applications';
import { APPLICATION_CATEGORIES, LIFECYCLE_STAGES } from '../../api/applicationTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterForm } from '../../components/FilterForm';
import { ImportPanel } from '../../components/ImportPanel';
import { PagedListView } from '../../components/PagedListView';
import { RegistryHeading } from '../../components/RegistryHeading';
import { ApplicationCounts } from '../../components/applications/ApplicationCounts';
import { ApplicationCreateForm } from '../../components/applications/ApplicationCreateForm';
import { ApplicationTable } from '../../components/applications/ApplicationTable';
import { categoryLabel, stageLabel } from '../../components/applications/applicationWords';
import { useApplicationAccess } from '../../components/applications/useApplicationAccess';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: ApplicationFilter = { agency_id: '', category: '', lifecycle: '', q: '' };

export function ApplicationsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('elements.applications'));
  const access = useApplicationAccess();
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<ApplicationFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const list = usePagedList((cursor, signal) => listApplications(filter, cursor, { signal }), JSON.stringify(filter));

  return (
    <>
      <RegistryHeading backLabel={t('applications.backToElements')} backTestId="back-to-elements" title={t('elements.applications')} titleTestId="app-heading" />
      <p class="lead">{t('applications.intro')}</p>

      <CreateOrReadOnly
        mayCreate={access.mayCreate}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('applications.create')}
        openTestId="app-create"
        readOnly={t('applications.readOnly')}
        readOnlyTestId="app-read-only"
      >
        <ApplicationCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="app-list-title">
        <h2 class="heading-l" id="app-list-title">
          {t('applications.listTitle')}
        </h2>
        <FilterForm
          label={t('applications.filter')}
          testId="app-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          <SelectField
            id="app-filter-agency"
            label={t('applications.owner')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('applications.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="app-filter-category"
            label={t('applications.category')}
            value={draft.category}
            onChange={(category) => edit({ category })}
            options={[{ value: '', label: t('applications.filterAllCategories') }, ...APPLICATION_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, i18n) }))]}
          />
          <SelectField
            id="app-filter-lifecycle"
            label={t('applications.lifecycle')}
            value={draft.lifecycle}
            onChange={(lifecycle) => edit({ lifecycle })}
            options={[{ value: '', label: t('applications.filterAllStages') }, ...LIFECYCLE_STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n) }))]}
          />
          <TextField
            id="app-filter-q"
            label={t('applications.filterText')}
            hint={t('applications.filterTextHint')}
            value={draft.q}
            onInput={(q) => edit({ q })}
            inputProps={{ maxLength: 200 }}
          />
        </FilterForm>
        <PagedListView list={list}>
          {(items) => (
            <>
              <ApplicationCounts applications={items} morePages={list.hasNext || list.hasPrevious} />
              {items.length === 0 ? (
                <p class="body" data-testid="app-empty">
                  {filtered ? t('applications.noneFiltered') : t('applications.none')}
                </p>
              ) : (
                <ApplicationTable applications={items} />
              )}
            </>
          )}
        </PagedListView>
        <div id="app-export">
          <ExportLinks basePath={APPLICATIONS_PATH} testId="app-export" />
        </div>
      </section>

      {access.mayCreate && (
        <ImportPanel endpoint={`${APPLICATIONS_PATH}/import`} templateHref={`${APPLICATIONS_PATH}/import-template.xlsx`} testId="app-import" onImported={() => list.reload()} />
      )}
    </>
  );
}
