// Budget plans as a list: agency (link to the plan), year, status, the number
// of lines, the total in rupiah, and how many lines are not yet linked to the roadmap.
import type { BudgetPlan } from '../../api/budgetPlanTypes';
import { budgetStatusColour, budgetStatusLabel, rupiah } from '../../format/budget';
import { useI18n } from '../../i18n/useI18n';

export function BudgetPlanTable({ plans }: { plans: BudgetPlan[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="budget-plans-table">
      <caption class="visually-hidden">{t('budget.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budget.agency')}</th>
          <th scope="col">{t('budget.year')}</th>
          <th scope="col">{t('budget.statusLabel')}</th>
          <th scope="col">{t('budget.lineCount')}</th>
          <th scope="col" class="numeric">{t('budget.total')}</th>
          <th scope="col">{t('budget.unlinkedLines')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.id} data-testid="budget-plan-row" data-plan-id={p.id} data-status={p.status}>
            <th scope="row" data-label={t('budget.agency')}>
              <a class="link" href={`/tata-kelola/anggaran/${p.id}`} data-testid="budget-plan-link">
                {p.agency_name}
              </a>
            </th>
            <td data-label={t('budget.year')} data-testid="budget-plan-row-year">
              {p.year}
            </td>
            <td data-label={t('budget.statusLabel')}>
              <strong class={`tag tag--${budgetStatusColour(p.status)}`} data-testid="budget-plan-row-status">
                {budgetStatusLabel(p.status, i18n)}
              </strong>
            </td>
            <td data-label={t('budget.lineCount')}>{p.totals.lines}</td>
            <td data-label={t('budget.total')} class="numeric" data-testid="budget-plan-row-amount">
              {rupiah(p.totals.amount, lang)}
            </td>
            <td data-label={t('budget.unlinkedLines')} data-testid="budget-plan-row-unlinked">
              {p.totals.unlinked_lines > 0 ? <strong class="tag tag--yellow">{p.totals.unlinked_lines}</strong> : <span class="secondary">0</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
