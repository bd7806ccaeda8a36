// The agency's training plan of the year (Rencana pelatihan TIK): its items (the
// competency, whom it targets, the quarter, the budget, planned / done / cancelled),
// the total budget, and which of the agency's gaps it closes (employees without basic
// ICT competence targeted by a basic ICT item, and those not yet targeted). An
// operator of the agency (or the ICT office) starts the year's plan, adds items, marks
// an item done with the trainings recorded for it, or cancels it; everyone else reads.
import { useState } from 'preact/hooks';
import { createPlan, getPlan, listAllStaff, listPlans, planPath, updatePlanItem } from '../../api/competencies';
import type { Competency, Plan, PlanItem, StaffRow } from '../../api/competencyTypes';
import { describeError } from '../../errors/describe';
import { rupiah } from '../../format/budget';
import { todayInZone } from '../../format/dateTime';
import { useLoad } from '../../hooks/useLoad';
import { useRegionDetail } from '../../hooks/useRegionDetail';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ExportLinks } from '../ExportLinks';
import { LoadView } from '../LoadView';
import { OpenFormButton } from '../OpenFormButton';
import { RecordHistory } from '../RecordHistory';
import { SavedNotice } from '../SavedNotice';
import { SelectField } from '../form/SelectField';
import { ITEM_STATUS_COLOUR, itemStatusLabel, kindLabel } from './competencyWords';
import { PlanItemForm } from './PlanItemForm';
import { PlanItemDoneForm } from './PlanItemDoneForm';

interface Props {
  agencyId: number;
  mayEdit: boolean;
  catalogue: Competency[];
  changes: number;
  onChanged: () => void;
}

export function TrainingPlanSection({ agencyId, mayEdit, catalogue, changes, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const thisYear = Number(todayInZone(zone).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [planChanges, setPlanChanges] = useState(0);
  const plans = useLoad((signal) => listPlans(agencyId, year, { signal }), `${agencyId}|${year}|${changes}|${planChanges}`);
  const people = useLoad((signal) => listAllStaff(agencyId, { signal }), `${agencyId}|${changes}`);
  const staff = people.state.phase === 'ready' ? people.state.data : [];

  return (
    <section class="section" aria-labelledby="cp-plan-title" data-testid="cp-plan">
      <h2 class="heading-l" id="cp-plan-title">
        {t('competency.planTitle')}
      </h2>
      <p class="body">{t('competency.planIntro')}</p>
      <SelectField
        id="cp-plan-year"
        label={t('competency.planYear')}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: String(y), label: String(y) }))}
      />
      <LoadView loaded={plans}>
        {(data) =>
          data.items.length === 0 ? (
            <NoPlan agencyId={agencyId} year={year} mayEdit={mayEdit} onCreated={() => setPlanChanges((n) => n + 1)} />
          ) : (
            <PlanLoader key={data.items[0]!.id} planId={data.items[0]!.id} mayEdit={mayEdit} catalogue={catalogue} staff={staff} changes={changes} onChanged={onChanged} />
          )
        }
      </LoadView>
    </section>
  );
}

function NoPlan({ agencyId, year, mayEdit, onCreated }: { agencyId: number; year: number; mayEdit: boolean; onCreated: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    if (sending) return;
    setSending(true);
    const answer = await createPlan({ agency_id: agencyId, year, title: t('competency.planDefaultTitle', { year }) });
    setSending(false);
    if (!answer.ok) {
      setError(answer.error.status === 403 ? t('competency.forbiddenPlan') : describeError(answer.error, i18n));
      return;
    }
    onCreated();
  };
  return (
    <>
      <p class="body secondary" data-testid="cp-plan-none">
        {t('competency.planNone', { year })}
      </p>
      {error && (
        <p class="error-message" role="alert" data-testid="cp-plan-create-error">
          {error}
        </p>
      )}
      {mayEdit && (
        <p class="body">
          <button type="button" class="button" disabled={sending} onClick={() => void start()} data-testid="cp-plan-create">
            {t('competency.planCreate', { year })}
          </button>
        </p>
      )}
    </>
  );
}

