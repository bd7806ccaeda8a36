// What a form shows when something is wrong: the summary at the top (each item
// linking to its field when there is one) and the message beside each field.
// Server field errors (422) are mapped from the API's field names to the ids of
// the form's inputs; anything else becomes one plain-language summary line.
import type { ApiError } from '../api/client';
import { describeError } from '../errors/describe';
import type { I18n } from '../i18n/useI18n';

export interface SummaryItem {
  text: string;
  fieldId?: string;
}

export interface FormErrors {
  summary: SummaryItem[];
  fields: Record<string, string>; // input id → message
}

export const NO_ERRORS: FormErrors = { summary: [], fields: {} };

// From checks made in the browser: input id → message, in the form's order.
export function fieldErrors(entries: Array<[string, string | null | undefined]>): FormErrors {
  const fields: Record<string, string> = {};
  const summary: SummaryItem[] = [];
  for (const [fieldId, message] of entries) {
    if (!message) continue;
    fields[fieldId] = message;
    summary.push({ text: message, fieldId });
  }
  return { summary, fields };
}

// From an API error. `fieldIds` maps the server's field names to input ids;
// field errors for unknown fields still appear in the summary.
export function apiFormErrors(error: ApiError, i18n: I18n, fieldIds: Record<string, string> = {}): FormErrors {
  const serverFields = error.problem?.errors ?? [];
  if (error.status === 422 && serverFields.length > 0) {
    const fields: Record<string, string> = {};
    const summary: SummaryItem[] = [];
    for (const { field, message } of serverFields) {
      const fieldId = fieldIds[field];
      if (fieldId && !fields[fieldId]) fields[fieldId] = message;
      summary.push(fieldId ? { text: message, fieldId } : { text: message });
    }
    return { summary, fields };
  }
  return { summary: [{ text: describeError(error, i18n) }], fields: {} };
}

export const hasErrors = (errors: FormErrors): boolean => errors.summary.length > 0;
