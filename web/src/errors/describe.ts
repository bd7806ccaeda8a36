// One plain-language sentence for an API error, in the user's language. Problems
// whose cure the UI knows get its own words (e.g. "sign in again, then send it
// again"); others show the server's detail (already in the user's language, see
// api/client.ts), which says why (e.g. "you cannot lock your own account").
import { problemSlug, type ApiError } from '../api/client';
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';

const PROBLEM_KEYS = new Map<string, MessageKey>([
  ['authentication-required', 'error.sessionEnded'],
  ['password-change-required', 'error.passwordChangeRequired'],
  ['csrf-failed', 'error.csrf'],
  ['precondition-failed', 'error.preconditionFailed'],
]);

export function describeError(error: ApiError, { t }: I18n): string {
  switch (error.kind) {
    case 'problem': {
      const slug = problemSlug(error) ?? '';
      const key = PROBLEM_KEYS.get(slug);
      if (key) return t(key);
      const fallback = slug === 'forbidden' ? t('error.forbidden') : t('error.httpStatus', { status: error.status });
      return error.problem?.detail || error.problem?.title || fallback;
    }
    case 'network':
    case 'aborted':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'unreadable':
      return t('error.unreadable');
    case 'http':
      return t('error.httpStatus', { status: error.status });
  }
}