function PlanLoader(props: { planId: number; mayEdit: boolean; catalogue: Competency[]; staff: StaffRow[]; changes: number; onChanged: () => void }) {
  const [reloads, setReloads] = useState(0);
  const loaded = useLoad((signal) => getPlan(props.planId, { signal }), `${props.planId}|${props.changes}|${reloads}`);
  return (
    <LoadView loaded={loaded}>
      {(plan) => (
        <PlanView
          plan={plan}
          {...props}
          onReplaced={(next) => {
            loaded.replace(next);
            props.onChanged();
          }}
          onReload={() => setReloads((n) => n + 1)}
        />
      )}
    </LoadView>
  );
}

interface ViewProps {
  plan: Plan;
  mayEdit: boolean;
  catalogue: Competency[];
  staff: StaffRow[];
  onReplaced: (plan: Plan) => void;
  onReload: () => void;
}

type Open = { kind: 'add' } | { kind: 'edit'; item: PlanItem } | { kind: 'done'; item: PlanItem } | null;

function PlanView({ plan, mayEdit, catalogue, staff, onReplaced, onReload }: ViewProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const zone = useRegionDetail()?.time_zone;
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const nameOf = new Map(staff.map((p) => [p.person_id, p.name]));
  const changed = (message: string) => (next: Plan) => {
    setOpen(null);
    setConflict(false);
    setDone(message);
    onReplaced(next);
  };
  const cancel = async (item: PlanItem) => {
    setError(null);
    const answer = await updatePlanItem(plan, item.id, { status: 'cancelled' });
    setCancelling(null);
    if (!answer.ok) {
      if (answer.error.status === 412) setConflict(true);
      else setError(answer.error.status === 403 ? t('competency.forbiddenPlan') : describeError(answer.error, i18n));
      return;
    }
    changed(t('competency.itemCancelled'))(answer.data);
  };
  const quarter = (q: number) => t('competency.quarterValue', { quarter: ['I', 'II', 'III', 'IV'][q - 1] ?? String(q) });

  return (
    <div data-testid="cp-plan-view" data-plan-id={plan.id}>
      <h3 class="heading-m" data-testid="cp-plan-name">
        {plan.title}
      </h3>
      {done && <SavedNotice testId="cp-plan-done" text={done} />}
      {conflict && (
        <ConflictBox
          testId="cp-plan-conflict"
          onReload={() => {
            setConflict(false);
            onReload();
          }}
        />
      )}
      {error && (
        <p class="error-message" role="alert" data-testid="cp-plan-error">
          {error}
        </p>
      )}
      <p class="body" data-testid="cp-plan-budget">
        {t('competency.planBudget', { amount: rupiah(plan.budget_rupiah_total, lang), items: plan.items.length })}
      </p>
      <div class="cp-coverage" data-testid="cp-plan-coverage">
        <p class="body">
          {t('competency.coverage', { targeted: plan.coverage.targeted.length, total: plan.coverage.without_basic_ict })}
        </p>
        {plan.coverage.not_targeted.length > 0 && (
          <p class="body secondary" data-testid="cp-plan-not-targeted">
            {t('competency.notTargeted', { names: plan.coverage.not_targeted.map((p) => p.name).join(', ') })}
          </p>
        )}
      </div>
      {plan.items.length === 0 ? (
        <p class="body secondary" data-testid="cp-plan-items-none">
          {t('competency.itemsNone')}
        </p>
      ) : (
        <table class="table table--stacked table--compact" data-testid="cp-plan-items">
          <caption class="visually-hidden">{t('competency.items')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('competency.itemTitle')}</th>
              <th scope="col">{t('competency.targets')}</th>
              <th scope="col">{t('competency.quarter')}</th>
              <th scope="col" class="numeric">{t('competency.budget')}</th>
              <th scope="col">{t('competency.status')}</th>
              {mayEdit && <th scope="col">{t('competency.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item) => (
              <tr key={item.id} data-testid="cp-item" data-item-id={item.id} data-status={item.status}>
                <th scope="row" data-label={t('competency.itemTitle')}>
                  <span class="cell-line" data-testid="cp-item-title">
                    {item.title}
                  </span>
                  <span class="cell-note secondary">
                    {item.competency_name === kindLabel(item.competency_kind, i18n) ? item.competency_name : `${item.competency_name} · ${kindLabel(item.competency_kind, i18n)}`}
                  </span>
                </th>
                <td data-label={t('competency.targets')} data-testid="cp-item-targets">
                  <span class="cell-line">{t('competency.targetCount', { count: item.target_count })}</span>
                  {item.target_person_ids.length > 0 && (
                    <span class="cell-note secondary">{item.target_person_ids.map((id) => nameOf.get(id) ?? `#${id}`).join(', ')}</span>
                  )}
                </td>
                <td data-label={t('competency.quarter')} data-testid="cp-item-when">
                  {quarter(item.quarter)}
                </td>
                <td class="numeric" data-label={t('competency.budget')}>
                  {rupiah(item.budget_rupiah, lang)}
                </td>
                <td data-label={t('competency.status')}>
                  <strong class={`tag tag--${ITEM_STATUS_COLOUR[item.status] ?? 'grey'}`} data-testid="cp-item-status">
                    {itemStatusLabel(item.status, i18n)}
                  </strong>
                  {item.training_ids.length > 0 && <span class="cell-note secondary">{t('competency.itemTrainings', { count: item.training_ids.length })}</span>}
                </td>
                {mayEdit && (
                  <td data-label={t('competency.actions')}>
                    {item.status === 'planned' &&
                      (cancelling === item.id ? (
                        <div class="confirm" role="alert" data-testid="cp-item-cancel-confirm">
                          <p class="body">{t('competency.itemCancelQuestion')}</p>
                          <div class="button-group">
                            <button type="button" class="button button--warning" onClick={() => void cancel(item)} data-testid="cp-item-cancel-yes">
                              {t('competency.itemCancelYes')}
                            </button>
                            <button type="button" class="link-button" onClick={() => setCancelling(null)}>
                              {t('common.cancel')}
                            </button>
                          </div>
                        </div>
                      ) : (
                        <>
                          <button
                            type="button"
                            class="link-button cell-line"
                            onClick={() => {
                              setDone(null);
                              setOpen({ kind: 'edit', item });
                            }}
                            data-testid="cp-item-edit"
                          >
                            {t('competency.change')}
                            <span class="visually-hidden"> {item.title}</span>
                          </button>
                          <button
                            type="button"
                            class="link-button cell-line"
                            onClick={() => {
                              setDone(null);
                              setOpen({ kind: 'done', item });
                            }}
                            data-testid="cp-item-done"
                          >
                            {t('competency.itemMarkDone')}
                            <span class="visually-hidden"> {item.title}</span>
                          </button>
                          <button
                            type="button"
                            class="link-button link-button--danger cell-line"
                            onClick={() => {
                              setDone(null);
                              setCancelling(item.id);
                            }}
                            data-testid="cp-item-cancel"
                          >
                            {t('competency.itemCancel')}
                            <span class="visually-hidden"> {item.title}</span>
                          </button>
                        </>
                      ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayEdit && open === null && (
        <OpenFormButton
          label={t('competency.itemAdd')}
          testId="cp-item-add"
          onClick={() => {
            setDone(null);
            setOpen({ kind: 'add' });
          }}
        />
      )}
      {mayEdit && open?.kind === 'add' && (
        <PlanItemForm key={plan.version} plan={plan} catalogue={catalogue} staff={staff} onSaved={changed(t('competency.itemAdded'))} onStale={onReload} onClose={() => setOpen(null)} />
      )}
      {mayEdit && open?.kind === 'edit' && (
        <PlanItemForm
          key={`${open.item.id}.${plan.version}`}
          plan={plan}
          item={open.item}
          catalogue={catalogue}
          staff={staff}
          onSaved={changed(t('competency.itemSaved'))}
          onStale={onReload}
          onClose={() => setOpen(null)}
        />
      )}
      {mayEdit && open?.kind === 'done' && (
        <PlanItemDoneForm key={`${open.item.id}.${plan.version}`} plan={plan} item={open.item} staff={staff} onSaved={changed(t('competency.itemDone'))} onStale={onReload} onClose={() => setOpen(null)} />
      )}
      <ExportLinks basePath={planPath(plan.id)} testId="cp-plan-export" />
      <RecordHistory recordPath={planPath(plan.id)} version={plan.version} zone={zone} />
    </div>
  );
}
