// The consolidated budget of a year (Kendari Pasal 10 ayat (5)-(6); Batam Pasal
// 9 ayat (2)): every agency's plan whatever its status, with the totals per
// area and per agency (shares of one decimal that add up to 100), the lines not
// yet linked to the roadmap, the agencies without a plan, and the exports.
import { CONSOLIDATED_PATH, getConsolidated } from '../../api/budgetPlans';
import { BUDGET_STATUSES, type Consolidated } from '../../api/budgetPlanTypes';
import { budgetStatusColour, budgetStatusLabel, percentText, rupiah } from '../../format/budget';
import { labelIn } from '../../format/roadmap';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n/useI18n';
import { LoadView } from '../LoadView';

export function ConsolidatedView({ year }: { year: string }) {
  const loaded = useLoad((signal) => getConsolidated(year, { signal }), year);
  return <LoadView loaded={loaded}>{(view) => <ConsolidatedBody view={view} />}</LoadView>;
}

function Bar({ share, testId }: { share: number; testId?: string }) {
  return (
    <span class="share-bar" aria-hidden="true" data-testid={testId}>
      <span class="share-bar__fill" style={{ width: `${Math.max(0, Math.min(100, share))}%` }} />
    </span>
  );
}

function ConsolidatedBody({ view }: { view: Consolidated }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = `?year=${view.year}`;
  return (
    <div data-testid="consolidated" data-year={view.year}>
      <dl class="summary-list" data-testid="consolidated-summary">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('budget.consolidatedTotal')}</dt>
          <dd class="summary-list__value" data-testid="consolidated-total">
            {rupiah(view.total.amount, lang)}
            <span class="cell-note">{t('budget.consolidatedCounts', { plans: view.total.plans, lines: view.total.lines })}</span>
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('budget.unlinkedLines')}</dt>
          <dd class="summary-list__value" data-testid="consolidated-unlinked">
            {view.unlinked.lines > 0 ? (
              <>
                <strong class="tag tag--yellow" data-testid="consolidated-unlinked-count">
                  {view.unlinked.lines}
                </strong>{' '}
                {t('budget.unlinkedAmount', { amount: rupiah(view.unlinked.amount, lang) })}
              </>
            ) : (
              <span data-testid="consolidated-unlinked-count">0</span>
            )}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('budget.procurementLines')}</dt>
          <dd class="summary-list__value">{view.procurement_lines}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('budget.byStatus')}</dt>
          <dd class="summary-list__value">
            {BUDGET_STATUSES.map((s) => {
              const entry = view.by_status[s] ?? { plans: 0, amount: 0 };
              return (
                <span class="cell-line" key={s} data-testid="consolidated-status" data-status={s}>
                  <strong class={`tag tag--${budgetStatusColour(s)}`}>{budgetStatusLabel(s, i18n)}</strong>{' '}
                  {t('budget.statusCount', { plans: entry.plans, amount: rupiah(entry.amount, lang) })}
                </span>
              );
            })}
          </dd>
        </div>
      </dl>

      <h3 class="heading-m">{t('budget.byArea')}</h3>
      <table class="table table--stacked table--compact" data-testid="consolidated-areas">
        <caption class="visually-hidden">{t('budget.byArea')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.area')}</th>
            <th scope="col" class="numeric">{t('budget.amount')}</th>
            <th scope="col">{t('budget.share')}</th>
          </tr>
        </thead>
        <tbody>
          {view.by_area.map((a) => (
            <tr key={a.area} data-testid="consolidated-area" data-area={a.area}>
              <th scope="row" data-label={t('budget.area')}>
                {labelIn(a.label, lang)}
                <span class="cell-note">
                  {t('budget.linesCount', { n: a.lines })}
                  {a.unlinked_lines > 0 && ` · ${t('budget.unlinkedShort', { n: a.unlinked_lines })}`}
                </span>
              </th>
              <td class="numeric" data-label={t('budget.amount')} data-testid="consolidated-area-amount">
                {rupiah(a.amount, lang)}
              </td>
              <td data-label={t('budget.share')}>
                <span data-testid="consolidated-area-share">{percentText(a.share_percent, lang)}</span>
                <Bar share={a.share_percent} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 class="heading-m">{t('budget.byAgency')}</h3>
      {view.by_agency.length === 0 ? (
        <p class="body secondary" data-testid="consolidated-no-plans">
          {t('budget.consolidatedNoPlans', { year: view.year })}
        </p>
      ) : (
        <table class="table table--stacked table--compact" data-testid="consolidated-agencies">
          <caption class="visually-hidden">{t('budget.byAgency')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.agency')}</th>
              <th scope="col">{t('budget.statusLabel')}</th>
              <th scope="col" class="numeric">{t('budget.amount')}</th>
              <th scope="col">{t('budget.share')}</th>
            </tr>
          </thead>
          <tbody>
            {view.by_agency.map((a) => (
              <tr key={a.agency_id} data-testid="consolidated-agency" data-agency-id={a.agency_id}>
                <th scope="row" data-label={t('budget.agency')}>
                  <a class="link" href={`/tata-kelola/anggaran/${a.budget_plan_id}`}>
                    {a.agency_name}
                  </a>
                  <span class="cell-note">
                    {t('budget.linesCount', { n: a.lines })}
                    {a.unlinked_lines > 0 && ` · ${t('budget.unlinkedShort', { n: a.unlinked_lines })}`}
                  </span>
                </th>
                <td data-label={t('budget.statusLabel')}>
                  <strong class={`tag tag--${budgetStatusColour(a.status)}`}>{budgetStatusLabel(a.status, i18n)}</strong>
                </td>
                <td class="numeric" data-label={t('budget.amount')} data-testid="consolidated-agency-amount">
                  {rupiah(a.amount, lang)}
                </td>
                <td data-label={t('budget.share')}>
                  <span data-testid="consolidated-agency-share">{percentText(a.share_percent, lang)}</span>
                  <Bar share={a.share_percent} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {view.agencies_without_plan.length > 0 && (
        <details class="details" data-testid="consolidated-without-plan">
          <summary class="details__summary">{t('budget.withoutPlan', { n: view.agencies_without_plan.length, year: view.year })}</summary>
          <div class="details__text">
            <ul class="list">
              {view.agencies_without_plan.map((a) => (
                <li key={a.agency_id}>{a.agency_name}</li>
              ))}
            </ul>
          </div>
        </details>
      )}

      <p class="body export-links" data-testid="consolidated-export">
        {t('export.label')}{' '}
        <a href={`${CONSOLIDATED_PATH}/export.xlsx${query}`} download data-testid="consolidated-export-xlsx">
          {t('export.xlsx')}
        </a>
        {' · '}
        <a href={`${CONSOLIDATED_PATH}/export.json${query}`} download data-testid="consolidated-export-json">
          {t('export.json')}
        </a>
      </p>
    </div>
  );
}
