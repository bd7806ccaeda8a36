// A form's errors, kept as "how to word them" rather than as text, so they are
// shown again in the other language when the user switches. `focusKey` changes
// only when new errors are shown (not on a language switch), for the summary.
import { useMemo, useState } from 'preact/hooks';
import { useI18n, type I18n } from '../i18n/useI18n';
import { NO_ERRORS, type FormErrors } from './formErrors';

export type ErrorWording = (i18n: I18n) => FormErrors;

export interface FormErrorState {
  errors: FormErrors;
  focusKey: object | null;
  show: (wording: ErrorWording) => void;
  clear: () => void;
}

export function useFormErrors(): FormErrorState {
  const i18n = useI18n();
  const [current, setCurrent] = useState<{ wording: ErrorWording } | null>(null);
  const errors = useMemo(() => (current ? current.wording(i18n) : NO_ERRORS), [current, i18n.lang]);
  return {
    errors,
    focusKey: current,
    show: (wording) => setCurrent({ wording }),
    clear: () => setCurrent(null),
  };
}
