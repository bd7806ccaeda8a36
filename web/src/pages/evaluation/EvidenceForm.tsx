// "Tambah data dukung": one piece of evidence for an indicator, as an uploaded file, a record
// in Simpul (its kind and number; the server checks it exists and answers its title) or a web
// address; for an agency (an assessor chooses any or none, an agency operator's is their own)
// and, from the inbox, as part of the answer to a question. Errors appear beside the fields and
// what was typed stays.
import { useState } from 'preact/hooks';
import { addEvidence } from '../../api/evaluationIndicator';
import type { Evidence, EvidenceInput } from '../../api/evaluationIndicatorTypes';
import type { StoredFile } from '../../api/files';
import type { Agency } from '../../api/identityTypes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormPanel } from '../../components/FormPanel';
import { FileField } from '../../components/form/FileField';
import { RadioGroup } from '../../components/form/RadioGroup';
import { SaveCancelButtons } from '../../components/form/SaveCancelButtons';
import { SelectField } from '../../components/form/SelectField';
import { TextArea } from '../../components/form/TextArea';
import { TextField } from '../../components/form/TextField';
import { fieldErrors } from '../../forms/formErrors';
import { useSendForm } from '../../hooks/useSendForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { recordKindLabel, useRecordKinds } from './EvidenceWords';

type Kind = EvidenceInput['kind'];

interface Props {
  prefix: string; // field and test ids: <prefix>-kind, <prefix>-title, …
  campaignId: number;
  no: number;
  // The agencies an assessor may choose from; null: the evidence is for `fixedAgency`.
  agencies: Agency[] | null;
  fixedAgency?: Agency | null;
  questionId?: number;
  onAdded: (evidence: Evidence) => void;
  onCancel: () => void;
}

const idsOf = (prefix: string): Record<string, string> => ({
  kind: `${prefix}-kind`,
  title: `${prefix}-title`,
  file_sha256: `${prefix}-file`,
  record_kind: `${prefix}-record-kind`,
  record_id: `${prefix}-record-id`,
  url: `${prefix}-url`,
  agency_id: `${prefix}-agency`,
  question_id: `${prefix}-kind`,
  note: `${prefix}-note`,
});

export function EvidenceForm({ prefix, campaignId, no, agencies, fixedAgency = null, questionId, onAdded, onCancel }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const IDS = idsOf(prefix);
  const recordKinds = useRecordKinds();
  const [kind, setKind] = useState<Kind>('url');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<StoredFile | null>(null);
  const [recordKind, setRecordKind] = useState('');
  const [recordId, setRecordId] = useState('');
  const [url, setUrl] = useState('');
  const [agencyId, setAgencyId] = useState(fixedAgency ? String(fixedAgency.id) : '');
  const [note, setNote] = useState('');
  const { errors, focusKey, sending, send } = useSendForm(IDS);

  const check = (wording: I18n) =>
    fieldErrors([
      [IDS.file_sha256!, kind === 'file' && !file ? wording.t('evalInd.error.file') : null],
      [IDS.record_kind!, kind === 'record' && !recordKind ? wording.t('evalInd.error.recordKind') : null],
      [IDS.record_id!, kind === 'record' && !recordId.trim() ? wording.t('evalInd.error.recordId') : null],
      [IDS.url!, kind === 'url' && !/^https?:\/\/\S+$/i.test(url.trim()) ? wording.t('evalInd.error.url') : null],
    ]);

  const input = (): EvidenceInput => ({
    kind,
    ...(title.trim() ? { title: title.trim() } : {}), // else the server names it: the file, the record's title, the address
    ...(kind === 'file' ? { file_sha256: file!.sha256 } : {}),
    ...(kind === 'record' ? { record_kind: recordKind, record_id: recordId.trim() } : {}),
    ...(kind === 'url' ? { url: url.trim() } : {}),
    ...(agencyId ? { agency_id: Number(agencyId) } : {}),
    ...(questionId !== undefined ? { question_id: questionId } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
  });

  const submit = send({ check, request: () => addEvidence(campaignId, no, input()), onSent: onAdded });

  return (
    <FormPanel title={t('evalInd.evidenceFormTitle')} testId={`${prefix}-panel`}>
      <form class="form" onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <RadioGroup
          id={IDS.kind!}
          legend={t('evalInd.evidenceKind')}
          value={kind}
          onChange={(k) => setKind(k as Kind)}
          options={[
            { value: 'url', label: t('evalInd.evidenceKind.url') },
            { value: 'file', label: t('evalInd.evidenceKind.file') },
            { value: 'record', label: t('evalInd.evidenceKind.record') },
          ]}
          error={errors.fields[IDS.kind!]}
        />
        {kind === 'file' && (
          <FileField id={IDS.file_sha256!} label={t('evalInd.evidenceFile')} hint={t('evalInd.evidenceFileHint')} value={file} onChange={setFile} error={errors.fields[IDS.file_sha256!]} />
        )}
        {kind === 'record' && (
          <>
            <SelectField
              id={IDS.record_kind!}
              label={t('evalInd.evidenceRecordKind')}
              value={recordKind}
              onChange={setRecordKind}
              options={[{ value: '', label: t('evalInd.chooseRecordKind') }, ...recordKinds.map((k) => ({ value: k.kind, label: recordKindLabel(recordKinds, k.kind, i18n.lang) }))]}
              error={errors.fields[IDS.record_kind!]}
            />
            <TextField
              id={IDS.record_id!}
              label={t('evalInd.evidenceRecordId')}
              hint={t('evalInd.evidenceRecordIdHint')}
              value={recordId}
              onInput={setRecordId}
              error={errors.fields[IDS.record_id!]}
              width="short"
            />
          </>
        )}
        {kind === 'url' && (
          <TextField
            id={IDS.url!}
            label={t('evalInd.evidenceUrl')}
            hint={t('evalInd.evidenceUrlHint')}
            value={url}
            onInput={setUrl}
            error={errors.fields[IDS.url!]}
            inputProps={{ inputMode: 'url', maxLength: 2000 }}
          />
        )}
        <TextField
          id={IDS.title!}
          label={t('evalInd.evidenceTitle')}
          hint={t('evalInd.evidenceTitleHint')}
          value={title}
          onInput={setTitle}
          error={errors.fields[IDS.title!]}
          inputProps={{ maxLength: 300 }}
        />
        {agencies ? (
          <SelectField
            id={IDS.agency_id!}
            label={t('evalInd.evidenceAgency')}
            hint={t('evalInd.evidenceAgencyHint')}
            value={agencyId}
            onChange={setAgencyId}
            options={[{ value: '', label: t('evalInd.noAgency') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))]}
            error={errors.fields[IDS.agency_id!]}
          />
        ) : (
          fixedAgency && (
            <p class="body" data-testid={`${prefix}-agency-fixed`}>
              {t('evalInd.evidenceForAgency', { agency: fixedAgency.name })}
            </p>
          )
        )}
        <TextArea id={IDS.note!} label={t('evalInd.evidenceNote')} value={note} onInput={setNote} error={errors.fields[IDS.note!]} />
        <SaveCancelButtons saveLabel={t('evalInd.evidenceSave')} saveTestId={`${prefix}-save`} saving={sending} cancelTestId={`${prefix}-cancel`} onCancel={onCancel} />
      </form>
    </FormPanel>
  );
}
