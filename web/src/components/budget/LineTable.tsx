// The lines of a budget plan: description, area, the roadmap activity it
// carries out (or the flag "belum terhubung ke peta rencana"), the amount in
// rupiah and its flags; while the plan is a draft, its agency changes and
// deletes them. Each line keeps its own history.
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client';
import { budgetLinePath, deleteLine } from '../../api/budgetPlans';
import type { BudgetLine, FullBudgetPlan } from '../../api/budgetPlanTypes';
import { flagLabel, rupiah } from '../../format/budget';
import { labelIn } from '../../format/roadmap';
import { useErrorItems } from '../../hooks/useErrorItems';
import { useI18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { RecordHistory } from '../RecordHistory';

interface Props {
  plan: FullBudgetPlan;
  mayEdit: boolean;
  zone?: string;
  onEdit: (line: BudgetLine) => void;
  onDeleted: (line: BudgetLine) => void;
}

export function LineTable({ plan, mayEdit, zone, onEdit, onDeleted }: Props) {
  const { t, lang } = useI18n();
  return (
    <table class="table table--stacked table--compact" data-testid="lines-table">
      <caption class="visually-hidden">{t('budget.linesTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budget.description')}</th>
          <th scope="col">{t('budget.area')}</th>
          <th scope="col">{t('budget.activity')}</th>
          <th scope="col" class="numeric">{t('budget.amount')}</th>
          {mayEdit && <th scope="col">{t('budget.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {plan.lines.map((line) => (
          <LineRow key={line.id} line={line} mayEdit={mayEdit} zone={zone} onEdit={onEdit} onDeleted={onDeleted} />
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('budget.total')}
          </th>
          <td class="numeric" data-testid="lines-total">
            <strong>{rupiah(plan.totals.amount, lang)}</strong>
          </td>
          {mayEdit && <td />}
        </tr>
      </tfoot>
    </table>
  );
}

function LineRow({ line, mayEdit, zone, onEdit, onDeleted }: { line: BudgetLine; mayEdit: boolean; zone?: string; onEdit: (l: BudgetLine) => void; onDeleted: (l: BudgetLine) => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorItems = useErrorItems(error);

  const remove = async () => {
    setSending(true);
    const answer = await deleteLine(line.id, `"${line.version}"`);
    setSending(false);
    if (answer.ok) onDeleted(line);
    else setError(answer.error);
  };

  return (
    <tr data-testid="line-row" data-line-id={line.id} data-flags={line.flags.join(' ')}>
      <th scope="row" data-label={t('budget.description')}>
        <span class="cell-line" data-testid="line-description">
          {line.description}
        </span>
        {line.procurement && <span class="cell-note">{t('budget.procurementLabel')}</span>}
        {line.flags.map((f) => (
          <strong key={f} class="tag tag--yellow tag-line" data-testid="line-flag" data-flag={f}>
            {flagLabel(f, i18n)}
          </strong>
        ))}
        <RecordHistory recordPath={budgetLinePath(line.id)} version={line.version} zone={zone} />
      </th>
      <td data-label={t('budget.area')} data-testid="line-area">
        {labelIn(line.area_label, lang)}
      </td>
      <td data-label={t('budget.activity')} data-testid="line-activity">
        {line.roadmap_activity ? (
          <>
            <span class="cell-line">
              <a class="link" href={`/tata-kelola/peta-rencana/${line.roadmap_activity.roadmap_id}`}>
                {line.roadmap_activity.name}
              </a>
            </span>
            <span class="cell-note">
              {line.roadmap_activity.program} · {line.roadmap_activity.roadmap_title}
            </span>
          </>
        ) : (
          <span class="secondary">{t('budget.noLink')}</span>
        )}
      </td>
      <td class="numeric" data-label={t('budget.amount')} data-testid="line-amount">
        {rupiah(line.amount, lang)}
      </td>
      {mayEdit && (
        <td data-label={t('budget.actions')}>
          <ErrorSummary items={errorItems} testId="line-delete-error" />
          <button type="button" class="link-button" onClick={() => onEdit(line)} data-testid="line-edit">
            {t('budget.lineEdit')}
            <span class="visually-hidden"> {line.description}</span>
          </button>{' '}
          {!confirming ? (
            <button type="button" class="link-button" onClick={() => setConfirming(true)} data-testid="line-delete">
              {t('budget.lineDelete')}
              <span class="visually-hidden"> {line.description}</span>
            </button>
          ) : (
            <span>
              <span class="cell-note">{t('budget.lineDeleteConfirm')}</span>
              <button type="button" class="link-button" disabled={sending} onClick={() => void remove()} data-testid="line-delete-confirm">
                {t('budget.lineDeleteYes')}
              </button>{' '}
              <button type="button" class="link-button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </span>
          )}
        </td>
      )}
    </tr>
  );
}
