// /elemen/layanan (everyone but citizens): the SPBE services of the region
// (Layanan SPBE, docs/registries-contract.md "Services"), filtered by kind,
// agency, channel, status and text; the exports; and the form for a new
// service (an agency operator for their own agency, the superadmin for any).
import { useState } from 'preact/hooks';
import { listServices, SERVICES_PATH, type ServiceFilter } from '../../api/services';
import { SERVICE_CHANNELS, SERVICE_KINDS, SERVICE_STATUSES } from '../../api/serviceTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterForm } from '../../components/FilterForm';
import { PagedListView } from '../../components/PagedListView';
import { RegistryHeading } from '../../components/RegistryHeading';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ServiceCreateForm } from '../../components/services/ServiceCreateForm';
import { ServiceTable } from '../../components/services/ServiceTable';
import { channelLabel, serviceKindLabel, serviceStatusLabel } from '../../components/services/labels';
import { useServiceAccess } from '../../components/services/useServiceAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: ServiceFilter = { agency_id: '', kind: '', channel: '', status: '', q: '' };

export function ServicesPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('elements.services'));
  const access = useServiceAccess();
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<ServiceFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const list = usePagedList((cursor, signal) => listServices(filter, cursor, { signal }), JSON.stringify(filter));

  return (
    <>
      <RegistryHeading backLabel={t('svc.backToElements')} backTestId="svc-back-to-elements" title={t('elements.services')} titleTestId="svc-heading" />
      <p class="lead">{t('svc.intro')}</p>

      <CreateOrReadOnly
        mayCreate={access.mayCreate}
        open={creating}
        onOpen={() => setCreating(true)}
        openLabel={t('svc.create')}
        openTestId="svc-create"
        readOnly={t('svc.readOnly')}
        readOnlyTestId="svc-read-only"
      >
        <ServiceCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} onClose={() => setCreating(false)} />
      </CreateOrReadOnly>

      <section class="section" aria-labelledby="svc-list-title">
        <h2 class="heading-l" id="svc-list-title">
          {t('svc.listTitle')}
        </h2>
        <FilterForm
          label={t('svc.filter')}
          testId="svc-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          <SelectField
            id="svc-filter-kind"
            label={t('svc.kind')}
            value={draft.kind}
            onChange={(kind) => edit({ kind })}
            options={[{ value: '', label: t('svc.filterAllKinds') }, ...SERVICE_KINDS.map((k) => ({ value: k, label: serviceKindLabel(k, i18n) }))]}
          />
          <SelectField
            id="svc-filter-agency"
            label={t('svc.agency')}
            hint={t('svc.filterAgencyHint')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('svc.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="svc-filter-channel"
            label={t('svc.channels')}
            value={draft.channel}
            onChange={(channel) => edit({ channel })}
            options={[{ value: '', label: t('svc.filterAllChannels') }, ...SERVICE_CHANNELS.map((c) => ({ value: c, label: channelLabel(c, i18n) }))]}
          />
          <SelectField
            id="svc-filter-status"
            label={t('svc.status')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[{ value: '', label: t('svc.filterAllStatuses') }, ...SERVICE_STATUSES.map((s) => ({ value: s, label: serviceStatusLabel(s, i18n) }))]}
          />
          <TextField
            id="svc-filter-q"
            label={t('svc.filterText')}
            hint={t('svc.filterTextHint')}
            value={draft.q}
            onInput={(q) => edit({ q })}
            inputProps={{ maxLength: 200 }}
          />
        </FilterForm>
        <PagedListView list={list}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="svc-empty">
                {filtered ? t('svc.noneFiltered') : t('svc.none')}
              </p>
            ) : (
              <ServiceTable services={items} />
            )
          }
        </PagedListView>
        <div id="svc-export">
          <ExportLinks basePath={SERVICES_PATH} testId="svc-export" />
        </div>
      </section>
    </>
  );
}
