// The submit flow of a form that sends something new (a record, a review, a
// monitoring entry): the browser's own checks first, one send at a time, the
// server's errors beside the fields, and `onSent` with the answer. Shared so every
// such form behaves alike (forms that change a versioned record use useVersionedForm).
import { useState } from 'preact/hooks';
import type { Result } from '../api/client';
import { apiFormErrors, hasErrors } from '../forms/formErrors';
import { useFormErrors, type ErrorWording } from '../forms/useFormErrors';
import { useI18n } from '../i18n/useI18n';

export interface SendSteps<T> {
  check?: ErrorWording;
  request: () => Promise<Result<T>>;
  onSent: (data: T, etag?: string) => void;
}

export function useSendForm(fieldIds: Record<string, string>) {
  const i18n = useI18n();
  const formErrors = useFormErrors();
  const { show, clear } = formErrors;
  const [sending, setSending] = useState(false);

  const send =
    <T>({ check, request, onSent }: SendSteps<T>) =>
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
        show((wording) => apiFormErrors(error, wording, fieldIds));
        return;
      }
      clear();
      onSent(answer.data, answer.etag);
    };

  return { ...formErrors, sending, send };
}
