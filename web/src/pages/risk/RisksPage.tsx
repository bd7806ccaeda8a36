// /risiko (everyone but citizens): the register of risks (Formulir 3.0, PermenPANRB
// 5/2020) of a year, of one agency (an operator starts at their own) or the whole
// region, filtered by level, polarity, category, the decision to treat, status and
// text; each risk with its level as a coloured badge that names the level. From the
// heat map a cell opens this list narrowed to that likelihood and impact. Links to a
// new risk, the heat map, the context, the reports, the workbook and the criteria.
import { useRef } from 'preact/hooks';
import { listRisks, registerWorkbookPath, type RiskFilter } from '../../api/risks';
import type { Risk } from '../../api/riskTypes';
import { FilterForm } from '../../components/FilterForm';
import { PagedListView } from '../../components/PagedListView';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { RiskPageHeading } from '../../components/risk/RiskNav';
import { RiskTable } from '../../components/risk/RiskTable';
import { currentYear, polarityLabel, riskStatusLabel } from '../../components/risk/labels';
import { useRiskAccess } from '../../components/risk/useRiskAccess';
import { useRiskCriteria } from '../../components/risk/useRiskCriteria';
import { useAgencies } from '../../hooks/useAgencies';
import { usePagedList } from '../../hooks/usePagedList';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useListFilter } from '../../hooks/useListFilter';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';
import { route } from '../../state/route';
import { useStore } from '../../state/store';
import { POLARITIES, RISK_STATUSES } from '../../api/riskTypes';

export const yearOptions = (now: number) => [now + 1, now, now - 1, now - 2, now - 3].map((y) => ({ value: String(y), label: String(y) }));

export function RisksPage(_props: PageProps) {
  const { search } = useStore(route);
  const zone = useRegionDetail()?.time_zone;
  const access = useRiskAccess();
  // A new address (e.g. a heat-map cell) starts the list afresh.
  return <RegisterView key={`${search.toString()}|${zone ?? ''}|${access.ownAgencyId ?? ''}`} search={search} year={currentYear(zone)} ownAgencyId={access.ownAgencyId} />;
}

