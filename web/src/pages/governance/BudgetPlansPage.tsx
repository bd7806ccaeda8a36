// /tata-kelola/anggaran (everyone but citizens): the budget plans (Rencana dan
// Anggaran SPBE). An agency operator sees their own agency's plans; the
// planning office, the ICT office, leadership, auditors and the superadmin see
// every agency's, filtered by year, agency and status, and the consolidated
// view of a year. The agency (or the superadmin) makes a plan for a year.
import { useState } from 'preact/hooks';
import { listBudgetPlans } from '../../api/budgetPlans';
import { BUDGET_STATUSES } from '../../api/budgetPlanTypes';
import { LoadView } from '../../components/LoadView';
import { OpenFormButton } from '../../components/OpenFormButton';
import { BudgetPlanCreateForm } from '../../components/budget/BudgetPlanCreateForm';
import { BudgetPlanTable } from '../../components/budget/BudgetPlanTable';
import { ConsolidatedView } from '../../components/budget/ConsolidatedView';
import { useBudgetAccess } from '../../components/budget/useBudgetAccess';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { todayInZone } from '../../format/dateTime';
import { budgetStatusLabel } from '../../format/budget';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function BudgetPlansPage(_props: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('governance.budget'));
  const access = useBudgetAccess();
  const { agencies } = useAgencies();
  const zone = useRegionDetail()?.time_zone;
  const thisYear = Number(todayInZone(zone).slice(0, 4));
  const [year, setYear] = useState('');
  const [agency, setAgency] = useState('');
  const [status, setStatus] = useState('');
  const [consolidatedYear, setConsolidatedYear] = useState(String(thisYear));
  const [consolidatedInput, setConsolidatedInput] = useState(String(thisYear));
  const [creating, setCreating] = useState(false);
  const validYear = /^\d{4}$/.test(year.trim()) ? year.trim() : '';
  const filter = { year: validYear, agency_id: access.readsAll ? agency : '', status };
  const loaded = useLoad((signal) => listBudgetPlans(filter, { signal }), JSON.stringify(filter));
  const mayCreate = access.role === 'superadmin' || (access.role === 'agency_operator' && access.ownAgencyId !== null);
  const ownAgency = agencies.find((a) => a.id === access.ownAgencyId);

  return (
    <>
      <p class="back">
        <a class="link" href="/tata-kelola">
          {t('budget.backToGovernance')}
        </a>
      </p>
      <h1 class="heading-xl">
        <span class="caption">{t('governance.title')}</span>
        <span data-testid="budget-plans-heading">{t('governance.budget')}</span>
      </h1>
      <p class="lead">{t('budget.intro')}</p>

      {mayCreate ? (
        creating ? (
          <BudgetPlanCreateForm
            chooseAgency={access.role === 'superadmin'}
            ownAgencyName={ownAgency ? ownAgency.name : null}
            defaultYear={thisYear + 1}
            onClose={() => setCreating(false)}
          />
        ) : (
          <OpenFormButton label={t('budget.create')} testId="budget-create" onClick={() => setCreating(true)} />
        )
      ) : (
        <p class="body secondary" data-testid="budget-read-only">
          {t('budget.readOnly')}
        </p>
      )}

      <section class="section" aria-labelledby="budget-plans-title">
        <h2 class="heading-l" id="budget-plans-title">
          {access.readsAll ? t('budget.listTitleAll') : t('budget.listTitleOwn')}
        </h2>
        {!access.readsAll && access.known && <p class="body secondary">{t('budget.ownOnly')}</p>}
        <div class="filter filter--inline" data-testid="budget-filter">
          <TextField id="budget-filter-year" label={t('budget.filterYear')} value={year} onInput={setYear} width="short" inputProps={{ inputMode: 'numeric', maxLength: 4 }} />
          {access.readsAll && (
            <SelectField
              id="budget-filter-agency"
              label={t('budget.filterAgency')}
              value={agency}
              onChange={setAgency}
              options={[{ value: '', label: t('budget.filterAllAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
            />
          )}
          <SelectField
            id="budget-filter-status"
            label={t('budget.filterStatus')}
            value={status}
            onChange={setStatus}
            options={[{ value: '', label: t('budget.filterAllStatuses') }, ...BUDGET_STATUSES.map((s) => ({ value: s, label: budgetStatusLabel(s, i18n) }))]}
          />
        </div>
        <LoadView loaded={loaded}>
          {({ items }) =>
            items.length === 0 ? (
              <p class="body" data-testid="budget-plans-empty">
                {validYear || agency || status ? t('budget.noneFiltered') : t('budget.none')}
              </p>
            ) : (
              <BudgetPlanTable plans={items} />
            )
          }
        </LoadView>
      </section>

      {access.readsAll && (
        <section class="section" aria-labelledby="budget-consolidated-title" data-testid="budget-consolidated-section">
          <h2 class="heading-l" id="budget-consolidated-title">
            {t('budget.consolidatedTitle')}
          </h2>
          <p class="body">{t('budget.consolidatedIntro')}</p>
          <form
            class="filter filter--inline"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (/^\d{4}$/.test(consolidatedInput.trim())) setConsolidatedYear(consolidatedInput.trim());
            }}
          >
            <TextField
              id="consolidated-year"
              label={t('budget.consolidatedYear')}
              value={consolidatedInput}
              onInput={setConsolidatedInput}
              width="short"
              inputProps={{ inputMode: 'numeric', maxLength: 4 }}
            />
            <div class="button-group">
              <button type="submit" class="button button--secondary" data-testid="consolidated-show">
                {t('budget.consolidatedShow')}
              </button>
            </div>
          </form>
          <ConsolidatedView year={consolidatedYear} />
        </section>
      )}
    </>
  );
}
