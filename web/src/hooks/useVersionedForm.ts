// The save flow of a form that changes a versioned record (sent with If-Match),
// shared by the agency, person and position forms and the user edit page so
// that they all behave alike: one save at a time (`saving`), a 412 answer shown
// as a conflict (ConflictBox), other errors beside the fields, "nothing
// changed" when there is nothing to send, and after loading the latest version
// what the user had typed kept as `unsaved` (UnsavedValues) while the form
// starts again from the latest.
import { useState } from 'preact/hooks';
import { problemSlug, type ApiError, type Result } from '../api/client';
import { apiFormErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors, type ErrorWording, type FormErrorState } from '../forms/useFormErrors';
import { useI18n } from '../i18n/useI18n';

export interface SaveSteps<T> {
  check: ErrorWording; // the browser's own checks, made before anything is sent
  send: () => Promise<Result<T>> | null; // null when nothing changed
  onSaved: (data: T, etag?: string) => void;
}

export interface VersionedForm<B, V> extends FormErrorState {
  base: B; // the record as last loaded: what the changes are measured against
  setBase: (base: B) => void;
  values: V;
  set: (changes: Partial<V>) => void;
  saving: boolean;
  conflict: boolean;
  unsaved: V | null; // what was typed before the latest version was loaded
  // The submit handler: checks, sends and shows the outcome.
  save: <T>(steps: SaveSteps<T>) => (event: Event) => Promise<void>;
  // Starts the form from `base`.
  load: (base: B) => void;
  // After a save: starts from what the server answered, conflict and unsaved gone.
  loadSaved: (base: B) => void;
  // After a conflict: starts from the latest version, keeping what was typed.
  loadLatest: (base: B) => void;
  // Fetches the latest version and loads it with loadLatest; a failed fetch is
  // shown in the error summary. `toBase` answers undefined when there is
  // nothing to load. Resolves to whether it loaded.
  reload: <R>(request: Promise<Result<R>>, toBase: (data: R, etag?: string) => B | undefined) => Promise<boolean>;
}

const isConflict = (error: ApiError) => error.status === 412 || problemSlug(error) === 'precondition-failed';

export function useVersionedForm<B, V>(initial: B, valuesOf: (base: B) => V, fieldIds: Record<string, string>): VersionedForm<B, V> {
  const i18n = useI18n();
  const formErrors = useFormErrors();
  const { show, clear } = formErrors;
  const [base, setBase] = useState<B>(initial);
  const [values, setValues] = useState<V>(() => valuesOf(initial));
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [unsaved, setUnsaved] = useState<V | null>(null);

  const load = (next: B) => {
    setBase(next);
    setValues(valuesOf(next));
  };

  const loadLatest = (latest: B) => {
    setUnsaved(values);
    setConflict(false);
    clear();
    load(latest);
  };

  const save =
    <T>({ check, send, onSaved }: SaveSteps<T>) =>
    async (event: Event) => {
      event.preventDefault();
      if (saving) return;
      if (hasErrors(check(i18n))) {
        show(check);
        return;
      }
      const sending = send();
      if (!sending) {
        show(({ t }) => ({ summary: [{ text: t('userEdit.nothingChanged') }], fields: {} }));
        return;
      }
      setSaving(true);
      const answer = await sending;
      setSaving(false);
      if (!answer.ok) {
        const error = answer.error;
        if (isConflict(error)) {
          clear();
          setConflict(true);
        } else {
          show((wording) => apiFormErrors(error, wording, fieldIds));
        }
        return;
      }
      clear();
      onSaved(answer.data, answer.etag);
    };

  const reload = async <R>(request: Promise<Result<R>>, toBase: (data: R, etag?: string) => B | undefined) => {
    const answer = await request;
    if (!answer.ok) {
      const error = answer.error;
      show((wording) => apiFormErrors(error, wording));
      return false;
    }
    const latest = toBase(answer.data, answer.etag);
    if (latest === undefined) return false;
    loadLatest(latest);
    return true;
  };

  return {
    ...formErrors,
    base,
    setBase,
    values,
    set: (changes) => setValues((v) => ({ ...v, ...changes })),
    saving,
    conflict,
    unsaved,
    save,
    load,
    loadSaved: (saved) => {
      setConflict(false);
      setUnsaved(null);
      load(saved);
    },
    loadLatest,
    reload,
  };
}
