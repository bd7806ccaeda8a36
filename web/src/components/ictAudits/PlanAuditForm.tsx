// "Rencanakan audit" (the ICT office): an audit of one object on a planned date, by
// a government audit institution, an accredited institution or a certified auditor
// (the last two with their accreditation or certificate number, Madiun Pasal 40
// ayat (3)), examining at least one aspect (Pasal 40 ayat (2)). What was typed
// survives a reload (useDraft); after saving, the audit's own page opens.
import { useEffect } from 'preact/hooks';
import { auditPagePath, planAudit } from '../../api/ictAudits';
import { ASPECTS, AUDITOR_KINDS, type AuditObject, type ProgrammeItem } from '../../api/ictAuditTypes';
import { fieldErrors } from '../../forms/formErrors';
import { formatDay } from '../../format/dateTime';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { aspectLabel, auditorKindLabel, dueStatusLabel, objectKindLabel } from './ictAuditWords';

const IDS = {
  object_id: 'ia-plan-object',
  planned_on: 'ia-plan-date',
  auditor_kind: 'ia-plan-auditor-kind',
  auditor_name: 'ia-plan-auditor-name',
  auditor_credential: 'ia-plan-auditor-credential',
  aspects: 'ia-plan-aspects',
};

const EMPTY = { object_id: '', planned_on: '', auditor_kind: '', auditor_name: '', auditor_credential: '', aspects: [] as string[] };

interface Props {
  objects: ProgrammeItem[]; // the programme of the year: what may be chosen
  object: AuditObject | null; // chosen from a row (perhaps due in a later year)
  onClose: () => void;
}

export function PlanAuditForm({ objects, object, onClose }: Props) {
  const objectId = object?.id ?? null;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [draft, update, reset] = useDraft('ictAudit.plan', { ...EMPTY, object_id: objectId === null ? '' : String(objectId) });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const needsCredential = draft.auditor_kind === 'accredited' || draft.auditor_kind === 'certified';
  // A row's "plan" chooses its object, over a draft kept from before; the form's heading takes focus.
  useEffect(() => {
    if (objectId !== null) update({ object_id: String(objectId) });
    const heading = document.getElementById('ia-plan-title');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [objectId]);
  const chosen = objects.find((i) => String(i.object.id) === draft.object_id);
  const preRequired = objects.some((i) => i.pre_evaluation_required);
  const options = object && !objects.some((i) => i.object.id === object.id) ? [{ object, due_on: object.next_due_on, status: object.status }, ...objects] : objects;

  const check = ({ t }: I18n) =>
    fieldErrors([
      [IDS.object_id, draft.object_id ? null : t('ictAudit.error.objectMissing')],
      [IDS.planned_on, /^\d{4}-\d{2}-\d{2}$/.test(draft.planned_on) ? null : t('ictAudit.error.dateMissing')],
      [IDS.auditor_kind, draft.auditor_kind ? null : t('ictAudit.error.auditorKindMissing')],
      [IDS.auditor_name, draft.auditor_name.trim() ? null : t('ictAudit.error.auditorNameMissing')],
      [IDS.auditor_credential, !needsCredential || draft.auditor_credential.trim() ? null : t('ictAudit.error.credentialMissing')],
      [IDS.aspects, draft.aspects.length > 0 ? null : t('ictAudit.error.aspectsMissing')],
    ]);

  const submit = send({
    check,
    request: () =>
      planAudit({
        object_id: Number(draft.object_id),
        planned_on: draft.planned_on,
        auditor_kind: draft.auditor_kind,
        auditor_name: draft.auditor_name.trim(),
        ...(needsCredential ? { auditor_credential: draft.auditor_credential.trim() } : {}),
        aspects: draft.aspects,
      }),
    onSent: (audit) => {
      reset();
      const path = auditPagePath(audit.id);
      flashOn(path, 'ictAudit.planned');
      navigate(path);
    },
    explain: (error, shown, wording) =>
      error.status === 403 ? { ...shown, summary: [{ text: wording.t('ictAudit.forbiddenManage') }, ...shown.summary] } : shown,
  });

  return (
    <section class="section panel" aria-labelledby="ia-plan-title" data-testid="ia-plan-panel">
      <h2 class="heading-m" id="ia-plan-title" tabIndex={-1}>
        {t('ictAudit.planTitle')}
      </h2>
      <p class="body">{t('ictAudit.planIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="ia-plan-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <SelectField
          id={IDS.object_id}
          label={t('ictAudit.object')}
          value={draft.object_id}
          onChange={(object_id) => update({ object_id })}
          options={[
            { value: '', label: t('ictAudit.chooseObject') },
            ...options.map((i) => ({
              value: String(i.object.id),
              label: `${i.object.name} (${objectKindLabel(i.object.kind, i18n)}) · ${dueStatusLabel(i.status, i18n)}${i.due_on ? ` ${formatDay(i.due_on, lang)}` : ''}`,
            })),
          ]}
          error={errors.fields[IDS.object_id]}
        />
        {chosen?.planned_audit && (
          <p class="body secondary" data-testid="ia-plan-already">
            {t('ictAudit.alreadyPlanned', { date: formatDay(chosen.planned_audit.planned_on, lang) })}
          </p>
        )}
        <TextField
          id={IDS.planned_on}
          type="date"
          width="half"
          label={t('ictAudit.plannedDate')}
          hint={preRequired ? t('ictAudit.plannedDateHintPre') : t('ictAudit.plannedDateHint')}
          value={draft.planned_on}
          onInput={(planned_on) => update({ planned_on })}
          error={errors.fields[IDS.planned_on]}
        />
        <RadioGroup
          id={IDS.auditor_kind}
          legend={t('ictAudit.auditorKind')}
          hint={t('ictAudit.auditorKindHint')}
          value={draft.auditor_kind}
          onChange={(auditor_kind) => update({ auditor_kind })}
          options={AUDITOR_KINDS.map((k) => ({ value: k, label: auditorKindLabel(k, i18n) }))}
          error={errors.fields[IDS.auditor_kind]}
        />
        <TextField
          id={IDS.auditor_name}
          label={t('ictAudit.auditorName')}
          value={draft.auditor_name}
          onInput={(auditor_name) => update({ auditor_name })}
          error={errors.fields[IDS.auditor_name]}
          inputProps={{ maxLength: 200 }}
        />
        {needsCredential && (
          <TextField
            id={IDS.auditor_credential}
            label={draft.auditor_kind === 'accredited' ? t('ictAudit.accreditationNumber') : t('ictAudit.certificateNumber')}
            hint={t('ictAudit.credentialHint')}
            value={draft.auditor_credential}
            onInput={(auditor_credential) => update({ auditor_credential })}
            error={errors.fields[IDS.auditor_credential]}
            inputProps={{ maxLength: 200 }}
          />
        )}
        <CheckboxGroup
          id={IDS.aspects}
          legend={t('ictAudit.aspects')}
          hint={t('ictAudit.aspectsHint')}
          values={draft.aspects}
          onChange={(aspects) => update({ aspects })}
          options={ASPECTS.map((a) => ({ value: a, label: aspectLabel(a, i18n) }))}
          error={errors.fields[IDS.aspects]}
        />
        <SaveCancelButtons saveLabel={t('ictAudit.planSubmit')} saveTestId="ia-plan-submit" saving={sending} cancelTestId="ia-plan-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
