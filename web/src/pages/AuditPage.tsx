// /audit (superadmin, auditor): the audit log, newest first, with filters
// (action, who, kind of record, from/to dates in the region's time zone) and
// paging; and the integrity check of the hash chain.
import { useState } from 'preact/hooks';
import { listAudit, type AuditFilter } from '../api/audit';
import { AuditTable } from '../components/AuditTable';
import { AuditVerify } from '../components/AuditVerify';
import { ErrorSummary } from '../components/ErrorSummary';
import { SelectField } from '../components/form/SelectField';
import { TextField } from '../components/form/TextField';
import { PagedListView } from '../components/PagedListView';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionKey, auditEntityKey } from '../format/audit';
import { startOfDayInZone } from '../format/dateTime';
import { zoneAbbreviation } from '../format/region';
import { fieldErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { useDraft } from '../hooks/useDraft';
import { usePagedList } from '../hooks/usePagedList';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n, type I18n } from '../i18n/useI18n';
import { currentRegion } from '../state/region';
import { signInCount } from '../state/session';
import { useStore } from '../state/store';

const NO_FILTER = { action: '', actor: '', entity_type: '', from: '', to: '' };
type FilterForm = typeof NO_FILTER;

export function AuditPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('audit.title'));
  const zone = useStore(currentRegion)?.time_zone;
  const signIns = useStore(signInCount);
  const [draft, updateDraft, resetDraft] = useDraft('audit.filter', NO_FILTER);
  const [applied, setApplied] = useState<FilterForm>(draft);
  const { errors, focusKey, show, clear: clearErrors } = useFormErrors();
  const query = toQuery(applied, zone);
  const list = usePagedList((cursor, signal) => listAudit(query, cursor, { signal }), `${JSON.stringify(query)}|${signIns}`);

  const apply = (event: Event) => {
    event.preventDefault();
    const found = ({ t }: I18n) =>
      fieldErrors([['filter-to', draft.from && draft.to && draft.to < draft.from ? t('audit.error.toBeforeFrom') : null]]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    clearErrors();
    setApplied({ ...draft, actor: draft.actor.trim() });
  };
  const clear = () => {
    resetDraft();
    clearErrors();
    setApplied(NO_FILTER);
  };

  const zoneName = zone ? (zoneAbbreviation(zone) ?? zone) : '';
  return (
    <>
      <h1 class="heading-xl">{t('audit.title')}</h1>
      <p class="lead">{t('audit.intro')}</p>
      <AuditVerify />

      <h2 class="heading-m">{t('audit.entries')}</h2>
      <form class="filter" onSubmit={apply} role="search" aria-label={t('audit.filter')} data-testid="audit-filter">
        <h3 class="heading-s">{t('audit.filter')}</h3>
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <div class="filter__fields">
          <SelectField
            id="filter-action"
            label={t('audit.action')}
            value={draft.action}
            onChange={(action) => updateDraft({ action })}
            options={[
              { value: '', label: t('common.all') },
              ...AUDIT_ACTIONS.map((a) => {
                const key = auditActionKey(a);
                return { value: a, label: key ? t(key) : a };
              }),
            ]}
          />
          <TextField
            id="filter-actor"
            label={t('audit.actorUsername')}
            value={draft.actor}
            onInput={(actor) => updateDraft({ actor })}
            autoComplete="off"
            inputProps={{ autoCapitalize: 'none' }}
          />
          <SelectField
            id="filter-entity"
            label={t('audit.entityType')}
            value={draft.entity_type}
            onChange={(entity_type) => updateDraft({ entity_type })}
            options={[
              { value: '', label: t('common.all') },
              ...AUDIT_ENTITY_TYPES.map((e) => {
                const key = auditEntityKey(e);
                return { value: e, label: key ? t(key) : e };
              }),
            ]}
          />
          <TextField
            id="filter-from"
            label={t('audit.from')}
            hint={zoneName ? t('audit.dateHint', { zone: zoneName }) : undefined}
            type="date"
            value={draft.from}
            onInput={(from) => updateDraft({ from })}
            width="short"
          />
          <TextField
            id="filter-to"
            label={t('audit.to')}
            hint={zoneName ? t('audit.dateHint', { zone: zoneName }) : undefined}
            type="date"
            value={draft.to}
            onInput={(to) => updateDraft({ to })}
            error={errors.fields['filter-to']}
            width="short"
          />
        </div>
        <div class="button-group">
          <button type="submit" class="button button--secondary" data-testid="audit-filter-apply">
            {t('common.applyFilter')}
          </button>
          <button type="button" class="link-button" onClick={clear} data-testid="audit-filter-clear">
            {t('common.clearFilter')}
          </button>
        </div>
      </form>

      <PagedListView list={list}>{(entries) => <AuditTable entries={entries} />}</PagedListView>
    </>
  );
}

// The filter as the server takes it: dates become the instants the days start
// in the region's time zone; "to" includes its whole day.
function toQuery(form: FilterForm, zone: string | undefined): AuditFilter {
  const query: AuditFilter = {};
  if (form.action) query.action = form.action;
  if (form.actor) query.actor = form.actor;
  if (form.entity_type) query.entity_type = form.entity_type;
  const from = form.from ? startOfDayInZone(form.from, zone) : null;
  const to = form.to ? startOfDayInZone(form.to, zone, 1) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}
