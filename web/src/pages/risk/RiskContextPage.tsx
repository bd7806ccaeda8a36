// /risiko/konteks (everyone but citizens): the context of a risk-owner unit for a year
// (Formulir 2.0) — duties, functions, goals, the people who own, coordinate and manage
// the risks, stakeholders, regulations, the signed integrity pact — and the region's
// criteria read-only (Formulir 2.6-2.10), so the page reads as the whole form. An
// operator fills in their own agency's (starting there); the ICT office any agency's;
// everyone else reads. 412 keeps what was typed; 409 (one context per unit and year) is
// explained in the server's words.
import { useState } from 'preact/hooks';
import { listAllPeople } from '../../api/people';
import { createRiskContext, getRiskContext, listRiskContexts, riskContextPath, updateRiskContext } from '../../api/risks';
import type { RiskContext } from '../../api/riskTypes';
import type { Person } from '../../api/organisationTypes';
import { ConflictBox } from '../../components/ConflictBox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadView } from '../../components/LoadView';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { SelectField } from '../../components/form/SelectField';
import { CriteriaView } from '../../components/risk/CriteriaView';
import {
  checkContext,
  ContextFields,
  contextChanges,
  contextFieldIds,
  contextInput,
  contextValuesOf,
  EMPTY_CONTEXT,
  type ContextValues,
} from '../../components/risk/ContextFields';
import { RiskPageHeading } from '../../components/risk/RiskNav';
import { useYearAgency } from '../../components/risk/useYearAgency';
import { useRiskCriteria } from '../../components/risk/useRiskCriteria';
import { formatDateTime } from '../../format/dateTime';
import { useDraft } from '../../hooks/useDraft';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useSendForm } from '../../hooks/useSendForm';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { yearOptions } from './RisksPage';

