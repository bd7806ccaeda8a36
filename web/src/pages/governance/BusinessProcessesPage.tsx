// /tata-kelola/proses-bisnis (everyone but citizens): the business processes
// (Proses Bisnis) of every agency, filtered by agency, status and text, with the
// counts by status and agency; the form for a new process (an agency operator
// for their own agency, the superadmin for any); the region-wide exports; and
// the map of how the agencies' processes connect, as a readable list.
import { useState } from 'preact/hooks';
import { BUSINESS_PROCESSES_PATH, listBusinessProcesses, type ProcessFilter } from '../../api/businessProcesses';
import { PROCESS_STATUSES } from '../../api/businessProcessTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { ProcessCounts } from '../../components/businessProcess/ProcessCounts';
import { ProcessCreateForm } from '../../components/businessProcess/ProcessCreateForm';
import { ProcessMapList } from '../../components/businessProcess/ProcessMapList';
import { ProcessTable } from '../../components/businessProcess/ProcessTable';
import { useProcessAccess } from '../../components/businessProcess/useProcessAccess';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { processStatusLabel } from '../../format/businessProcess';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: ProcessFilter = { agency_id: '', status: '', q: '' };

export function BusinessProcessesPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('governance.businessProcess'));
  const access = useProcessAccess();
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<ProcessFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const loaded = useLoad((signal) => listBusinessProcesses(filter, { signal }), JSON.stringify(filter));

  return (
    <>
      <p class="back">
        <a class="link" href="/tata-kelola">
          {t('businessProcess.backToGovernance')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.title')}</span>
        <span data-testid="bp-heading">{t('governance.businessProcess')}</span>
      </h1>
      <p class="lead">{t('businessProcess.intro')}</p>

      <CreateOrReadOnly
        mayCreate={access.mayCreate}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('businessProcess.create')}
        openTestId="bp-create"
        readOnly={t('businessProcess.readOnly')}
        readOnlyTestId="bp-read-only"
      >
        <ProcessCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="bp-list-title">
        <h2 class="heading-l" id="bp-list-title">
          {t('businessProcess.listTitle')}
        </h2>
        <FilterForm
          label={t('businessProcess.filter')}
          testId="bp-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          <SelectField
            id="bp-filter-agency"
            label={t('businessProcess.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('businessProcess.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="bp-filter-status"
            label={t('businessProcess.status')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[{ value: '', label: t('businessProcess.filterAllStatuses') }, ...PROCESS_STATUSES.map((s) => ({ value: s, label: processStatusLabel(s, i18n) }))]}
          />
          <TextField
            id="bp-filter-q"
            label={t('businessProcess.filterText')}
            hint={t('businessProcess.filterTextHint')}
            value={draft.q}
            onInput={(q) => edit({ q })}
            inputProps={{ maxLength: 200 }}
          />
        </FilterForm>
        <LoadView loaded={loaded}>
          {({ items, summary }) => (
            <>
              <ProcessCounts summary={summary} />
              {items.length === 0 ? (
                <p class="body" data-testid="bp-empty">
                  {filtered ? t('businessProcess.noneFiltered') : t('businessProcess.none')}
                </p>
              ) : (
                <ProcessTable processes={items} />
              )}
            </>
          )}
        </LoadView>
        <div id="bp-export">
          <ExportLinks basePath={BUSINESS_PROCESSES_PATH} testId="bp-export" />
        </div>
      </section>

      <ProcessMapList />
    </>
  );
}
