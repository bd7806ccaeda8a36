// "Tambah kegiatan pelatihan" (or changing a planned one): an item of the agency's plan:
// the competency it builds (kept once made), a title, the employees it targets (and how
// many in all), the quarter and the budget.
// The plan's version goes along (If-Match): when someone changed the plan meanwhile,
// the latest plan is loaded and what was typed stays.
import { addPlanItem, updatePlanItem } from '../../api/competencies';
import { QUARTERS, type Competency, type Plan, type PlanItem, type StaffRow } from '../../api/competencyTypes';
import { amountText, parseAmount } from '../../format/budget';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { kindLabel } from './competencyWords';
import { explainPlanForbidden } from './planWords';

const IDS = {
  competency_id: 'cp-item-competency',
  title: 'cp-item-title-input',
  target_person_ids: 'cp-item-targets-input',
  target_count: 'cp-item-count',
  quarter: 'cp-item-quarter',
  budget_rupiah: 'cp-item-budget',
};

interface Props {
  plan: Plan;
  item?: PlanItem; // a planned item to change; none: a new one
  catalogue: Competency[];
  staff: StaffRow[];
  onSaved: (plan: Plan) => void;
  onStale: () => void;
  onClose: () => void;
}

export function PlanItemForm({ plan, item, catalogue, staff, onSaved, onStale, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [draft, update, reset] = useDraft(`competency.planItem.${plan.id}.${item?.id ?? 'new'}`, {
    competency_id: item ? String(item.competency_id) : '',
    title: item?.title ?? '',
    targets: (item?.target_person_ids ?? []).map(String),
    target_count: item ? String(item.target_count) : '',
    quarter: item ? String(item.quarter) : '',
    budget: item ? amountText(item.budget_rupiah, lang) : '',
  });
  const { errors, focusKey, sending, conflict, send } = useSendForm(IDS);
  const budget = draft.budget.trim() ? parseAmount(draft.budget) : 0;
  const count = draft.target_count.trim();

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.competency_id, draft.competency_id ? null : t('competency.error.competencyMissing')],
      [IDS.title, draft.title.trim() ? null : t('competency.error.itemTitleMissing')],
      [
        IDS.target_count,
        count === ''
          ? draft.targets.length === 0
            ? t('competency.error.targetsMissing')
            : null
          : !/^\d+$/.test(count) || Number(count) < Math.max(1, draft.targets.length)
            ? t('competency.error.targetCount', { min: Math.max(1, draft.targets.length) })
            : null,
      ],
      [IDS.quarter, draft.quarter ? null : t('competency.error.quarterMissing')],
      [IDS.budget_rupiah, budget === null || budget === 'too-big' ? t('competency.error.budget') : null],
    ]);

  const submit = send({
    check,
    request: () => {
      const changes = {
        title: draft.title.trim(),
        target_person_ids: draft.targets.map(Number),
        ...(count ? { target_count: Number(count) } : {}),
        quarter: Number(draft.quarter),
        budget_rupiah: typeof budget === 'number' ? budget : 0,
      };
      return item ? updatePlanItem(plan, item.id, changes) : addPlanItem(plan, { competency_id: Number(draft.competency_id), ...changes });
    },
    onSent: (next) => {
      reset();
      onSaved(next);
    },
    explain: explainPlanForbidden,
  });

  return (
    <FormPanel title={item ? t('competency.itemEditTitle', { title: item.title }) : t('competency.itemAddTitle')} testId="cp-item-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-item-form">
        {conflict && <ConflictBox testId="cp-item-conflict" onReload={onStale} />}
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {item ? (
          <p class="body">
            <strong>{t('competency.competency')}:</strong> {item.competency_name}
          </p>
        ) : (
          <SelectField
            id={IDS.competency_id}
            label={t('competency.competency')}
            value={draft.competency_id}
            onChange={(competency_id) => update({ competency_id })}
            options={[{ value: '', label: t('competency.choose') }, ...catalogue.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name} (${kindLabel(c.kind, i18n)})` }))]}
            error={errors.fields[IDS.competency_id]}
          />
        )}
        <TextField id={IDS.title} label={t('competency.itemTitle')} hint={t('competency.itemTitleHint')} value={draft.title} onInput={(title) => update({ title })} error={errors.fields[IDS.title]} inputProps={{ maxLength: 200 }} />
        {staff.length > 0 && (
          <CheckboxGroup
            id={IDS.target_person_ids}
            legend={t('competency.targets')}
            hint={t('competency.targetsHint')}
            values={draft.targets}
            onChange={(targets) => update({ targets })}
            options={staff.map((p) => ({ value: String(p.person_id), label: p.name, hint: p.has_basic_ict ? undefined : t('competency.noBasic') }))}
            error={errors.fields[IDS.target_person_ids]}
          />
        )}
        <TextField
          id={IDS.target_count}
          type="number"
          width="short"
          label={t('competency.targetCountLabel')}
          hint={t('competency.targetCountHint')}
          value={draft.target_count}
          onInput={(target_count) => update({ target_count })}
          error={errors.fields[IDS.target_count]}
          inputProps={{ min: 1 }}
        />
        <RadioGroup
          id={IDS.quarter}
          legend={t('competency.quarter')}
          value={draft.quarter}
          onChange={(quarter) => update({ quarter })}
          options={QUARTERS.map((q) => ({ value: String(q), label: t('competency.quarterValue', { quarter: ['I', 'II', 'III', 'IV'][q - 1]! }) }))}
          error={errors.fields[IDS.quarter]}
        />
        <TextField
          id={IDS.budget_rupiah}
          width="half"
          label={t('competency.budgetLabel')}
          hint={t('competency.budgetHint')}
          value={draft.budget}
          onInput={(v) => update({ budget: v })}
          error={errors.fields[IDS.budget_rupiah]}
          inputProps={{ inputMode: 'numeric' }}
        />
        <SaveCancelButtons saveLabel={item ? t('competency.saveChanges') : t('competency.itemSave')} saveTestId="cp-item-save" saving={sending} cancelTestId="cp-item-cancel-form" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