export function RiskContextPage(_props: PageProps) {
  const { t } = useI18n();
  usePageTitle(t('risk.context.title'));
  const { access, now, year, setYear, agency, setAgency, agencies } = useYearAgency();
  const criteria = useRiskCriteria();
  const contexts = useLoad((signal) => listRiskContexts({ year, agency_id: agency }, { signal }), `${year}|${agency}`);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <RiskPageHeading current="context" title={t('risk.context.title')} intro={t('risk.context.intro')} testId="risk-context-heading" />
      <div class="filter">
        <div class="filter__fields">
          <SelectField id="risk-context-year" label={t('risk.year')} value={year} onChange={(y) => { setSaved(false); setYear(y); }} options={yearOptions(now)} />
          <SelectField
            id="risk-context-agency"
            label={t('risk.agency')}
            value={agency}
            onChange={(a) => { setSaved(false); setAgency(a); }}
            options={[{ value: '', label: t('risk.context.allUnits') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.short_name} — ${a.name}` }))]}
          />
        </div>
      </div>
      {saved && <SavedNotice testId="risk-context-saved" text={t('risk.context.saved')} />}

      <section class="section" aria-labelledby="risk-context-form-title">
        <h2 class="heading-l" id="risk-context-form-title">
          {t('risk.context.formTitle', { year })}
        </h2>
        <LoadView loaded={contexts}>
          {({ items }) =>
            !agency ? (
              items.length === 0 ? (
                <p class="body" data-testid="risk-context-none">
                  {t('risk.context.noneYear')}
                </p>
              ) : (
                <ul class="list" data-testid="risk-context-list">
                  {items.map((c) => (
                    <li key={c.id}>
                      <button type="button" class="link-button" onClick={() => setAgency(String(c.agency.id))} data-testid="risk-context-open">
                        {c.agency.name} ({c.agency.short_name})
                      </button>
                    </li>
                  ))}
                </ul>
              )
            ) : items[0] ? (
              <ExistingContext key={`${items[0].id}`} id={items[0].id} mayEdit={access.mayEdit(Number(agency))} onSaved={() => { setSaved(true); contexts.reload(); }} />
            ) : access.mayEdit(Number(agency)) ? (
              <NewContext key={`${year}|${agency}`} agencyId={Number(agency)} year={Number(year)} onSaved={() => { setSaved(true); contexts.reload(); }} />
            ) : (
              <p class="body" data-testid="risk-context-none">
                {t('risk.context.notYet')}
              </p>
            )
          }
        </LoadView>
      </section>

      <section class="section" aria-labelledby="risk-criteria-title">
        <h2 class="heading-l" id="risk-criteria-title">
          {t('risk.criteria.title')}
        </h2>
        <LoadView loaded={criteria}>{(c) => <CriteriaView criteria={c.criteria} isDefault={c.is_default} />}</LoadView>
      </section>
    </>
  );
}

function usePeople(agencyId: number): Person[] {
  const loaded = useLoad((signal) => listAllPeople(agencyId, { signal }), String(agencyId));
  return loaded.state.phase === 'ready' ? loaded.state.data : [];
}

function NewContext({ agencyId, year, onSaved }: { agencyId: number; year: number; onSaved: () => void }) {
  const { t } = useI18n();
  const prefix = 'risk-context';
  const ids = contextFieldIds(prefix);
  const people = usePeople(agencyId);
  const [draft, update, reset] = useDraft<ContextValues>(`risk.context.${agencyId}.${year}`, EMPTY_CONTEXT);
  const { errors, focusKey, sending, send } = useSendForm(ids);
  const submit = send({
    check: (wording) => checkContext(draft, ids, wording),
    request: () => createRiskContext({ agency_id: agencyId, year, ...contextInput(draft) }),
    onSent: () => {
      reset();
      onSaved();
    },
  });
  return (
    <form class="form" onSubmit={submit} noValidate data-testid="risk-context-form">
      <p class="body">{t('risk.context.newIntro')}</p>
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <ContextFields prefix={prefix} ids={ids} values={draft} set={update} errors={errors} people={people} />
      <div class="button-group">
        <button type="submit" class="button" disabled={sending} data-testid="risk-context-submit">
          {t('risk.context.save')}
        </button>
      </div>
    </form>
  );
}

function ExistingContext({ id, mayEdit, onSaved }: { id: number; mayEdit: boolean; onSaved: () => void }) {
  const loaded = useLoad((signal) => getRiskContext(id, { signal }), String(id));
  return (
    <LoadView loaded={loaded}>
      {(context, etag) => (mayEdit ? <EditContext context={context} etag={etag ?? `"${context.version}"`} onSaved={onSaved} /> : <ContextSummary context={context} />)}
    </LoadView>
  );
}

function EditContext({ context, etag, onSaved }: { context: RiskContext; etag: string; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const prefix = 'risk-context';
  const ids = contextFieldIds(prefix);
  const people = usePeople(context.agency.id);
  const zone = useRegionDetail()?.time_zone;
  const form = useVersionedForm<{ context: RiskContext; etag: string }, ContextValues>({ context, etag }, (b) => contextValuesOf(b.context), ids);
  const save = form.save({
    check: (wording) => checkContext(form.values, ids, wording),
    send: () => {
      const changes = contextChanges(form.base.context, form.values);
      return Object.keys(changes).length === 0 ? null : updateRiskContext(form.base.context.id, changes, form.base.etag);
    },
    onSaved: (next, nextEtag) => {
      form.loadSaved({ context: next, etag: nextEtag ?? `"${next.version}"` });
      onSaved();
    },
  });
  return (
    <>
      <p class="body secondary" data-testid="risk-context-version">
        {t('risk.versionAt', { version: form.base.context.version, at: formatDateTime(form.base.context.updated_at, lang, zone) })}
      </p>
      {form.conflict && (
        <ConflictBox
          testId="risk-context-conflict"
          onReload={() => void form.reload(getRiskContext(context.id), (latest, latestEtag) => ({ context: latest, etag: latestEtag ?? `"${latest.version}"` }))}
        />
      )}
      {form.unsaved && (
        <p class="body" data-testid="risk-context-unsaved">
          {t('risk.context.unsaved')}
        </p>
      )}
      <form class="form" onSubmit={save} noValidate data-testid="risk-context-form">
        <ErrorSummary items={form.errors.summary} focusKey={form.focusKey} />
        <ContextFields prefix={prefix} ids={ids} values={form.values} set={form.set} errors={form.errors} people={people} />
        <div class="button-group">
          <button type="submit" class="button" disabled={form.saving} data-testid="risk-context-submit">
            {t('risk.context.save')}
          </button>
        </div>
      </form>
      <RecordHistory recordPath={riskContextPath(context.id)} version={form.base.context.version} zone={zone} />
    </>
  );
}

function ContextSummary({ context: c }: { context: RiskContext }) {
  const { t } = useI18n();
  const zone = useRegionDetail()?.time_zone;
  const none = <span class="secondary">{t('risk.notFilled')}</span>;
  const text = (v: string) => (v ? <span class="risk-text">{v}</span> : none);
  const person = (p: RiskContext['structure']['owner']) => (p ? `${p.name}${p.nip ? ` (NIP ${p.nip})` : ''}` : t('risk.context.noPerson'));
  return (
    <>
      <p class="body secondary" data-testid="risk-context-read-only">
        {t('risk.context.readOnly', { agency: c.agency.short_name })}
      </p>
      <SummaryList
        testId="risk-context-summary"
        rows={[
          { key: 'unit', label: t('risk.agency'), value: `${c.agency.name} (${c.agency.short_name})` },
          { key: 'duties', label: t('risk.context.duties'), value: text(c.duties) },
          { key: 'functions', label: t('risk.context.functions'), value: text(c.functions) },
          {
            key: 'goals',
            label: t('risk.context.goals'),
            value: c.goals.length ? (
              <ul class="list">
                {c.goals.map((g, i) => (
                  <li key={i}>
                    {g.unit_goal} → {g.spbe_goal}
                    {(g.indicator || g.target) && <span class="cell-note">{[g.indicator, g.target].filter(Boolean).join(' · ')}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              none
            ),
          },
          {
            key: 'structure',
            label: t('risk.context.structure'),
            value: (
              <ul class="list">
                <li>{t('risk.context.owner')}: {person(c.structure.owner)}</li>
                <li>{t('risk.context.coordinator')}: {person(c.structure.coordinator)}</li>
                <li>{t('risk.context.manager')}: {person(c.structure.manager)}</li>
              </ul>
            ),
          },
          {
            key: 'stakeholders',
            label: t('risk.context.stakeholders'),
            value: c.stakeholders.length ? <ul class="list">{c.stakeholders.map((s, i) => <li key={i}>{s.name}{s.relation ? ` — ${s.relation}` : ''}</li>)}</ul> : none,
          },
          {
            key: 'regulations',
            label: t('risk.context.regulations'),
            value: c.regulations.length ? <ul class="list">{c.regulations.map((r, i) => <li key={i}>{r.name}{r.mandate ? ` — ${r.mandate}` : ''}</li>)}</ul> : none,
          },
          {
            key: 'pact',
            label: t('risk.context.pact'),
            value: c.integrity_pact ? (
              <a href={`/api/v1/files/${c.integrity_pact.sha256}`} download={c.integrity_pact.name}>
                {c.integrity_pact.name}
              </a>
            ) : (
              none
            ),
          },
        ]}
      />
      <RecordHistory recordPath={riskContextPath(c.id)} version={c.version} zone={zone} />
    </>
  );
}
