// "Catat temuan" (an auditor or the ICT office): a finding of the audit with its
// severity, what was found, the recommendation, the agency that must act on it and
// by when. Allowed once the audit has started; what was typed survives a reload.
import type { Agency } from '../../api/identityTypes';
import { recordFinding } from '../../api/ictAudits';
import { SEVERITIES, type Audit, type Finding } from '../../api/ictAuditTypes';
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
import { severityLabel } from './ictAuditWords';

const IDS = {
  severity: 'ia-finding-severity',
  title: 'ia-finding-title',
  description: 'ia-finding-description',
  recommendation: 'ia-finding-recommendation',
  owner_agency_id: 'ia-finding-owner',
  due_on: 'ia-finding-due',
};

interface Props {
  audit: Audit;
  agencies: Agency[];
  ownerAgencyId: number | null; // the object's owner, offered first
  onSaved: (finding: Finding) => void;
  onClose: () => void;
}

export function FindingForm({ audit, agencies, ownerAgencyId, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const empty = { severity: '', title: '', description: '', recommendation: '', owner_agency_id: ownerAgencyId === null ? '' : String(ownerAgencyId), due_on: '' };
  const [draft, update, reset] = useDraft(`ictAudit.finding.${audit.id}`, empty);
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.severity, draft.severity ? null : t('ictAudit.error.severityMissing')],
      [IDS.title, draft.title.trim() ? null : t('ictAudit.error.titleMissing')],
      [IDS.description, draft.description.trim() ? null : t('ictAudit.error.descriptionMissing')],
      [IDS.recommendation, draft.recommendation.trim() ? null : t('ictAudit.error.recommendationMissing')],
      [IDS.owner_agency_id, draft.owner_agency_id ? null : t('ictAudit.error.ownerMissing')],
      [IDS.due_on, /^\d{4}-\d{2}-\d{2}$/.test(draft.due_on) ? null : t('ictAudit.error.dueMissing')],
    ]);

  const submit = send({
    check,
    request: () =>
      recordFinding(audit.id, {
        severity: draft.severity,
        title: draft.title.trim(),
        description: draft.description.trim(),
        recommendation: draft.recommendation.trim(),
        owner_agency_id: Number(draft.owner_agency_id),
        due_on: draft.due_on,
      }),
    onSent: (finding) => {
      reset();
      onSaved(finding);
    },
    explain: (error, shown, wording) =>
      error.status === 403 ? { ...shown, summary: [{ text: wording.t('ictAudit.forbiddenRecord') }, ...shown.summary] } : shown,
  });

  return (
    <FormPanel title={t('ictAudit.findingAddTitle')} testId="ia-finding-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="ia-finding-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.severity}
          legend={t('ictAudit.severity')}
          value={draft.severity}
          onChange={(severity) => update({ severity })}
          options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, i18n) }))}
          error={errors.fields[IDS.severity]}
        />
        <TextField id={IDS.title} label={t('ictAudit.findingTitle')} value={draft.title} onInput={(title) => update({ title })} error={errors.fields[IDS.title]} inputProps={{ maxLength: 200 }} />
        <TextArea id={IDS.description} label={t('ictAudit.findingDescription')} value={draft.description} onInput={(description) => update({ description })} error={errors.fields[IDS.description]} />
        <TextArea
          id={IDS.recommendation}
          label={t('ictAudit.recommendation')}
          value={draft.recommendation}
          onInput={(recommendation) => update({ recommendation })}
          error={errors.fields[IDS.recommendation]}
        />
        <SelectField
          id={IDS.owner_agency_id}
          label={t('ictAudit.findingOwner')}
          hint={t('ictAudit.findingOwnerHint')}
          value={draft.owner_agency_id}
          onChange={(owner_agency_id) => update({ owner_agency_id })}
          options={[{ value: '', label: t('ictAudit.chooseAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
          error={errors.fields[IDS.owner_agency_id]}
        />
        <TextField id={IDS.due_on} type="date" width="half" label={t('ictAudit.findingDue')} value={draft.due_on} onInput={(due_on) => update({ due_on })} error={errors.fields[IDS.due_on]} />
        <SaveCancelButtons saveLabel={t('ictAudit.findingSave')} saveTestId="ia-finding-save" saving={sending} cancelTestId="ia-finding-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
