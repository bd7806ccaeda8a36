// /tata-kelola/anggaran/{id}: one budget plan (Rencana dan Anggaran SPBE) of an
// agency for a year: its status and the steps taken, the reason when it was
// returned, its lines (amount in rupiah, area, the roadmap activity it carries
// out or the flag that it has none), totals per area, history and exports.
// While it is a draft its agency (or the superadmin) changes the note and the
// lines and submits it; the planning office coordinates, the ICT office
// verifies, either returns it with a reason. The server decides (403, 409, 412).
import { useState } from 'preact/hooks';
import { budgetPlanPath, getBudgetPlan } from '../../api/budgetPlans';
import type { BudgetLine, FullBudgetPlan } from '../../api/budgetPlanTypes';
import { RecordPage, type RecordViewProps } from '../../components/RecordPage';
import { ExportLinks } from '../../components/ExportLinks';
import { Notice } from '../../components/Notice';
import { OpenFormButton } from '../../components/OpenFormButton';
import { RecordHistory } from '../../components/RecordHistory';
import { SavedNotice } from '../../components/SavedNotice';
import { SummaryList } from '../../components/SummaryList';
import { LineForm } from '../../components/budget/LineForm';
import { LineTable } from '../../components/budget/LineTable';
import { NoteForm } from '../../components/budget/NoteForm';
import { useBudgetAccess } from '../../components/budget/useBudgetAccess';
import { WorkflowPanel } from '../../components/budget/WorkflowPanel';
import { formatDateTime } from '../../format/dateTime';
import { budgetStatusColour, budgetStatusLabel, rupiah } from '../../format/budget';
import { labelIn } from '../../format/roadmap';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import type { PageProps } from '../../routes';

export function BudgetPlanPage({ params }: PageProps) {
  const { t } = useI18n();
  return (
    <RecordPage
      id={Number(params[0])}
      load={getBudgetPlan}
      titleOf={(p) => `${p.agency_name} ${p.year}`}
      loadingTitle={t('governance.budget')}
      back={{ href: '/tata-kelola/anggaran', label: t('budget.back'), testId: 'back-to-budget-plans' }}
      view={BudgetPlanView}
    />
  );
}

type Open = { kind: 'note' } | { kind: 'line'; line: BudgetLine | null } | null;

