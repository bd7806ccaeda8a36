// "Nilai PD" (the ICT office, i.e. the superadmin): choose an agency and judge
// every criterion of the regulation (met or not, with a note), then save the
// assessment. Proposing it is the next step, on the assessment itself. What was
// typed survives the session ending or a reload (useDraft).
import { useState } from 'preact/hooks';
import type { Assessment, OrgAgency, SelfSufficiencyRule } from '../api/organisationTypes';
import { createAssessment } from '../api/selfSufficiency';
import { ErrorSummary } from './ErrorSummary';
import { RadioGroup } from './form/RadioGroup';
import { SelectField } from './form/SelectField';
import { TextArea } from './form/TextArea';
import { TextField } from './form/TextField';
import { apiFormErrors, fieldErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { useDraft } from '../hooks/useDraft';
import { useI18n, type I18n } from '../i18n/useI18n';

interface Props {
  rule: SelfSufficiencyRule;
  candidates: OrgAgency[]; // agencies that may be assessed now
  selfSufficient: string; // the regulation's word for the status
  onCreated: (assessment: Assessment) => void;
}

const EMPTY = { agency_id: '', met: {} as Record<string, string>, notes: {} as Record<string, string>, note: '' };

export function AssessmentForm({ rule, candidates, selfSufficient, onCreated }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, updateDraft, resetDraft] = useDraft('selfSufficiency.assess', EMPTY);
  const met = typeof draft.met === 'object' && draft.met ? draft.met : {};
  const notes = typeof draft.notes === 'object' && draft.notes ? draft.notes : {};
  const { errors, focusKey, show, clear } = useFormErrors();
  const [sending, setSending] = useState(false);

  const fieldIds: Record<string, string> = { agency_id: 'assess-agency', criteria: 'assess-agency', note: 'assess-note' };
  for (const c of rule.criteria) {
    fieldIds[`criteria.${c.key}`] = `criterion-${c.key}`;
    fieldIds[`criteria.${c.key}.note`] = `criterion-${c.key}-note`;
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const found = ({ t }: I18n) =>
      fieldErrors([
        ['assess-agency', draft.agency_id ? null : t('assess.error.agencyMissing')],
        ...rule.criteria.map((c): [string, string | null] => [
          `criterion-${c.key}`,
          met[c.key] === 'yes' || met[c.key] === 'no' ? null : t('assess.error.criterionMissing', { criterion: c.text }),
        ]),
      ]);
    if (hasErrors(found(i18n))) {
      show(found);
      return;
    }
    const criteria: Record<string, { met: boolean; note: string }> = {};
    for (const c of rule.criteria) criteria[c.key] = { met: met[c.key] === 'yes', note: (notes[c.key] ?? '').trim() };
    setSending(true);
    const answer = await createAssessment({
      agency_id: Number(draft.agency_id),
      criteria,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    });
    setSending(false);
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => apiFormErrors(error, wording, fieldIds));
      return;
    }
    clear();
    resetDraft();
    onCreated(answer.data);
  };

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="assess-form">
      <ErrorSummary items={errors.summary} focusKey={focusKey} />
      <SelectField
        id="assess-agency"
        label={t('assess.agency')}
        hint={t('assess.agencyHint', { term: selfSufficient })}
        value={draft.agency_id}
        onChange={(agency_id) => updateDraft({ agency_id })}
        error={errors.fields['assess-agency']}
        options={[
          { value: '', label: t('users.agencyChoose') },
          ...candidates.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` })),
          ...(draft.agency_id && !candidates.some((a) => String(a.id) === draft.agency_id) ? [{ value: draft.agency_id, label: `#${draft.agency_id}` }] : []),
        ]}
      />
      {rule.criteria.map((c) => (
        <div class="criterion" key={c.key} data-testid="criterion" data-key={c.key}>
          <RadioGroup
            id={`criterion-${c.key}`}
            legend={c.text}
            hint={c.article}
            value={met[c.key] ?? ''}
            onChange={(value) => updateDraft({ met: { ...met, [c.key]: value } })}
            error={errors.fields[`criterion-${c.key}`]}
            options={[
              { value: 'yes', label: t('assess.met') },
              { value: 'no', label: t('assess.notMet') },
            ]}
          />
          <TextField
            id={`criterion-${c.key}-note`}
            label={t('assess.criterionNote')}
            hint={t('assess.criterionNoteHint')}
            value={notes[c.key] ?? ''}
            onInput={(value) => updateDraft({ notes: { ...notes, [c.key]: value } })}
            error={errors.fields[`criterion-${c.key}-note`]}
            autoComplete="off"
          />
        </div>
      ))}
      <TextArea
        id="assess-note"
        label={t('assess.note')}
        hint={t('assess.noteHint')}
        value={draft.note}
        onInput={(note) => updateDraft({ note })}
        error={errors.fields['assess-note']}
      />
      <button type="submit" class="button" disabled={sending} data-testid="assess-submit">
        {t('assess.submit')}
      </button>
    </form>
  );
}
