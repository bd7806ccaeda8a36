// An API error as error-summary items, the same array until the error (or the
// language) changes, so the summary takes focus once per new error only.
import { useMemo } from 'preact/hooks';
import type { ApiError } from '../api/client';
import { describeError } from '../errors/describe';
import type { SummaryItem } from '../forms/formErrors';
import { useI18n } from '../i18n/useI18n';

const NONE: SummaryItem[] = [];

export function useErrorItems(error: ApiError | null): SummaryItem[] {
  const i18n = useI18n();
  return useMemo(() => (error ? [{ text: describeError(error, i18n) }] : NONE), [error, i18n.lang]);
}
