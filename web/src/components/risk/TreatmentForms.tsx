// Adding a treatment plan to a risk (kept as a draft per risk while typed) and changing
// one (sent with the treatment's version: a 412 says someone changed it first, offers
// the latest and keeps what was typed). The server's refusals (an option not allowed
// for the polarity, a closed risk, another agency's risk) are shown in its words.
import type { Agency } from '../../api/identityTypes';
import { addTreatment, getRisk, updateTreatment } from '../../api/risks';
import { TREATMENT_STATUSES, type Risk, type RiskCriteria, type RiskTreatment } from '../../api/riskTypes';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { optionLabel, treatmentStatusLabel } from './labels';
import {
  checkTreatment,
  emptyTreatment,
  TreatmentFields,
  treatmentChanges,
  treatmentFieldIds,
  treatmentInput,
  treatmentValuesOf,
  type TreatmentValues,
} from './TreatmentFields';

interface AddProps {
  risk: Risk;
  criteria: RiskCriteria;
  agencies: Agency[];
  onSaved: (t: RiskTreatment) => void;
  onClose: () => void;
}

const ADD_IDS = treatmentFieldIds('risk-tr-new');

export function TreatmentAddForm({ risk, criteria, agencies, onSaved, onClose }: AddProps) {
  const { t } = useI18n();
  const [draft, update, reset] = useDraft<TreatmentValues>(`risk.treatment.${risk.id}`, emptyTreatment(risk));
  const { errors, focusKey, sending, send } = useSendForm(ADD_IDS);
  const submit = send({
    check: (wording) => checkTreatment(draft, ADD_IDS, wording),
    request: () => addTreatment(risk.id, treatmentInput(draft)),
    onSent: (data) => {
      reset();
      onSaved(data);
    },
  });
  return (
    <section class="section panel" aria-labelledby="risk-tr-new-title" data-testid="risk-tr-new">
      <h3 class="heading-m" id="risk-tr-new-title">
        {t('risk.treatmentAddTitle')}
      </h3>
      <form class="form" onSubmit={submit} noValidate data-testid="risk-tr-new-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TreatmentFields prefix="risk-tr-new" ids={ADD_IDS} values={draft} set={update} errors={errors} risk={risk} criteria={criteria} agencies={agencies} statuses={TREATMENT_STATUSES} />
        <SaveCancelButtons
          saveLabel={t('risk.treatmentAddSubmit')}
          saveTestId="risk-tr-new-submit"
          saving={sending}
          cancelTestId="risk-tr-new-cancel"
          onCancel={() => {
            reset();
            onClose();
          }}
        />
      </form>
    </section>
  );
}

interface EditProps {
  risk: Risk;
  treatment: RiskTreatment;
  criteria: RiskCriteria;
  agencies: Agency[];
  onSaved: (t: RiskTreatment) => void;
  onClose: () => void;
}

interface Base {
  treatment: RiskTreatment;
  etag: string;
}

export function TreatmentEditForm({ risk, treatment, criteria, agencies, onSaved, onClose }: EditProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const prefix = `risk-tr-${treatment.id}`;
  const ids = treatmentFieldIds(prefix);
  const form = useVersionedForm<Base, TreatmentValues>({ treatment, etag: `"${treatment.version}"` }, (b) => treatmentValuesOf(b.treatment), ids);
  const { base, values, set, errors, unsaved } = form;
  // done is final; planned may go straight to done.
  const statuses = base.treatment.status === 'in_progress' ? (['in_progress', 'done'] as const) : TREATMENT_STATUSES;
  const save = form.save({
    check: (wording) => checkTreatment(values, ids, wording),
    send: () => {
      const changes = treatmentChanges(base.treatment, values);
      return Object.keys(changes).length === 0 ? null : updateTreatment(risk.id, base.treatment.id, changes, base.etag);
    },
    onSaved: (saved) => onSaved(saved),
  });
  const reloadLatest = () =>
    form.reload(getRisk(risk.id), (latest) => {
      const found = latest.treatments?.find((x) => x.id === treatment.id);
      return found ? { treatment: found, etag: `"${found.version}"` } : undefined;
    });
  return (
    <section class="section panel" aria-labelledby={`${prefix}-title`} data-testid="risk-tr-edit">
      <h3 class="heading-m" id={`${prefix}-title`}>
        {t('risk.treatmentEditTitle')}
      </h3>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="risk-tr-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="risk-tr-unsaved"
          rows={[
            [t('risk.treatmentOption'), unsaved.treatment_option ? optionLabel(unsaved.treatment_option, i18n) : ''],
            [t('risk.actions'), unsaved.actions],
            [t('risk.outputOptional'), unsaved.output],
            [t('risk.startsOn'), unsaved.starts_on],
            [t('risk.dueOn'), unsaved.due_on],
            [t('risk.treatmentStatusLabel'), treatmentStatusLabel(unsaved.status, i18n)],
            [t('risk.doneOn'), unsaved.done_on],
            [t('risk.residualLikelihood'), unsaved.residual_likelihood],
            [t('risk.residualImpact'), unsaved.residual_impact_level],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="risk-tr-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TreatmentFields prefix={prefix} ids={ids} values={values} set={set} errors={errors} risk={risk} criteria={criteria} agencies={agencies} statuses={statuses} />
        <SaveCancelButtons saveLabel={t('risk.treatmentSave')} saveTestId="risk-tr-save" saving={form.saving} cancelTestId="risk-tr-edit-cancel" onCancel={onClose} />
      </form>
    </section>
  );
}
