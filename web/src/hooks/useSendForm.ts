// The submit flow of a form that sends something new (a record, a review, a
// monitoring entry) or takes a workflow step: the browser's own checks first, one
// send at a time, the server's errors beside the fields, a 412 (someone changed the
// record first) as `conflict`, and `onSent` with the answer. Shared so every such
// form behaves alike (forms that edit a versioned record use useVersionedForm).
import { useState } from 'preact/hooks';
import type { ApiError, Result } from '../api/client';
import { apiFormErrors, hasErrors, type FormErrors } from '../forms/formErrors';
import { useFormErrors, type ErrorWording } from '../forms/useFormErrors';
import { useI18n, type I18n } from '../i18n/useI18n';

export interface SendSteps<T> {
  check?: ErrorWording;
  request: () => Promise<Result<T>>;
  onSent: (data: T, etag?: string) => void;
  // Adds to what the server said, e.g. who may take a step the user was refused.
  explain?: (error: ApiError, shown: FormErrors, wording: I18n) => FormErrors;
}

export function useSendForm(fieldIds: Record<string, string>) {
  const i18n = useI18n();
  const formErrors = useFormErrors();
  const { show, clear } = formErrors;
  const [sending, setSending] = useState(false);
  const [conflict, setConflict] = useState(false);

  const send =
    <T>({ check, request, onSent, explain }: SendSteps<T>) =>
    async (event?: Event) => {
      event?.preventDefault();
      if (sending) return;
      if (check && hasErrors(check(i18n))) {
        show(check);
        return;
      }
      setSending(true);
      const answer = await request();
      setSending(false);
      if (!answer.ok) {
        const error = answer.error;
        if (error.status === 412) {
          clear();
          setConflict(true);
          return;
        }
        show((wording) => {
          const shown = apiFormErrors(error, wording, fieldIds);
          return explain ? explain(error, shown, wording) : shown;
        });
        return;
      }
      clear();
      onSent(answer.data, answer.etag);
    };

  return { ...formErrors, sending, conflict, send };
}