function RegisterView({ search, year, ownAgencyId }: { search: URLSearchParams; year: number; ownAgencyId: number | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('risk.registerTitle'));
  const access = useRiskAccess();
  const { agencies } = useAgencies();
  const criteria = useRiskCriteria();
  const cell = { likelihood: Number(search.get('kemungkinan') ?? 0), impact: Number(search.get('dampak') ?? 0) };
  const hasCell = cell.likelihood >= 1 && cell.likelihood <= 5 && cell.impact >= 1 && cell.impact <= 5;
  const empty: RiskFilter = {
    year: search.get('tahun') ?? String(year),
    agency_id: search.get('pd') ?? (ownAgencyId === null ? '' : String(ownAgencyId)),
    level: search.get('level') ?? '',
    polarity: '',
    category: '',
    treat: '',
    status: '',
    q: '',
  };
  const { draft, edit, filter, filtered, apply, clear } = useListFilter<RiskFilter>(empty);
  const total = useRef<number | null>(null);
  const list = usePagedList<Risk>(async (cursor, signal) => {
    const narrowed = hasCell ? { ...filter, likelihood: String(cell.likelihood), impact: String(cell.impact) } : filter;
    const answer = await listRisks(narrowed, cursor, { signal });
    if (!answer.ok) return answer;
    total.current = answer.data.total;
    return answer;
  }, JSON.stringify(filter) + (hasCell ? `|${cell.likelihood}x${cell.impact}` : ''));
  const ready = criteria.state.phase === 'ready' ? criteria.state.data.criteria : null;
  const agencyName = (id: string) => agencies.find((a) => String(a.id) === id)?.short_name ?? id;

  return (
    <>
      <RiskPageHeading current="register" title={t('risk.registerTitle')} intro={t('risk.registerIntro')} testId="risk-heading" />

      {access.mayCreate ? (
        <p class="body">
          <a class="button" href="/risiko/baru" data-testid="risk-create">
            {t('risk.create')}
          </a>
        </p>
      ) : (
        <>
          <p class="body secondary" data-testid="risk-read-only">
            {t('risk.readOnly')}
          </p>
          <p class="body">
            <a class="button button--secondary" href="/risiko/peta" data-testid="risk-to-heat-map">
              {t('risk.toHeatMap')}
            </a>
          </p>
        </>
      )}

      <section class="section" aria-labelledby="risk-list-title">
        <h2 class="heading-l" id="risk-list-title">
          {t('risk.register')} {filter.year}
          {filter.agency_id && <span data-testid="risk-list-agency"> · {agencyName(filter.agency_id)}</span>}
        </h2>
        {hasCell && (
          <div class="notice notice--info" data-testid="risk-cell-filter">
            <p class="body">{t('risk.cellFilter', { likelihood: cell.likelihood, impact: cell.impact })}</p>
            <p class="body">
              <a class="link" href={`/risiko?tahun=${filter.year}${filter.agency_id ? `&pd=${filter.agency_id}` : ''}`} data-testid="risk-cell-filter-clear">
                {t('risk.cellFilterClear')}
              </a>
            </p>
          </div>
        )}
        <FilterForm label={t('risk.filter')} testId="risk-filter" filtered={filtered} onApply={apply} onClear={clear}>
          <SelectField id="risk-filter-year" label={t('risk.year')} value={draft.year} onChange={(y) => edit({ year: y })} options={yearOptions(year)} />
          <SelectField
            id="risk-filter-agency"
            label={t('risk.agency')}
            value={draft.agency_id}
            onChange={(agency_id) => edit({ agency_id })}
            options={[{ value: '', label: t('risk.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.short_name }))]}
          />
          <SelectField
            id="risk-filter-level"
            label={t('risk.level')}
            value={draft.level}
            onChange={(level) => edit({ level })}
            options={[{ value: '', label: t('risk.allLevels') }, ...(ready?.levels ?? []).map((b) => ({ value: String(b.level), label: b.name }))]}
          />
          <SelectField
            id="risk-filter-polarity"
            label={t('risk.polarityLabel')}
            value={draft.polarity}
            onChange={(polarity) => edit({ polarity })}
            options={[{ value: '', label: t('risk.allPolarities') }, ...POLARITIES.map((p) => ({ value: p, label: polarityLabel(p, i18n) }))]}
          />
          <SelectField
            id="risk-filter-category"
            label={t('risk.category')}
            value={draft.category}
            onChange={(category) => edit({ category })}
            options={[{ value: '', label: t('risk.allCategories') }, ...(ready?.categories ?? []).map((c) => ({ value: c.key, label: c.name }))]}
          />
          <SelectField
            id="risk-filter-treat"
            label={t('risk.treatDecision')}
            value={draft.treat}
            onChange={(treat) => edit({ treat })}
            options={[
              { value: '', label: t('risk.treatAny') },
              { value: 'true', label: t('risk.treatYes') },
              { value: 'false', label: t('risk.treatNo') },
            ]}
          />
          <SelectField
            id="risk-filter-status"
            label={t('risk.statusLabel')}
            value={draft.status}
            onChange={(status) => edit({ status })}
            options={[{ value: '', label: t('risk.allStatuses') }, ...RISK_STATUSES.map((s) => ({ value: s, label: riskStatusLabel(s, i18n) }))]}
          />
          <TextField id="risk-filter-q" label={t('risk.filterText')} hint={t('risk.filterTextHint')} value={draft.q} onInput={(q) => edit({ q })} inputProps={{ maxLength: 200 }} />
        </FilterForm>
        <PagedListView list={list}>
          {(items) => (
            <>
              {total.current !== null && !hasCell && (
                <p class="body" data-testid="risk-total">
                  {t('risk.total', { n: total.current })}
                </p>
              )}
              {items.length === 0 ? (
                <p class="body" data-testid="risk-empty">
                  {filtered || hasCell ? t('risk.noneFiltered') : t('risk.none')}
                </p>
              ) : (
                <RiskTable risks={items} />
              )}
            </>
          )}
        </PagedListView>
        <p class="body">
          <a class="button button--secondary" href={registerWorkbookPath(filter.year, filter.agency_id || null)} download data-testid="risk-workbook">
            {t('risk.workbook')}
          </a>
          <span class="cell-note secondary">{t('risk.workbookHint')}</span>
        </p>
      </section>
    </>
  );
}
