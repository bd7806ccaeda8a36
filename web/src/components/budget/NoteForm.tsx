// "Ubah catatan" of a draft budget plan, sent with If-Match: when someone else
// saved first (412) it says so, offers the latest version and shows what was typed.
import { getBudgetPlan, updateBudgetPlan } from '../../api/budgetPlans';
import type { FullBudgetPlan } from '../../api/budgetPlanTypes';
import { NO_ERRORS } from '../../forms/formErrors';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';

const IDS = { note: 'bp-note' };

interface Base {
  plan: FullBudgetPlan;
  etag: string;
}

interface Props {
  plan: FullBudgetPlan;
  etag: string;
  onSaved: (plan: FullBudgetPlan, etag?: string) => void;
  onClose: () => void;
}

export function NoteForm({ plan, etag, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const form = useVersionedForm<Base, { note: string }>({ plan, etag }, (b) => ({ note: b.plan.note }), IDS);
  const { base, values, set, errors, unsaved } = form;
  const save = form.save({
    check: () => NO_ERRORS,
    send: () => (values.note.trim() === base.plan.note ? null : updateBudgetPlan(base.plan.id, values.note.trim(), base.etag)),
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });
  const reloadLatest = () => form.reload(getBudgetPlan(base.plan.id), (latest, latestEtag) => ({ plan: latest, etag: latestEtag ?? `"${latest.version}"` }));
  return (
    <FormPanel title={t('budget.noteEditTitle')} testId="note-form">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="note-conflict" />}
      {unsaved && <UnsavedValues testId="note-unsaved" rows={[[t('budget.note'), unsaved.note]]} />}
      <form class="form" onSubmit={save} noValidate data-testid="note-form-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TextArea id={IDS.note} label={t('budget.note')} value={values.note} onInput={(note) => set({ note })} error={errors.fields[IDS.note]} rows={4} />
        <SaveCancelButtons saveLabel={t('budget.noteSave')} saveTestId="note-save" saving={form.saving} cancelTestId="note-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
