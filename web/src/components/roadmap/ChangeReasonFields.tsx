// The reason for changing an enacted roadmap (Kendari Pasal 8 ayat (5)-(6);
// Madiun Pasal 7 ayat (6) …): one of the reasons the region's regulation lists,
// with its article, an optional note, and the decree of the change (number and
// date, both or neither). Explains that recording how a year went (realisation
// only) is monitoring and needs no reason.
import type { ChangeReason } from '../../api/roadmapTypes';
import type { ChangeFields } from '../../api/roadmaps';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { labelIn } from '../../format/roadmap';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export interface ChangeValues {
  change_reason: string;
  change_note: string;
  change_decree_number: string;
  change_decree_date: string;
}

export const EMPTY_CHANGE: ChangeValues = { change_reason: '', change_note: '', change_decree_number: '', change_decree_date: '' };

interface Ids {
  change_reason: string;
  change_note: string;
  change_decree_number: string;
  change_decree_date: string;
}

// The change fields to send: nothing when no reason was chosen.
export function changeInput(values: ChangeValues): ChangeFields {
  if (!values.change_reason) return {};
  return {
    change_reason: values.change_reason,
    ...(values.change_note.trim() ? { change_note: values.change_note.trim() } : {}),
    ...(values.change_decree_number.trim() ? { change_decree_number: values.change_decree_number.trim() } : {}),
    ...(values.change_decree_date ? { change_decree_date: values.change_decree_date } : {}),
  };
}

// `needed`: the change touches the plan of an enacted roadmap.
export function checkChange(values: ChangeValues, ids: Ids, needed: boolean, { t }: I18n): FormErrors {
  const number = values.change_decree_number.trim();
  return fieldErrors([
    [ids.change_reason, needed && !values.change_reason ? t('roadmap.error.reasonMissing') : null],
    [ids.change_decree_number, !number && values.change_decree_date ? t('roadmap.error.changeDecreeBoth') : null],
    [ids.change_decree_date, number && !values.change_decree_date ? t('roadmap.error.changeDecreeBoth') : null],
  ]);
}

interface Props {
  ids: Ids;
  reasons: ChangeReason[];
  values: ChangeValues;
  set: (changes: Partial<ChangeValues>) => void;
  errors: FormErrors;
  monitoringNote?: boolean; // say that a change of the realisation only needs no reason
  today: string;
}

export function ChangeReasonFields({ ids, reasons, values, set, errors, monitoringNote = false, today }: Props) {
  const { t, lang } = useI18n();
  return (
    <div class="change-reason" data-testid="change-reason-fields">
      <h3 class="heading-s">{t('roadmap.changeTitle')}</h3>
      <p class="body">{t('roadmap.changeIntro')}</p>
      {monitoringNote && (
        <p class="body secondary" data-testid="change-reason-monitoring-note">
          {t('roadmap.changeMonitoringNote')}
        </p>
      )}
      <RadioGroup
        id={ids.change_reason}
        legend={t('roadmap.changeReason')}
        value={values.change_reason}
        onChange={(change_reason) => set({ change_reason })}
        options={reasons.map((r) => ({ value: r.code, label: r.article ? `${labelIn(r.label, lang)} (${r.article})` : labelIn(r.label, lang) }))}
        error={errors.fields[ids.change_reason]}
      />
      <TextArea id={ids.change_note} label={t('roadmap.changeNote')} hint={t('roadmap.changeNoteHint')} value={values.change_note} onInput={(change_note) => set({ change_note })} error={errors.fields[ids.change_note]} />
      <TextField
        id={ids.change_decree_number}
        label={t('roadmap.changeDecreeNumber')}
        hint={t('roadmap.changeDecreeHint')}
        value={values.change_decree_number}
        onInput={(change_decree_number) => set({ change_decree_number })}
        error={errors.fields[ids.change_decree_number]}
        autoComplete="off"
      />
      <TextField
        id={ids.change_decree_date}
        label={t('roadmap.changeDecreeDate')}
        type="date"
        width="short"
        value={values.change_decree_date}
        onInput={(change_decree_date) => set({ change_decree_date })}
        error={errors.fields[ids.change_decree_date]}
        inputProps={{ max: today }}
      />
    </div>
  );
}
