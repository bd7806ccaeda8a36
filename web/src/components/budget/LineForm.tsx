// "Tambah baris anggaran" / "Ubah baris anggaran" (while the plan is a draft):
// the description, the amount in whole rupiah, the area, the roadmap activity it
// carries out (chosen from the activities of the roadmap for the plan's year —
// or none, which flags the line "belum terhubung ke peta rencana") and whether
// it is a procurement. Changes are sent with If-Match: 412 shows the conflict
// and keeps what was typed.
import { addLine, getBudgetPlan, updateLine, type LineInput } from '../../api/budgetPlans';
import type { BudgetLine, FullBudgetPlan } from '../../api/budgetPlanTypes';
import { AREAS } from '../../api/roadmapTypes';
import { amountText, parseAmount } from '../../format/budget';
import { areaLabel } from '../../format/roadmap';
import { fieldErrors } from '../../forms/formErrors';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { FieldWrapper, controlAttributes } from '../form/FieldWrapper';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { useYearActivities } from './useYearActivities';

interface Values {
  description: string;
  amount: string;
  area: string; // '' with a link: the activity's area
  activity: string; // '' for no link
  procurement: boolean;
}

interface Base {
  line: BudgetLine | null;
  etag: string;
}

const idsFor = (prefix: string) => ({
  description: `${prefix}-description`,
  amount: `${prefix}-amount`,
  area: `${prefix}-area`,
  roadmap_activity_id: `${prefix}-activity`,
  procurement: `${prefix}-procurement`,
});

function valuesOf({ line }: Base, lang: 'id' | 'en'): Values {
  return {
    description: line?.description ?? '',
    amount: line ? amountText(line.amount, lang) : '',
    area: line?.area ?? '',
    activity: line?.roadmap_activity_id ? String(line.roadmap_activity_id) : '',
    procurement: line?.procurement ?? false,
  };
}

function changesOf(line: BudgetLine | null, values: Values): LineInput {
  const out: LineInput = {};
  const amount = parseAmount(values.amount);
  const activity = values.activity ? Number(values.activity) : null;
  if (!line || values.description.trim() !== line.description) out.description = values.description.trim();
  if (typeof amount === 'number' && (!line || amount !== line.amount)) out.amount = amount;
  if (values.area && (!line || values.area !== line.area)) out.area = values.area;
  if (line ? activity !== line.roadmap_activity_id : activity !== null) out.roadmap_activity_id = activity;
  if (!line || values.procurement !== line.procurement) out.procurement = values.procurement;
  return out;
}

function checkLine(values: Values, ids: ReturnType<typeof idsFor>, { t }: I18n) {
  const amount = parseAmount(values.amount);
  return fieldErrors([
    [ids.description, values.description.trim() ? null : t('budget.error.descriptionMissing')],
    [ids.amount, !values.amount.trim() ? t('budget.error.amountMissing') : amount === 'too-big' ? t('budget.error.amountTooBig') : amount === null ? t('budget.error.amountInvalid') : null],
    [ids.area, !values.area && !values.activity ? t('budget.error.areaMissing') : null],
  ]);
}

interface Props {
  plan: FullBudgetPlan;
  line: BudgetLine | null;
  onSaved: (line: BudgetLine) => void;
  onClose: () => void;
}

