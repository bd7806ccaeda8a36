// /elemen/infrastruktur/server (everyone but citizens): the region's servers,
// virtual machines and VPS, filtered by agency, facility, kind and status, with the
// count the filter matches, the exports, and the form for a new one (the
// superadmin; an agency operator for their own agency where the PD Mandiri TIK
// rule allows it, Madiun Pasal 45 - otherwise it says who registers them).
import { useState } from 'preact/hooks';
import { HOSTS_PATH, listHosts, type HostFilter } from '../../api/infrastructure';
import { HOST_KINDS, HOST_STATUSES, type HostSummary } from '../../api/infrastructureTypes';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterForm } from '../../components/FilterForm';
import { OpenFormButton } from '../../components/OpenFormButton';
import { PagedListView } from '../../components/PagedListView';
import { SelectField } from '../../components/form/SelectField';
import { HostCreateForm } from '../../components/infrastructure/HostCreateForm';
import { HostTable } from '../../components/infrastructure/HostTable';
import { InfraHeading, ReadOnlyNote } from '../../components/infrastructure/InfraSections';
import { useFacilities } from '../../components/infrastructure/useFacilities';
import { useInfraAccess } from '../../components/infrastructure/useInfraAccess';
import { hostKindLabel, hostStatusLabel } from '../../format/infrastructure';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: HostFilter = { agency_id: '', facility_id: '', kind: '', status: '' };

export function InfrastructureHostsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('infra.hosts'));
  const access = useInfraAccess();
  const { agencies } = useAgencies();
  const facilities = useFacilities();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<HostFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const [summary, setSummary] = useState<HostSummary | null>(null);
  const list = usePagedList(async (cursor, signal) => {
    const answer = await listHosts(filter, cursor, { signal });
    if (answer.ok) setSummary(answer.data.summary ?? null);
    return answer;
  }, JSON.stringify(filter));

  return (
    <>
      <InfraHeading title="infra.hosts" intro="infra.hostsIntro" testId="infra-hosts-heading" />
      {access.known &&
        (access.mayCreateHost ? (
          creating ? (
            <HostCreateForm agencies={agencies} ownAgencyId={access.superadmin ? null : access.ownAgencyId} onClose={() => setCreating(false)} />
          ) : (
            <OpenFormButton label={t('infra.hostCreate')} testId="infra-host-create" onClick={() => setCreating(true)} />
          )
        ) : access.operator ? (
          <ReadOnlyNote testId="infra-host-self-sufficiency" text={t('infra.hostSelfSufficiency', { article: access.selfSufficiencyArticle ?? t('infra.theRule') })} />
        ) : (
          <ReadOnlyNote text={t('infra.readOnly')} />
        ))}

      <section class="section" aria-labelledby="infra-hosts-list-title">
        <h2 class="heading-l" id="infra-hosts-list-title">
          {t('infra.hostsListTitle')}
        </h2>
        <FilterForm
          label={t('infra.filter')}
          testId="infra-host-filter"
          filtered={filtered}
          onApply={apply}
          onClear={clear}
        >
          <SelectField
            id="infra-host-filter-agency"
            label={t('infra.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('infra.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="infra-host-filter-facility"
            label={t('infra.hostFacility')}
            value={draft.facility_id}
            onChange={(facility_id) => edit({ facility_id })}
            options={[{ value: '', label: t('infra.allFacilities') }, ...facilities.map((f) => ({ value: String(f.id), label: f.name }))]}
          />
          <SelectField
            id="infra-host-filter-kind"
            label={t('infra.hostKind')}
            value={draft.kind}
            onChange={(kind) => edit({ kind })}
            options={[{ value: '', label: t('infra.allKinds') }, ...HOST_KINDS.map((k) => ({ value: k, label: hostKindLabel(k, i18n) }))]}
          />
          <SelectField
            id="infra-host-filter-status"
            label={t('infra.hostStatus')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[{ value: '', label: t('infra.allStatuses') }, ...HOST_STATUSES.map((s) => ({ value: s, label: hostStatusLabel(s, i18n) }))]}
          />
        </FilterForm>
        {summary && (
          <ul class="tag-list infra-counts" aria-label={t('infra.hostsListTitle')}>
            <li>
              <strong class="tag tag--grey" data-testid="infra-host-count-total">
                {t('infra.countTotal', { n: summary.total })}
              </strong>
            </li>
            {HOST_KINDS.map((k) => (
              <li key={k}>
                <strong class="tag tag--blue" data-testid={`infra-host-count-${k}`}>
                  {hostKindLabel(k, i18n)}: {summary.by_kind[k] ?? 0}
                </strong>
              </li>
            ))}
          </ul>
        )}
        <PagedListView list={list}>
          {(hosts) =>
            hosts.length === 0 ? (
              <p class="body" data-testid="infra-host-empty">
                {filtered ? t('infra.noneFiltered') : t('infra.hostsNone')}
              </p>
            ) : (
              <HostTable hosts={hosts} />
            )
          }
        </PagedListView>
        <div id="infra-host-export">
          <ExportLinks basePath={HOSTS_PATH} testId="infra-host-export" />
        </div>
      </section>
    </>
  );
}
