// A security policy's text (Madiun Pasal 12: the use of ICT, BYOD, security
// duties on the LAN and the WAN): kind, title, the text and an optional file
// (uploaded at once, sent by its sha256). The ICT office writes a new one
// (kept as a draft in this tab until saved, useDraft) or changes one: a change
// to a published policy opens its next draft, while the published revision
// stays in force until the draft is published. Changes go with If-Match; a 412
// keeps what was typed.
import { useState } from 'preact/hooks';
import type { StoredFile } from '../../api/files';
import { createPolicy, getPolicy, policyPagePath, updatePolicy, type PolicyInput } from '../../api/security';
import { POLICY_KINDS, type Policy } from '../../api/securityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { flashOn } from '../../state/flash';
import { navigate } from '../../state/route';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { FileField } from '../form/FileField';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { policyKindHint, policyKindLabel } from './labels';

interface Values {
  kind: string;
  title: string;
  body: string;
  file: StoredFile | null; // a file chosen now
  keepFile: boolean; // keep the file the policy has
}

const ids = (prefix: string) => ({ kind: `${prefix}-kind`, title: `${prefix}-title`, body: `${prefix}-body`, file_sha256: `${prefix}-file` });

function check(v: Values, IDS: ReturnType<typeof ids>, { t }: I18n) {
  const title = v.title.trim();
  return fieldErrors([
    [IDS.kind, v.kind ? null : t('security.error.policyKindMissing')],
    [IDS.title, title.length >= 3 && title.length <= 200 ? null : t('security.error.policyTitle')],
    [IDS.body, v.body.trim() ? null : t('security.error.policyBodyMissing')],
  ]);
}

function Fields({ prefix, values, set, errors, currentFile }: { prefix: string; values: Values; set: (c: Partial<Values>) => void; errors: Record<string, string>; currentFile: { name: string } | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const IDS = ids(prefix);
  return (
    <>
      <RadioGroup
        id={IDS.kind}
        legend={t('security.policyKind')}
        value={values.kind}
        onChange={(kind) => set({ kind })}
        options={POLICY_KINDS.map((k) => ({ value: k, label: `${policyKindLabel(k, i18n)} — ${policyKindHint(k, i18n)}` }))}
        error={errors[IDS.kind]}
      />
      <TextField id={IDS.title} label={t('security.policyTitle')} value={values.title} onInput={(title) => set({ title })} error={errors[IDS.title]} inputProps={{ maxLength: 200 }} />
      <TextArea id={IDS.body} label={t('security.policyBody')} hint={t('security.policyBodyHint')} rows={10} value={values.body} onInput={(body) => set({ body })} error={errors[IDS.body]} />
      {currentFile && values.keepFile && !values.file && (
        <p class="body" data-testid={`${prefix}-file-kept`}>
          {t('security.policyFileCurrent', { name: currentFile.name })}{' '}
          <button type="button" class="link-button link-button--danger" onClick={() => set({ keepFile: false })} data-testid={`${prefix}-file-remove`}>
            {t('security.policyFileRemove')}
          </button>
        </p>
      )}
      <FileField
        id={IDS.file_sha256}
        label={currentFile ? t('security.policyFileReplace') : t('security.policyFile')}
        hint={t('security.policyFileHint')}
        value={values.file}
        onChange={(file) => set({ file })}
        error={errors[IDS.file_sha256]}
      />
    </>
  );
}

const EMPTY: Values = { kind: '', title: '', body: '', file: null, keepFile: true };

export function PolicyCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const IDS = ids('sec-pol-new');
  const [draft, update, reset] = useDraft<Values & Record<string, unknown>>('security.policy.create', { ...EMPTY });
  const { errors, focusKey, sending, send } = useSendForm(IDS);
  const submit = send({
    check: (wording) => check(draft, IDS, wording),
    request: () =>
      createPolicy({ kind: draft.kind, title: draft.title.trim(), body: draft.body.trim(), ...(draft.file ? { file_sha256: draft.file.sha256 } : {}) }),
    onSent: (policy) => {
      reset();
      const path = policyPagePath(policy.id);
      flashOn(path, 'security.policyCreated');
      navigate(path);
    },
  });
  return (
    <FormPanel title={t('security.policyCreateTitle')} testId="sec-policy-create-panel">
      <p class="body">{t('security.policyCreateIntro')}</p>
      <form class="form" onSubmit={submit} noValidate data-testid="sec-policy-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <Fields prefix="sec-pol-new" values={draft} set={update} errors={errors.fields} currentFile={null} />
        <SaveCancelButtons saveLabel={t('security.policyCreateSubmit')} saveTestId="sec-policy-create-submit" saving={sending} cancelTestId="sec-policy-create-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

interface Base {
  policy: Policy;
  etag: string;
}

const valuesOf = ({ policy }: Base): Values => ({ kind: policy.kind, title: policy.title, body: policy.body, file: null, keepFile: true });

function changesOf(policy: Policy, v: Values): PolicyInput {
  const changes: PolicyInput = {};
  if (v.kind !== policy.kind) changes.kind = v.kind;
  if (v.title.trim() !== policy.title) changes.title = v.title.trim();
  if (v.body.trim() !== policy.body) changes.body = v.body.trim();
  if (v.file && v.file.sha256 !== policy.file?.sha256) changes.file_sha256 = v.file.sha256;
  else if (!v.file && !v.keepFile && policy.file) changes.file_sha256 = null;
  return changes;
}

export function PolicyEditForm({ policy, etag, onSaved, onClose }: { policy: Policy; etag: string; onSaved: (p: Policy, etag?: string) => void; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const IDS = ids('sec-pol-edit');
  const form = useVersionedForm<Base, Values>({ policy, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;
  const [reloading, setReloading] = useState(false);
  const save = form.save({
    check: (wording) => check(values, IDS, wording),
    send: () => {
      const changes = changesOf(base.policy, values);
      return Object.keys(changes).length === 0 ? null : updatePolicy(base.policy.id, changes, base.etag);
    },
    onSaved,
  });
  const reloadLatest = async () => {
    setReloading(true);
    await form.reload(getPolicy(base.policy.id), (latest, latestEtag) => ({ policy: latest, etag: latestEtag ?? `"${latest.version}"` }));
    setReloading(false);
  };
  return (
    <FormPanel title={t('security.policyEditTitle')} testId="sec-policy-edit-panel">
      {base.policy.status === 'published' && (
        <p class="body" data-testid="sec-policy-edit-opens-draft">
          {t('security.policyEditOpensDraft', { n: base.policy.revision })}
        </p>
      )}
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} busy={reloading} testId="sec-policy-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="sec-policy-unsaved"
          rows={[
            [t('security.policyKind'), unsaved.kind ? policyKindLabel(unsaved.kind, i18n) : ''],
            [t('security.policyTitle'), unsaved.title],
            [t('security.policyBody'), unsaved.body],
            [t('security.policyFile'), unsaved.file?.name ?? ''],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="sec-policy-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <Fields prefix="sec-pol-edit" values={values} set={set} errors={errors.fields} currentFile={base.policy.file} />
        <SaveCancelButtons saveLabel={t('security.policySave')} saveTestId="sec-policy-save" saving={form.saving} cancelTestId="sec-policy-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
