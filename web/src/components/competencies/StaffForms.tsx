// The forms of one employee's record (an operator of the person's agency, or the ICT
// office): a competency held (with its level, since when, and the training or
// certificate that shows it), a certificate (with its expiry and the scanned file,
// uploaded at once), a training attended. What was typed survives a reload; the
// server's field errors appear beside the fields; a refusal (403) says who may record.
import { addCertificate, addHeldCompetency, addTraining, updateCertificate, updateHeldCompetency } from '../../api/competencies';
import { LEVELS, type Certificate, type Competency, type HeldCompetency, type StaffRecord } from '../../api/competencyTypes';
import type { ApiError } from '../../api/client';
import type { StoredFile } from '../../api/files';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { FileField } from '../form/FileField';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { levelLabel } from './competencyWords';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  record: StaffRecord;
  catalogue: Competency[];
  onSaved: () => void;
  onClose: () => void;
}

// A refusal in plain words: only the person's agency (or the ICT office) records for them.
export const explainForbidden = (error: ApiError, shown: FormErrors, wording: I18n): FormErrors =>
  error.status === 403 ? { ...shown, summary: [{ text: wording.t('competency.forbiddenEdit') }] } : shown;

const competencyOptions = (catalogue: Competency[], { t }: I18n, empty = t('competency.choose')) => [
  { value: '', label: empty },
  ...catalogue.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` })),
];

const HELD_IDS = {
  competency_id: 'cp-held-competency',
  level: 'cp-held-level',
  acquired_on: 'cp-held-acquired',
  certificate_id: 'cp-held-certificate',
  training_id: 'cp-held-training',
  note: 'cp-held-note',
};

// A competency held, new or changed (its level, since when, what shows it; the competency
// itself is kept once recorded).
export function HeldCompetencyForm({ record, catalogue, held: current, onSaved, onStale, onClose }: Props & { held?: HeldCompetency; onStale?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const personId = record.person.id;
  const held = new Set(record.competencies.map((h) => h.competency_id));
  const offered = catalogue.filter((c) => !held.has(c.id));
  const [draft, update, reset] = useDraft(`competency.held.${personId}.${current?.id ?? 'new'}`, {
    competency_id: current ? String(current.competency_id) : '',
    level: current?.level ?? '',
    acquired_on: current?.acquired_on ?? '',
    certificate_id: current?.certificate_id ? String(current.certificate_id) : '',
    training_id: current?.training_id ? String(current.training_id) : '',
    note: current?.note ?? '',
  });
  const { errors, focusKey, sending, conflict, send } = useSendForm(HELD_IDS);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [HELD_IDS.competency_id, draft.competency_id ? null : t('competency.error.competencyMissing')],
      [HELD_IDS.level, draft.level ? null : t('competency.error.levelMissing')],
      [HELD_IDS.acquired_on, DAY.test(draft.acquired_on) ? null : t('competency.error.dateMissing')],
    ]);

  const submit = send({
    check,
    request: () =>
      current
        ? updateHeldCompetency(personId, current, {
            level: draft.level,
            acquired_on: draft.acquired_on,
            certificate_id: draft.certificate_id ? Number(draft.certificate_id) : null,
            training_id: draft.training_id ? Number(draft.training_id) : null,
            note: draft.note.trim() || null,
          })
        : addHeldCompetency(personId, {
            competency_id: Number(draft.competency_id),
            level: draft.level,
            acquired_on: draft.acquired_on,
            ...(draft.certificate_id ? { certificate_id: Number(draft.certificate_id) } : {}),
            ...(draft.training_id ? { training_id: Number(draft.training_id) } : {}),
            ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
          }),
    onSent: () => {
      reset();
      onSaved();
    },
    explain: explainForbidden,
  });

  return (
    <FormPanel title={current ? t('competency.heldEditTitle', { competency: current.competency_name }) : t('competency.heldAddTitle', { name: record.person.name })} testId="cp-held-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-held-form">
        {conflict && onStale && <ConflictBox testId="cp-held-conflict" onReload={onStale} />}
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        {current ? (
          <p class="body">
            <strong>{t('competency.competency')}:</strong> {current.competency_name}
          </p>
        ) : (
          <SelectField
            id={HELD_IDS.competency_id}
            label={t('competency.competency')}
            hint={t('competency.heldCompetencyHint')}
            value={draft.competency_id}
            onChange={(competency_id) => update({ competency_id })}
            options={competencyOptions(offered, i18n)}
            error={errors.fields[HELD_IDS.competency_id]}
          />
        )}
        <RadioGroup
          id={HELD_IDS.level}
          legend={t('competency.level')}
          value={draft.level}
          onChange={(level) => update({ level })}
          options={LEVELS.map((l) => ({ value: l, label: levelLabel(l, i18n) }))}
          error={errors.fields[HELD_IDS.level]}
        />
        <TextField
          id={HELD_IDS.acquired_on}
          type="date"
          width="half"
          label={t('competency.acquiredOn')}
          value={draft.acquired_on}
          onInput={(acquired_on) => update({ acquired_on })}
          error={errors.fields[HELD_IDS.acquired_on]}
        />
        {record.certificates.length > 0 && (
          <SelectField
            id={HELD_IDS.certificate_id}
            label={t('competency.evidenceCertificate')}
            value={draft.certificate_id}
            onChange={(certificate_id) => update({ certificate_id })}
            options={[{ value: '', label: t('competency.noneChosen') }, ...record.certificates.map((c) => ({ value: String(c.id), label: `${c.name} (${c.issuer})` }))]}
            error={errors.fields[HELD_IDS.certificate_id]}
          />
        )}
        {record.trainings.length > 0 && (
          <SelectField
            id={HELD_IDS.training_id}
            label={t('competency.evidenceTraining')}
            value={draft.training_id}
            onChange={(training_id) => update({ training_id })}
            options={[{ value: '', label: t('competency.noneChosen') }, ...record.trainings.map((tr) => ({ value: String(tr.id), label: `${tr.title} (${tr.starts_on})` }))]}
            error={errors.fields[HELD_IDS.training_id]}
          />
        )}
        <TextArea id={HELD_IDS.note} label={t('competency.note')} value={draft.note} onInput={(note) => update({ note })} error={errors.fields[HELD_IDS.note]} />
        <SaveCancelButtons saveLabel={current ? t('competency.saveChanges') : t('competency.heldSave')} saveTestId="cp-held-save" saving={sending} cancelTestId="cp-held-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

const CERT_IDS = {
  name: 'cp-cert-name',
  issuer: 'cp-cert-issuer',
  number: 'cp-cert-number',
  issued_on: 'cp-cert-issued',
  expires_on: 'cp-cert-expires',
  competency_id: 'cp-cert-competency',
  file_sha256: 'cp-cert-file',
};

// A new certificate, or a recorded one renewed or corrected (sent with its version: a
// change saved meanwhile by someone else shows a conflict, and what was typed stays).
export function CertificateForm({ record, catalogue, certificate, onSaved, onStale, onClose }: Props & { certificate?: Certificate; onStale?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const personId = record.person.id;
  const [draft, update, reset] = useDraft(`competency.certificate.${personId}.${certificate?.id ?? 'new'}`, {
    name: certificate?.name ?? '',
    issuer: certificate?.issuer ?? '',
    number: certificate?.number ?? '',
    issued_on: certificate?.issued_on ?? '',
    expires_on: certificate?.expires_on ?? '',
    competency_id: certificate?.competency_id ? String(certificate.competency_id) : '',
    file: null as StoredFile | null,
  });
  const { errors, focusKey, sending, conflict, send } = useSendForm(CERT_IDS);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [CERT_IDS.name, draft.name.trim() ? null : t('competency.error.certNameMissing')],
      [CERT_IDS.issuer, draft.issuer.trim() ? null : t('competency.error.issuerMissing')],
      [CERT_IDS.issued_on, DAY.test(draft.issued_on) ? null : t('competency.error.dateMissing')],
      [CERT_IDS.expires_on, draft.expires_on && DAY.test(draft.issued_on) && draft.expires_on < draft.issued_on ? t('competency.error.expiresBeforeIssued') : null],
    ]);

  const submit = send({
    check,
    request: () =>
      certificate
        ? updateCertificate(personId, certificate, {
            name: draft.name.trim(),
            issuer: draft.issuer.trim(),
            issued_on: draft.issued_on,
            number: draft.number.trim() || null,
            expires_on: draft.expires_on || null,
            competency_id: draft.competency_id ? Number(draft.competency_id) : null,
            ...(draft.file ? { file_sha256: draft.file.sha256 } : {}),
          })
        : addCertificate(personId, {
            name: draft.name.trim(),
            issuer: draft.issuer.trim(),
            issued_on: draft.issued_on,
            ...(draft.number.trim() ? { number: draft.number.trim() } : {}),
            ...(draft.expires_on ? { expires_on: draft.expires_on } : {}),
            ...(draft.competency_id ? { competency_id: Number(draft.competency_id) } : {}),
            ...(draft.file ? { file_sha256: draft.file.sha256 } : {}),
          }),
    onSent: () => {
      reset();
      onSaved();
    },
    explain: explainForbidden,
  });

  return (
    <FormPanel title={certificate ? t('competency.certEditTitle', { name: certificate.name }) : t('competency.certAddTitle', { name: record.person.name })} testId="cp-cert-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-cert-form">
        {conflict && onStale && <ConflictBox testId="cp-cert-conflict" onReload={onStale} />}
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField id={CERT_IDS.name} label={t('competency.certName')} value={draft.name} onInput={(name) => update({ name })} error={errors.fields[CERT_IDS.name]} inputProps={{ maxLength: 200 }} />
        <TextField id={CERT_IDS.issuer} label={t('competency.issuer')} hint={t('competency.issuerHint')} value={draft.issuer} onInput={(issuer) => update({ issuer })} error={errors.fields[CERT_IDS.issuer]} inputProps={{ maxLength: 200 }} />
        <TextField id={CERT_IDS.number} width="half" label={t('competency.certNumber')} value={draft.number} onInput={(number) => update({ number })} error={errors.fields[CERT_IDS.number]} inputProps={{ maxLength: 100 }} />
        <TextField id={CERT_IDS.issued_on} type="date" width="half" label={t('competency.issuedOn')} value={draft.issued_on} onInput={(issued_on) => update({ issued_on })} error={errors.fields[CERT_IDS.issued_on]} />
        <TextField
          id={CERT_IDS.expires_on}
          type="date"
          width="half"
          label={t('competency.expiresOnLabel')}
          hint={t('competency.expiresOnHint')}
          value={draft.expires_on}
          onInput={(expires_on) => update({ expires_on })}
          error={errors.fields[CERT_IDS.expires_on]}
        />
        <SelectField
          id={CERT_IDS.competency_id}
          label={t('competency.certCompetency')}
          value={draft.competency_id}
          onChange={(competency_id) => update({ competency_id })}
          options={competencyOptions(catalogue, i18n, t('competency.noneChosen'))}
          error={errors.fields[CERT_IDS.competency_id]}
        />
        {certificate?.file_sha256 && !draft.file && (
          <p class="body">
            <a class="link" href={`/api/v1/files/${certificate.file_sha256}`} download>
              {t('competency.certFileLink')}
            </a>
          </p>
        )}
        <FileField id={CERT_IDS.file_sha256} label={certificate?.file_sha256 ? t('competency.certFileReplace') : t('competency.certFile')} hint={t('competency.certFileHint')} value={draft.file} onChange={(file) => update({ file })} error={errors.fields[CERT_IDS.file_sha256]} />
        <SaveCancelButtons saveLabel={certificate ? t('competency.saveChanges') : t('competency.certSave')} saveTestId="cp-cert-save" saving={sending} cancelTestId="cp-cert-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

const TRAINING_IDS = {
  title: 'cp-training-title',
  organiser: 'cp-training-organiser',
  starts_on: 'cp-training-starts',
  ends_on: 'cp-training-ends',
  hours: 'cp-training-hours',
  competency_id: 'cp-training-competency',
  certificate_file_sha256: 'cp-training-file',
};

export function TrainingForm({ record, catalogue, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const personId = record.person.id;
  const [draft, update, reset] = useDraft(`competency.training.${personId}`, {
    title: '',
    organiser: '',
    starts_on: '',
    ends_on: '',
    hours: '',
    competency_id: '',
    file: null as StoredFile | null,
  });
  const { errors, focusKey, sending, send } = useSendForm(TRAINING_IDS);
  const hours = Number(draft.hours);

  const check = ({ t }: I18n) =>
    fieldErrors([
      [TRAINING_IDS.title, draft.title.trim() ? null : t('competency.error.trainingTitleMissing')],
      [TRAINING_IDS.organiser, draft.organiser.trim() ? null : t('competency.error.organiserMissing')],
      [TRAINING_IDS.starts_on, DAY.test(draft.starts_on) ? null : t('competency.error.dateMissing')],
      [
        TRAINING_IDS.ends_on,
        !DAY.test(draft.ends_on) ? t('competency.error.dateMissing') : DAY.test(draft.starts_on) && draft.ends_on < draft.starts_on ? t('competency.error.endsBeforeStarts') : null,
      ],
      [TRAINING_IDS.hours, /^\d+$/.test(draft.hours.trim()) && hours >= 1 && hours <= 1000 ? null : t('competency.error.hours')],
    ]);

  const submit = send({
    check,
    request: () =>
      addTraining(personId, {
        title: draft.title.trim(),
        organiser: draft.organiser.trim(),
        starts_on: draft.starts_on,
        ends_on: draft.ends_on,
        hours,
        ...(draft.competency_id ? { competency_id: Number(draft.competency_id) } : {}),
        ...(draft.file ? { certificate_file_sha256: draft.file.sha256 } : {}),
      }),
    onSent: () => {
      reset();
      onSaved();
    },
    explain: explainForbidden,
  });

  return (
    <FormPanel title={t('competency.trainingAddTitle', { name: record.person.name })} testId="cp-training-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="cp-training-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <TextField id={TRAINING_IDS.title} label={t('competency.trainingTitle')} value={draft.title} onInput={(title) => update({ title })} error={errors.fields[TRAINING_IDS.title]} inputProps={{ maxLength: 200 }} />
        <TextField
          id={TRAINING_IDS.organiser}
          label={t('competency.organiser')}
          hint={t('competency.organiserHint')}
          value={draft.organiser}
          onInput={(organiser) => update({ organiser })}
          error={errors.fields[TRAINING_IDS.organiser]}
          inputProps={{ maxLength: 200 }}
        />
        <TextField id={TRAINING_IDS.starts_on} type="date" width="half" label={t('competency.startsOn')} value={draft.starts_on} onInput={(starts_on) => update({ starts_on })} error={errors.fields[TRAINING_IDS.starts_on]} />
        <TextField id={TRAINING_IDS.ends_on} type="date" width="half" label={t('competency.endsOn')} value={draft.ends_on} onInput={(ends_on) => update({ ends_on })} error={errors.fields[TRAINING_IDS.ends_on]} />
        <TextField
          id={TRAINING_IDS.hours}
          type="number"
          width="short"
          label={t('competency.hours')}
          hint={t('competency.hoursHint')}
          value={draft.hours}
          onInput={(v) => update({ hours: v })}
          error={errors.fields[TRAINING_IDS.hours]}
          inputProps={{ min: 1, max: 1000 }}
        />
        <SelectField
          id={TRAINING_IDS.competency_id}
          label={t('competency.trainingCompetency')}
          value={draft.competency_id}
          onChange={(competency_id) => update({ competency_id })}
          options={competencyOptions(catalogue, i18n, t('competency.noneChosen'))}
          error={errors.fields[TRAINING_IDS.competency_id]}
        />
        <FileField
          id={TRAINING_IDS.certificate_file_sha256}
          label={t('competency.trainingFile')}
          hint={t('competency.trainingFileHint')}
          value={draft.file}
          onChange={(file) => update({ file })}
          error={errors.fields[TRAINING_IDS.certificate_file_sha256]}
        />
        <SaveCancelButtons saveLabel={t('competency.trainingSave')} saveTestId="cp-training-save" saving={sending} cancelTestId="cp-training-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
