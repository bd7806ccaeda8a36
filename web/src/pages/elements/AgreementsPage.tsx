// /elemen/berbagi-data (everyone but citizens): the data-sharing agreements
// between agencies (bagi pakai data, Madiun Pasal 10 ayat (4)), newest first,
// with their state (draft, scheduled, in force, expiring soon, expired, ended),
// filtered by agency, status and "expiring soon"; an agency operator sees only
// their own agency's. The form for a new one (the provider's operator, or the
// superadmin); opened from a dataset's page, that dataset is already ticked.
import { useState } from 'preact/hooks';
import { listAgreements, type AgreementFilter } from '../../api/datasets';
import type { Agreement } from '../../api/datasetTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { FilterForm } from '../../components/FilterForm';
import { PagedListView } from '../../components/PagedListView';
import { AgreementCreateForm } from '../../components/datasets/AgreementCreateForm';
import { AgreementTable } from '../../components/datasets/AgreementTable';
import { useDataAccess } from '../../components/datasets/useDataAccess';
import { SelectField } from '../../components/form/SelectField';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: AgreementFilter = { agency_id: '', status: '', expiring_soon: '' };

export function AgreementsPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('elements.agreements'));
  const access = useDataAccess();
  const { agencies } = useAgencies();
  const query = new URLSearchParams(window.location.search);
  const [creating, setCreating] = useState(query.get('baru') === '1');
  const [preset] = useState(() => {
    const dataset = query.get('dataset');
    const provider = query.get('penyedia');
    return dataset && provider && /^\d+$/.test(dataset) && /^\d+$/.test(provider) ? { datasetId: dataset, providerId: provider } : null;
  });
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<AgreementFilter>(NO_FILTER);
  const [counts, setCounts] = useState<{ total: number; expiring: number } | null>(null);
  const list = usePagedList<Agreement>(
    (cursor, signal) =>
      listAgreements(filter, cursor, { signal }).then((answer) => {
        if (answer.ok) setCounts({ total: answer.data.total, expiring: answer.data.expiring_soon });
        return answer;
      }),
    JSON.stringify(filter),
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
        <span data-testid="sh-heading">{t('elements.agreements')}</span>
      </h1>
      <p class="lead">{t('sharing.intro')}</p>
      <p class="body">
        <a class="link" href="/elemen/data">
          {t('sharing.catalogueLink')}
        </a>
      </p>

      <CreateOrReadOnly
        mayCreate={access.mayCreate}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('sharing.create')}
        openTestId="sh-create"
        readOnly={t('sharing.readOnly')}
        readOnlyTestId="sh-read-only"
      >
        <AgreementCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} preset={preset} onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="sh-list-title">
        <h2 class="heading-l" id="sh-list-title">
          {t('sharing.listTitle')}
        </h2>
        <FilterForm
          label={t('sharing.filter')}
          testId="sh-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          {access.ownAgencyId === null && (
            <SelectField
              id="sh-filter-agency"
              label={t('sharing.filterAgency')}
              value={draft.agency_id}
              onChange={(agency_id) => edit({ agency_id })}
              options={[{ value: '', label: t('datasets.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
            />
          )}
          <SelectField
            id="sh-filter-status"
            label={t('sharing.status')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[
              { value: '', label: t('sharing.filterAllStatuses') },
              { value: 'draft', label: t('sharing.state.draft') },
              { value: 'active', label: t('sharing.status.active') },
              { value: 'ended', label: t('sharing.state.ended') },
            ]}
          />
          <SelectField
            id="sh-filter-expiring"
            label={t('sharing.expiringSoon')}
            value={draft.expiring_soon}
            onChange={(expiring_soon) => edit({ expiring_soon })}
            options={[
              { value: '', label: t('sharing.filterAny') },
              { value: 'true', label: t('sharing.filterExpiringOnly') },
            ]}
          />
        </FilterForm>
        {counts && (
          <p class="body" data-testid="sh-counts">
            {t('sharing.counts', { total: counts.total, expiring: counts.expiring })}
          </p>
        )}
        <PagedListView list={list}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="sh-empty">
                {filtered ? t('sharing.noneFiltered') : t('sharing.none')}
              </p>
            ) : (
              <AgreementTable agreements={items} />
            )
          }
        </PagedListView>
      </section>
    </>
  );
}
