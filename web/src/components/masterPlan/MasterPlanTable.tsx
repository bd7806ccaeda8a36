// The master plans of the region, newest period first: title (link to the plan),
// period, status, the decree that enacted it and when the next review is due.
import type { MasterPlan } from '../../api/masterPlanTypes';
import { formatDay } from '../../format/dateTime';
import { masterPlanStatusColour, masterPlanStatusLabel, periodText, reviewStateColour, reviewStateLabel } from '../../format/masterPlan';
import { useI18n } from '../../i18n/useI18n';

export function MasterPlanTable({ plans }: { plans: MasterPlan[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <table class="table table--stacked table--compact" data-testid="master-plans-table">
      <caption class="visually-hidden">{t('masterPlan.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('masterPlan.titleLabel')}</th>
          <th scope="col">{t('masterPlan.period')}</th>
          <th scope="col">{t('masterPlan.status')}</th>
          <th scope="col">{t('masterPlan.decree')}</th>
          <th scope="col">{t('masterPlan.nextReview')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.id} data-testid="master-plan-row" data-plan-id={p.id} data-status={p.status}>
            <th scope="row" data-label={t('masterPlan.titleLabel')}>
              <a class="link" href={`/tata-kelola/rencana-induk/${p.id}`} data-testid="master-plan-link">
                {p.title}
              </a>
            </th>
            <td data-label={t('masterPlan.period')} data-testid="master-plan-row-period">
              {periodText(p.start_year, p.end_year)}
            </td>
            <td data-label={t('masterPlan.status')}>
              <strong class={`tag tag--${masterPlanStatusColour(p.status)}`} data-testid="master-plan-row-status">
                {masterPlanStatusLabel(p.status, i18n)}
              </strong>
            </td>
            <td data-label={t('masterPlan.decree')}>
              {p.decree_number ? (
                <>
                  <span class="cell-line">{p.decree_number}</span>
                  {p.decree_date && <span class="cell-note">{formatDay(p.decree_date, lang)}</span>}
                </>
              ) : (
                <span class="secondary">{t('masterPlan.noDecree')}</span>
              )}
            </td>
            <td data-label={t('masterPlan.nextReview')} data-testid="master-plan-row-review">
              {p.next_review_due ? (
                <>
                  <span class="cell-line">{formatDay(p.next_review_due, lang)}</span>
                  {p.review_state && (
                    <strong class={`tag tag--${reviewStateColour(p.review_state)} tag-line`} data-testid="master-plan-row-review-state">
                      {reviewStateLabel(p.review_state, i18n)}
                    </strong>
                  )}
                </>
              ) : (
                <span class="secondary">{t('masterPlan.reviewNotInForce')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
