// "Buat rencana anggaran": one plan per agency per year (Madiun Pasal 8 ayat
// (1)). An operator makes their own agency's; the superadmin chooses the
// agency. What was typed survives a reload (useDraft); after saving, the plan's
// page opens to add its lines.
import { useState } from 'preact/hooks';
import { createBudgetPlan } from '../../api/budgetPlans';
import { apiFormErrors, fieldErrors, hasErrors } from '../../forms/formErrors';
import { useFormErrors } from '../../forms/useFormErrors';
import { yearOf } from '../../format/roadmap';
import { useAgencies } from '../../hooks/useAgencies';
import { useDraft } from '../../hooks/useDraft';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

const IDS = { agency_id: 'bp-new-agency', year: 'bp-new-year', note: 'bp-new-note' };

interface Props {
  chooseAgency: boolean; // the superadmin chooses; an operator's own agency otherwise
  ownAgencyName: string | null;
  defaultYear: number;
  onClose: () => void;
}

export function BudgetPlanCreateForm({ chooseAgency, ownAgencyName, defaultYear, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { agencies } = useAgencies();
  const [draft, update, reset] = useDraft('budget.create', { agency_id: '', year: String(defaultYear), note: '' });
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const year = yearOf(draft.year);
    const found = ({ t }: I18n) =>
      fieldErrors([
        [IDS.agency_id, chooseAgency && !draft.agency_id ? t('budget.error.agencyMissing') : null],
        [IDS.year, year === null || year < 2000 || year > 2100 ? t('budget.error.yearInvalid') : null],
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    setSending(true);
    const answer = await createBudgetPlan({
      ...(chooseAgency ? { agency_id: Number(draft.agency_id) } : {}),
      year,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    });
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => {
        const shown = apiFormErrors(error, wording, IDS);
        // One plan per agency per year: say it beside the year.
        return error.status === 409 ? { summary: shown.summary.map((s) => ({ ...s, fieldId: IDS.year })), fields: { [IDS.year]: shown.summary[0]?.text ?? '' } } : shown;
      });
      return;
    }
    clear();
    reset();
    const path = `/tata-kelola/anggaran/${answer.data.id}`;
    flashOn(path, 'budget.created');
    navigate(path);
  };

  return (
    <section class="section panel" aria-labelledby="bp-new-title">
      <h2 class="heading-m" id="bp-new-title">
        {t('budget.createTitle')}
      </h2>
      <p class="body">{t('budget.createIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="budget-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {chooseAgency ? (
          <SelectField
            id={IDS.agency_id}
            label={t('budget.agency')}
            value={draft.agency_id}
            options={[{ value: '', label: t('budget.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            onChange={(agency_id) => update({ agency_id })}
            error={errors.fields[IDS.agency_id]}
          />
        ) : (
          <p class="body">
            <strong>{t('budget.agency')}:</strong> {ownAgencyName ?? '—'}
          </p>
        )}
        <TextField
          id={IDS.year}
          label={t('budget.year')}
          hint={t('budget.yearHint')}
          value={draft.year}
          onInput={(year) => update({ year })}
          error={errors.fields[IDS.year]}
          width="short"
          inputProps={{ inputMode: 'numeric', maxLength: 4 }}
        />
        <TextArea id={IDS.note} label={t('budget.noteOptional')} value={draft.note} onInput={(note) => update({ note })} error={errors.fields[IDS.note]} />
        <SaveCancelButtons saveLabel={t('budget.createSubmit')} saveTestId="budget-create-submit" saving={sending} cancelTestId="budget-create-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
