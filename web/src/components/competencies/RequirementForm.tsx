// "Tambah kebutuhan" (the ICT office): a requirement of the office's own policy, beside
// those of the region's regulation: whom it binds, what it asks for (one competency, any
// competency of a kind, or Pranata Komputer), how many people per agency, and a note.
import { createRequirement, type RequirementInput } from '../../api/competencies';
import { APPLIES_TO, COMPETENCY_KINDS, type Competency } from '../../api/competencyTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { appliesToLabel, kindLabel } from './competencyWords';

const IDS = {
  applies_to: 'cp-req-applies-to',
  what: 'cp-req-what-choice',
  competency_id: 'cp-req-competency',
  competency_kind: 'cp-req-kind',
  pranata_komputer: 'cp-req-what-choice',
  min_people: 'cp-req-min',
  note: 'cp-req-note',
};

const EMPTY = { applies_to: '', what: '', competency_id: '', competency_kind: '', min_people: '1', note: '' };

export function RequirementForm({ catalogue, onSaved, onClose }: { catalogue: Competency[]; onSaved: () => void; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, update, reset] = useDraft('competency.requirement', EMPTY);
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const perAgency = draft.applies_to !== '' && draft.applies_to !== 'each_employee';

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.applies_to, draft.applies_to ? null : t('competency.error.appliesToMissing')],
      [IDS.what, draft.what ? null : t('competency.error.whatMissing')],
      [IDS.competency_id, draft.what === 'competency' && !draft.competency_id ? t('competency.error.competencyMissing') : null],
      [IDS.competency_kind, draft.what === 'kind' && !draft.competency_kind ? t('competency.error.kindMissing') : null],
      [IDS.min_people, perAgency && !(/^\d+$/.test(draft.min_people) && Number(draft.min_people) >= 1 && Number(draft.min_people) <= 100) ? t('competency.error.minPeople') : null],
    ]);

  const input = (): RequirementInput => ({
    applies_to: draft.applies_to,
    ...(draft.what === 'competency' ? { competency_id: Number(draft.competency_id) } : {}),
    ...(draft.what === 'kind' ? { competency_kind: draft.competency_kind } : {}),
    ...(draft.what === 'pranata' ? { pranata_komputer: true } : {}),
    ...(perAgency ? { min_people: Number(draft.min_people) } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  });

  const submit = send({
    check,
    request: () => createRequirement(input()),
    onSent: () => {
      reset();
      onSaved();
    },
  });

  return (
    <FormPanel title={t('competency.requirementAddTitle')} testId="cp-req-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-req-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <SelectField
          id={IDS.applies_to}
          label={t('competency.appliesTo')}
          value={draft.applies_to}
          onChange={(applies_to) => update({ applies_to })}
          options={[{ value: '', label: t('competency.choose') }, ...APPLIES_TO.map((a) => ({ value: a, label: appliesToLabel(a, i18n) }))]}
          error={errors.fields[IDS.applies_to]}
        />
        <RadioGroup
          id={IDS.what}
          legend={t('competency.requirementWhat')}
          value={draft.what}
          onChange={(what) => update({ what })}
          options={[
            { value: 'competency', label: t('competency.whatCompetency') },
            { value: 'kind', label: t('competency.whatKind') },
            { value: 'pranata', label: t('competency.pranataKomputer') },
          ]}
          error={errors.fields[IDS.what]}
        />
        {draft.what === 'competency' && (
          <SelectField
            id={IDS.competency_id}
            label={t('competency.competency')}
            value={draft.competency_id}
            onChange={(competency_id) => update({ competency_id })}
            options={[{ value: '', label: t('competency.choose') }, ...catalogue.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` }))]}
            error={errors.fields[IDS.competency_id]}
          />
        )}
        {draft.what === 'kind' && (
          <SelectField
            id={IDS.competency_kind}
            label={t('competency.kind')}
            value={draft.competency_kind}
            onChange={(competency_kind) => update({ competency_kind })}
            options={[{ value: '', label: t('competency.choose') }, ...COMPETENCY_KINDS.map((k) => ({ value: k, label: kindLabel(k, i18n) }))]}
            error={errors.fields[IDS.competency_kind]}
          />
        )}
        {perAgency && (
          <TextField
            id={IDS.min_people}
            type="number"
            width="short"
            label={t('competency.minPeopleLabel')}
            hint={t('competency.minPeopleHint')}
            value={draft.min_people}
            onInput={(min_people) => update({ min_people })}
            error={errors.fields[IDS.min_people]}
            inputProps={{ min: 1, max: 100 }}
          />
        )}
        <TextArea id={IDS.note} label={t('competency.requirementNote')} hint={t('competency.requirementNoteHint')} value={draft.note} onInput={(note) => update({ note })} error={errors.fields[IDS.note]} />
        <SaveCancelButtons saveLabel={t('competency.requirementSave')} saveTestId="cp-req-save" saving={sending} cancelTestId="cp-req-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
