// /keamanan (everyone but citizens): information security management (Manajemen
// Keamanan Informasi SPBE, Madiun Pasal 33; Peraturan BSSN 4/2021): the region's
// security programme, the security policies (Madiun Pasal 12) with how many
// agencies acknowledged each, and the security incidents handled by the CSIRT
// (OKI Pasal 26 ayat (7)) with filters, overdue notices said in plain words
// (Kendari Pasal 14 ayat (8)). An agency operator sees their own agency's
// incidents only; the ICT office changes the programme and the policies.
import { useEffect, useState } from 'preact/hooks';
import { INCIDENT_CREATE_PATH, listIncidents, listPolicies, type IncidentFilter } from '../../api/security';
import { INCIDENT_SEVERITIES, INCIDENT_STAGES } from '../../api/securityTypes';
import { CreateOrReadOnly } from '../../components/CreateOrReadOnly';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { PagedListView } from '../../components/PagedListView';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { IncidentTable } from '../../components/security/IncidentTable';
import { OverdueSummary } from '../../components/security/OverdueSummary';
import { PolicyCreateForm } from '../../components/security/PolicyForm';
import { PolicyTable } from '../../components/security/PolicyTable';
import { ProgrammeSection } from '../../components/security/ProgrammeSection';
import { severityLabel, stageLabel } from '../../components/security/labels';
import { useSecurityAccess } from '../../components/security/useSecurityAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { useListFilter } from '../../hooks/useListFilter';
import { useLoad } from '../../hooks/useLoad';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: IncidentFilter = { agency_id: '', stage: '', severity: '', overdue: false, q: '' };

export function SecurityPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('security.title'));
  const access = useSecurityAccess();
  const [creatingPolicy, setCreatingPolicy] = useState(false);
  const policies = useLoad((signal) => listPolicies({ signal }));
  const { agencies } = useAgencies();
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<IncidentFilter>(NO_FILTER);
  const incidents = usePagedList((cursor, signal) => listIncidents(filter, cursor, { signal }), JSON.stringify(filter));
  // "Show them": tick "overdue only" in the filter, then apply it once the tick is in the draft.
  const [showOverdue, setShowOverdue] = useState(false);
  useEffect(() => {
    if (!showOverdue || !draft.overdue) return;
    setShowOverdue(false);
    apply();
    document.getElementById('sec-filter-overdue')?.scrollIntoView({ block: 'start' });
  }, [showOverdue, draft.overdue]);

  return (
    <>
      <h1 class="heading-xl" data-testid="sec-heading">
        {t('security.title')}
      </h1>
      <p class="lead">{t('security.intro')}</p>
      <nav aria-label={t('security.contents')} class="sec-contents">
        <ul class="list">
          <li>
            <a class="link" href="#sec-incidents-title">
              {t('security.incidentsTitle')}
            </a>
          </li>
          <li>
            <a class="link" href="#sec-policies-title">
              {t('security.policiesTitle')}
            </a>
          </li>
          <li>
            <a class="link" href="#sec-programme-title">
              {t('security.programmeTitle')}
            </a>
          </li>
        </ul>
      </nav>

      <section class="section" aria-labelledby="sec-incidents-title" data-testid="sec-incidents">
        <h2 class="heading-l" id="sec-incidents-title" tabIndex={-1}>
          {t('security.incidentsTitle')}
        </h2>
        <p class="body">{access.ownAgencyId !== null ? t('security.incidentsIntroOperator') : t('security.incidentsIntro')}</p>
        {access.mayReport && (
          <p class="body">
            <a class="button" href={INCIDENT_CREATE_PATH} data-testid="sec-incident-report">
              {t('security.incidentReport')}
            </a>
          </p>
        )}
        <OverdueSummary
          onShowAll={() => {
            edit({ overdue: true });
            setShowOverdue(true);
          }}
        />
        <FilterForm label={t('security.incidentFilter')} testId="sec-filter" filtered={filtered} onApply={apply} onClear={clear}>
          {access.ownAgencyId === null && (
            <SelectField
              id="sec-filter-agency"
              label={t('security.agency')}
              value={draft.agency_id}
              onChange={(agency_id) => edit({ agency_id })}
              options={[{ value: '', label: t('security.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
            />
          )}
          <SelectField
            id="sec-filter-stage"
            label={t('security.stage')}
            value={draft.stage}
            onChange={(stage) => edit({ stage })}
            options={[
              { value: '', label: t('security.filterAllStages') },
              { value: 'open', label: t('security.filterOpen') },
              ...INCIDENT_STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n) })),
            ]}
          />
          <SelectField
            id="sec-filter-severity"
            label={t('security.severity')}
            value={draft.severity}
            onChange={(severity) => edit({ severity })}
            options={[{ value: '', label: t('security.filterAllSeverities') }, ...INCIDENT_SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, i18n) }))]}
          />
          <CheckboxGroup
            id="sec-filter-overdue"
            legend={t('security.filterOverdueLegend')}
            values={draft.overdue ? ['true'] : []}
            options={[{ value: 'true', label: t('security.filterOverdue') }]}
            onChange={(values) => edit({ overdue: values.includes('true') })}
          />
          <TextField
            id="sec-filter-q"
            label={t('security.filterText')}
            hint={t('security.filterTextHint')}
            value={draft.q}
            onInput={(q) => edit({ q })}
            inputProps={{ maxLength: 200 }}
          />
        </FilterForm>
        <PagedListView list={incidents}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="sec-incidents-empty">
                {filtered ? t('security.incidentsNoneFiltered') : t('security.incidentsNone')}
              </p>
            ) : (
              <IncidentTable incidents={items} />
            )
          }
        </PagedListView>
      </section>

      <section class="section" aria-labelledby="sec-policies-title" data-testid="sec-policies">
        <h2 class="heading-l" id="sec-policies-title">
          {t('security.policiesTitle')}
        </h2>
        <p class="body">{t('security.policiesIntro')}</p>
        <CreateOrReadOnly
          mayCreate={access.manage}
          open={creatingPolicy}
          onOpen={() => setCreatingPolicy(true)}
          openLabel={t('security.policyCreate')}
          openTestId="sec-policy-create"
          readOnly={access.ownAgencyId !== null ? t('security.policiesOperator') : t('security.policiesReadOnly')}
          readOnlyTestId="sec-policies-read-only"
        >
          <PolicyCreateForm onClose={() => setCreatingPolicy(false)} />
        </CreateOrReadOnly>
        <LoadView loaded={policies}>
          {({ items }) =>
            items.length === 0 ? (
              <p class="body" data-testid="sec-policies-empty">
                {t('security.policiesNone')}
              </p>
            ) : (
              <PolicyTable policies={items} ownAgency={agencies.find((a) => a.id === access.ownAgencyId) ?? null} />
            )
          }
        </LoadView>
      </section>

      <ProgrammeSection manage={access.manage} />
    </>
  );
}