export function LineForm({ plan, line, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const ids = idsFor(line ? `line-${line.id}` : 'line-new');
  const form = useVersionedForm<Base, Values>({ line, etag: line ? `"${line.version}"` : '' }, (b) => valuesOf(b, lang), ids);
  const { base, values, set, errors, unsaved } = form;
  const year = useYearActivities(plan.year);

  const save = form.save({
    check: (wording) => checkLine(values, ids, wording),
    send: () => {
      const changes = changesOf(base.line, values);
      if (Object.keys(changes).length === 0) return null;
      return base.line ? updateLine(base.line.id, changes, base.etag) : addLine(plan.id, changes);
    },
    onSaved: (saved) => onSaved(saved),
  });

  const reloadLatest = () =>
    form.reload(getBudgetPlan(plan.id), (latest) => {
      const fresh = latest.lines.find((l) => l.id === base.line?.id);
      return fresh ? { line: fresh, etag: `"${fresh.version}"` } : undefined;
    });

  const activityName = (id: string) => {
    for (const g of year.groups) for (const a of g.activities) if (String(a.id) === id) return `${a.program} — ${a.name}`;
    return base.line?.roadmap_activity && String(base.line.roadmap_activity.id) === id ? `${base.line.roadmap_activity.program} — ${base.line.roadmap_activity.name}` : id ? `#${id}` : t('budget.noLink');
  };
  const known = year.groups.some((g) => g.activities.some((a) => String(a.id) === values.activity));
  const activityHint = year.loaded && year.groups.length === 0 ? t('budget.activityHintNoRoadmap', { year: plan.year }) : t('budget.activityHint', { year: plan.year });

  return (
    <FormPanel title={line ? t('budget.lineEditTitle') : t('budget.lineAddTitle')} testId="line-form">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="line-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="line-unsaved"
          rows={[
            [t('budget.description'), unsaved.description],
            [t('budget.amount'), unsaved.amount],
            [t('budget.area'), unsaved.area ? areaLabel(unsaved.area, i18n) : ''],
            [t('budget.activity'), activityName(unsaved.activity)],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="line-form-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TextField id={ids.description} label={t('budget.description')} value={values.description} onInput={(description) => set({ description })} error={errors.fields[ids.description]} />
        <FieldWrapper id={ids.amount} label={t('budget.amountLabel')} hint={t('budget.amountHint')} error={errors.fields[ids.amount]}>
          <div class="input-prefix">
            <span class="input-prefix__text" aria-hidden="true">
              Rp
            </span>
            <input
              {...controlAttributes(ids.amount, t('budget.amountHint'), errors.fields[ids.amount])}
              class={`input input--half${errors.fields[ids.amount] ? ' input--error' : ''}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              value={values.amount}
              onInput={(e) => set({ amount: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        </FieldWrapper>
        <SelectField
          id={ids.roadmap_activity_id}
          label={t('budget.activity')}
          hint={activityHint}
          value={values.activity}
          options={[
            { value: '', label: t('budget.noLinkOption') },
            ...year.groups.flatMap((g) => g.activities.map((a) => ({ value: String(a.id), label: `${a.program} — ${a.name} (${g.roadmap.title})` }))),
            ...(values.activity && !known ? [{ value: values.activity, label: activityName(values.activity) }] : []),
          ]}
          onChange={(activity) => set({ activity })}
          error={errors.fields[ids.roadmap_activity_id]}
        />
        {!values.activity && (
          <p class="body" data-testid="line-form-unlinked">
            <strong class="tag tag--yellow">{t('budget.flag.no_roadmap_link')}</strong> {t('budget.unlinkedExplain')}
          </p>
        )}
        <SelectField
          id={ids.area}
          label={t('budget.area')}
          hint={values.activity ? t('budget.areaHintLinked') : t('budget.areaHint')}
          value={values.area}
          options={[{ value: '', label: values.activity ? t('budget.areaFromActivity') : t('budget.chooseArea') }, ...AREAS.map((a) => ({ value: a, label: areaLabel(a, i18n) }))]}
          onChange={(area) => set({ area })}
          error={errors.fields[ids.area]}
        />
        <CheckboxGroup
          id={ids.procurement}
          legend={t('budget.procurementLegend')}
          values={values.procurement ? ['yes'] : []}
          options={[{ value: 'yes', label: t('budget.procurementLabel'), hint: t('budget.procurementHint') }]}
          onChange={(v) => set({ procurement: v.includes('yes') })}
          error={errors.fields[ids.procurement]}
        />
        <SaveCancelButtons saveLabel={line ? t('budget.lineSave') : t('budget.lineAdd')} saveTestId="line-save" saving={form.saving} cancelTestId="line-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