function BudgetPlanView({ record: plan, etag, onChanged, reload }: RecordViewProps<FullBudgetPlan>) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const access = useBudgetAccess();
  const mayEdit = access.mayEdit(plan.agency_id);
  const editable = mayEdit && plan.status === 'draft';
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<MessageKey | null>(null);

  const planChanged = (next: FullBudgetPlan, nextEtag: string | undefined, message: MessageKey) => {
    onChanged(next, nextEtag ?? `"${next.version}"`);
    setOpen(null);
    setDone(message);
  };
  const childChanged = (message: MessageKey) => {
    setOpen(null);
    setDone(message);
    reload();
  };
  const openForm = (next: Open) => {
    setDone(null);
    setOpen(next);
  };
  const step = (at: string | null, by: string | null) => (at ? `${formatDateTime(at, lang, zone)}${by ? ` · ${by}` : ''}` : '—');

  return (
    <>
      <h1 class="heading-xl">
        <span class="caption">{t('budget.planCaption', { year: plan.year })}</span>
        <span data-testid="budget-plan-heading">{plan.agency_name}</span>
      </h1>
      <p class="body">
        <strong class={`tag tag--${budgetStatusColour(plan.status)}`} data-testid="budget-plan-status">
          {budgetStatusLabel(plan.status, i18n)}
        </strong>
      </p>
      {done && <SavedNotice testId="budget-plan-done" text={t(done)} />}
      {plan.returned && plan.status === 'draft' && (
        <Notice kind="info" title={t('budget.returnedTitle')} testId="budget-plan-returned">
          <p class="body" data-testid="budget-plan-returned-reason">
            {plan.returned.reason}
          </p>
          <p class="body secondary">{t('budget.returnedBy', { by: plan.returned.by, at: formatDateTime(plan.returned.at, lang, zone) })}</p>
        </Notice>
      )}

      <SummaryList
        testId="budget-plan-summary"
        rows={[
          { key: 'year', label: t('budget.year'), value: <span data-testid="budget-plan-year">{plan.year}</span> },
          {
            key: 'total',
            label: t('budget.total'),
            value: (
              <span data-testid="budget-plan-total">
                {rupiah(plan.totals.amount, lang)}
                <span class="cell-note">{t('budget.linesCount', { n: plan.totals.lines })}</span>
              </span>
            ),
          },
          {
            key: 'unlinked',
            label: t('budget.unlinkedLines'),
            value: (
              <span data-testid="budget-plan-unlinked">
                {plan.totals.unlinked_lines > 0 ? (
                  <>
                    <strong class="tag tag--yellow">{plan.totals.unlinked_lines}</strong> {t('budget.unlinkedAmount', { amount: rupiah(plan.totals.unlinked_amount, lang) })}
                  </>
                ) : (
                  '0'
                )}
              </span>
            ),
          },
          { key: 'note', label: t('budget.note'), value: <span data-testid="budget-plan-note">{plan.note || <span class="secondary">—</span>}</span> },
          { key: 'submitted', label: t('budget.submittedAt'), value: step(plan.submitted_at, plan.submitted_by) },
          { key: 'coordinated', label: t('budget.coordinatedAt'), value: step(plan.coordinated_at, plan.coordinated_by) },
          { key: 'verified', label: t('budget.verifiedAt'), value: step(plan.verified_at, plan.verified_by) },
        ]}
      />

      <WorkflowPanel plan={plan} etag={etag} access={access} onDone={planChanged} onStale={reload} />

      {!mayEdit && access.known && (
        <p class="body secondary" data-testid="budget-plan-read-only">
          {t('budget.planReadOnly')}
        </p>
      )}
      {mayEdit && plan.status !== 'draft' && (
        <p class="body secondary" data-testid="budget-plan-locked">
          {plan.status === 'verified' ? t('budget.lockedVerified') : t('budget.lockedUnderReview')}
        </p>
      )}
      {editable && open?.kind !== 'note' && <OpenFormButton label={t('budget.noteEdit')} testId="note-edit" onClick={() => openForm({ kind: 'note' })} />}
      {editable && open?.kind === 'note' && (
        <NoteForm plan={plan} etag={etag} onSaved={(p, e) => planChanged(p, e, 'budget.noteSaved')} onClose={() => setOpen(null)} />
      )}

      <section class="section" aria-labelledby="bp-lines-title">
        <h2 class="heading-l" id="bp-lines-title">
          {t('budget.linesTitle')} <span class="heading-count">({plan.lines.length})</span>
        </h2>
        <p class="body">{t('budget.linesIntro')}</p>
        {editable && open?.kind !== 'line' && <OpenFormButton label={t('budget.lineAdd')} testId="line-add" onClick={() => openForm({ kind: 'line', line: null })} />}
        {editable && open?.kind === 'line' && (
          <LineForm
            key={open.line?.id ?? 'new'}
            plan={plan}
            line={open.line}
            onSaved={() => childChanged(open.line ? 'budget.lineSaved' : 'budget.lineAdded')}
            onClose={() => setOpen(null)}
          />
        )}
        {plan.lines.length === 0 ? (
          <p class="body secondary" data-testid="lines-none">
            {t('budget.linesNone')}
          </p>
        ) : (
          <LineTable plan={plan} mayEdit={editable} zone={zone} onEdit={(line) => openForm({ kind: 'line', line })} onDeleted={() => childChanged('budget.lineDeleted')} />
        )}
      </section>

      {plan.lines.length > 0 && (
        <section class="section" aria-labelledby="bp-areas-title">
          <h2 class="heading-l" id="bp-areas-title">
            {t('budget.byArea')}
          </h2>
          <table class="table table--stacked table--compact" data-testid="plan-areas">
            <caption class="visually-hidden">{t('budget.byArea')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budget.area')}</th>
                <th scope="col">{t('budget.lineCount')}</th>
                <th scope="col" class="numeric">{t('budget.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.totals.by_area.map((a) => (
                <tr key={a.area} data-testid="plan-area" data-area={a.area}>
                  <th scope="row" data-label={t('budget.area')}>
                    {labelIn(a.label, lang)}
                  </th>
                  <td data-label={t('budget.lineCount')}>
                    {a.lines}
                    {a.unlinked_lines > 0 && <span class="cell-note">{t('budget.unlinkedShort', { n: a.unlinked_lines })}</span>}
                  </td>
                  <td class="numeric" data-label={t('budget.amount')}>
                    {rupiah(a.amount, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <ExportLinks basePath={budgetPlanPath(plan.id)} testId="budget-plan-export" />
      <RecordHistory recordPath={budgetPlanPath(plan.id)} version={plan.version} zone={zone} />
    </>
  );
}
