// /audit-tik (everyone but citizens): the ICT audit programme (Audit TIK, Madiun Pasal
// 40-43): on top what is overdue (objects, pre-evaluations, findings, reports not yet
// sent to the region head); the audit objects with their due date, state and the
// article of the region's regulation that requires each, with filters; the audits.
// The ICT office syncs the objects from the registries and plans audits; everyone
// else reads (the server decides in the end, 403).
import { useState } from 'preact/hooks';
import { getOverdueLists, getProgramme, listAuditObjects, listAudits, type AuditFilter, type ObjectFilter } from '../../api/ictAudits';
import { AUDIT_STATES, DUE_STATUSES, OBJECT_KINDS, type AuditObject } from '../../api/ictAuditTypes';
import { FilterForm } from '../../components/FilterForm';
import { LoadView } from '../../components/LoadView';
import { PagedListView } from '../../components/PagedListView';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { AuditTable } from '../../components/ictAudits/AuditTable';
import { auditStateLabel, dueStatusLabel, objectKindLabel } from '../../components/ictAudits/ictAuditWords';
import { ObjectTable } from '../../components/ictAudits/ObjectTable';
import { OverdueSection } from '../../components/ictAudits/OverdueSection';
import { PlanAuditForm } from '../../components/ictAudits/PlanAuditForm';
import { SyncPanel } from '../../components/ictAudits/SyncPanel';
import { useIctAuditAccess } from '../../components/ictAudits/useIctAuditAccess';
import { useAgencies } from '../../hooks/useAgencies';
import { useListFilter } from '../../hooks/useListFilter';
import { useLoad } from '../../hooks/useLoad';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

const NO_FILTER: ObjectFilter = { kind: '', agency_id: '', status: '', q: '' };

export function IctAuditsPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('ictAudit.title'));
  const access = useIctAuditAccess();
  const { agencies } = useAgencies();
  const [changes, setChanges] = useState(0);
  const [planning, setPlanning] = useState<{ object: AuditObject | null } | null>(null);
  const auditFilter = useListFilter<AuditFilter>({ state: '' });
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<ObjectFilter>(NO_FILTER);
  const overdue = useLoad((signal) => getOverdueLists({ signal }), String(changes));
  const objects = usePagedList((cursor, signal) => listAuditObjects(filter, cursor, { signal }), `${JSON.stringify(filter)}.${changes}`);
  const audits = usePagedList((cursor, signal) => listAudits(auditFilter.filter, cursor, { signal }), `${auditFilter.filter.state}.${changes}`);
  // The year's programme: the objects due by its end or with an audit planned in it, each with its open audit
  // (shown beside the object; the plan form chooses from these).
  const programme = useLoad((signal) => getProgramme({ signal }), String(changes));
  const plannedAudits = new Map(programme.state.phase === 'ready' ? programme.state.data.items.filter((i) => i.planned_audit).map((i) => [i.object.id, i.planned_audit!]) : []);

  const plan = (object: AuditObject | null) => {
    setPlanning({ object });
  };

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('ictAudit.caption')}</span>
        <span data-testid="ia-heading">{t('ictAudit.title')}</span>
      </h1>
      <p class="lead">{t('ictAudit.intro')}</p>

      <LoadView loaded={overdue}>{(lists) => <OverdueSection lists={lists} planned={plannedAudits} onPlan={access.manage ? plan : null} />}</LoadView>

      {access.manage ? (
        <section class="section" aria-labelledby="ia-manage-title" data-testid="ia-manage">
          <h2 class="heading-l" id="ia-manage-title">
            {t('ictAudit.manageTitle')}
          </h2>
          <SyncPanel onSynced={() => setChanges((n) => n + 1)} />
          {planning ? (
            <LoadView loaded={programme}>
              {(data) => <PlanAuditForm objects={data.items} object={planning.object} onClose={() => setPlanning(null)} />}
            </LoadView>
          ) : (
            <p class="body">
              <button type="button" class="button" onClick={() => plan(null)} data-testid="ia-plan-open">
                {t('ictAudit.plan')}
              </button>
            </p>
          )}
        </section>
      ) : (
        <p class="body secondary" data-testid="ia-read-only">
          {access.record ? t('ictAudit.readOnlyAuditor') : access.role === 'agency_operator' ? t('ictAudit.readOnlyOperator') : t('ictAudit.readOnly')}
        </p>
      )}

      <section class="section" aria-labelledby="ia-objects-title">
        <h2 class="heading-l" id="ia-objects-title">
          {t('ictAudit.objectsTitle')}
        </h2>
        <p class="body">{t('ictAudit.objectsIntro')}</p>
        <FilterForm label={t('ictAudit.filter')} testId="ia-filter" filtered={filtered} onApply={apply} onClear={clear}>
          <SelectField
            id="ia-filter-status"
            label={t('ictAudit.status')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[{ value: '', label: t('ictAudit.filterAllStatuses') }, ...DUE_STATUSES.map((s) => ({ value: s, label: dueStatusLabel(s, i18n) }))]}
          />
          <SelectField
            id="ia-filter-kind"
            label={t('ictAudit.kind')}
            value={draft.kind}
            onChange={(kind) => edit({ kind })}
            options={[{ value: '', label: t('ictAudit.filterAllKinds') }, ...OBJECT_KINDS.map((k) => ({ value: k, label: objectKindLabel(k, i18n) }))]}
          />
          <SelectField
            id="ia-filter-agency"
            label={t('ictAudit.ownerAgency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('ictAudit.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <TextField id="ia-filter-q" label={t('ictAudit.filterText')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
        </FilterForm>
        <PagedListView list={objects}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="ia-objects-empty">
                {filtered ? t('ictAudit.objectsNoneFiltered') : t('ictAudit.objectsNone')}
              </p>
            ) : (
              <ObjectTable objects={items} planned={plannedAudits} onPlan={access.manage ? plan : null} />
            )
          }
        </PagedListView>
      </section>

      <section class="section" aria-labelledby="ia-audits-title">
        <h2 class="heading-l" id="ia-audits-title">
          {t('ictAudit.auditsTitle')}
        </h2>
        <FilterForm label={t('ictAudit.auditsFilter')} testId="ia-audits-filter" filtered={auditFilter.filtered} onApply={auditFilter.apply} onClear={auditFilter.clear}>
          <SelectField
            id="ia-audits-state"
            label={t('ictAudit.state')}
            value={auditFilter.draft.state}
            onChange={(state) => auditFilter.edit({ state })}
            options={[{ value: '', label: t('ictAudit.filterAllStates') }, ...AUDIT_STATES.map((s) => ({ value: s, label: auditStateLabel(s, i18n) }))]}
          />
        </FilterForm>
        <PagedListView list={audits}>
          {(items) =>
            items.length === 0 ? (
              <p class="body" data-testid="ia-audits-empty">
                {auditFilter.filtered ? t('ictAudit.auditsNone') : t('ictAudit.auditsNoneAtAll')}
              </p>
            ) : (
              <AuditTable audits={items} />
            )
          }
        </PagedListView>
      </section>
    </>
  );
}
