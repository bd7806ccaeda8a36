// A small change form for a record of a list (a network's name and description, an
// IP range's range and purpose, a domain's name and purpose): the text fields given,
// sent with If-Match (the version shown in the list). When someone else saved first
// (412) it says so, offers the latest version and lists what was typed.
import type { RequestOptions, Result } from '../../api/client';
import { fieldErrors } from '../../forms/formErrors';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';

export interface EditField {
  key: string; // the API's field name
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: string; // the message when left empty; optional fields send null when emptied
}

type Values = Record<string, string>;

interface Props<T extends { id: number; version: number }> {
  title: string;
  prefix: string; // ids and test ids of the inputs: `${prefix}-${key}`
  record: T;
  fields: EditField[];
  load: (id: number, options?: RequestOptions) => Promise<Result<T>>;
  update: (id: number, changes: Record<string, unknown>, etag: string) => Promise<Result<T>>;
  onSaved: (record: T) => void;
  onClose: () => void;
}

export function RecordEditPanel<T extends { id: number; version: number }>({ title, prefix, record, fields, load, update, onSaved, onClose }: Props<T>) {
  const { t } = useI18n();
  const ids = Object.fromEntries(fields.map((f) => [f.key, `${prefix}-${f.key}`]));
  const valuesOf = (r: T): Values => Object.fromEntries(fields.map((f) => [f.key, String((r as Record<string, unknown>)[f.key] ?? '')]));
  const form = useVersionedForm<{ record: T; etag: string }, Values>({ record, etag: `"${record.version}"` }, (b) => valuesOf(b.record), ids);
  const { base, values, set, errors, unsaved } = form;

  const save = form.save({
    check: () => fieldErrors(fields.map((f) => [ids[f.key]!, f.required && !values[f.key]!.trim() ? f.required : null])),
    send: () => {
      const before = valuesOf(base.record);
      const changes: Record<string, unknown> = {};
      for (const f of fields) {
        const next = values[f.key]!.trim();
        if (next !== before[f.key]) changes[f.key] = next === '' && !f.required ? null : next;
      }
      return Object.keys(changes).length === 0 ? null : update(base.record.id, changes, base.etag);
    },
    onSaved: (saved) => onSaved(saved),
  });
  const reloadLatest = () => form.reload(load(base.record.id), (latest, etag) => ({ record: latest, etag: etag ?? `"${latest.version}"` }));

  return (
    <FormPanel title={title} testId={`${prefix}-panel`}>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId={`${prefix}-conflict`} />}
      {unsaved && <UnsavedValues testId={`${prefix}-unsaved`} rows={fields.map((f) => [f.label, unsaved[f.key] ?? ''] as [string, string])} />}
      <form class="form" onSubmit={save} noValidate data-testid={`${prefix}-form`}>
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        {fields.map((f) =>
          f.multiline ? (
            <TextArea key={f.key} id={ids[f.key]!} label={f.label} hint={f.hint} value={values[f.key] ?? ''} onInput={(v) => set({ [f.key]: v })} error={errors.fields[ids[f.key]!]} />
          ) : (
            <TextField key={f.key} id={ids[f.key]!} label={f.label} hint={f.hint} value={values[f.key] ?? ''} onInput={(v) => set({ [f.key]: v })} error={errors.fields[ids[f.key]!]} />
          ),
        )}
        <SaveCancelButtons saveLabel={t('infra.save')} saveTestId={`${prefix}-save`} saving={form.saving} cancelTestId={`${prefix}-cancel`} onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
