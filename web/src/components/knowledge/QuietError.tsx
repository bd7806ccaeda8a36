// A failed load beside a form the user is typing in (the suggestions, the ticket's articles): said
// in plain words with "try again", without taking focus away from what the user is doing (unlike
// ErrorBox, which a page-level failure uses).
import type { ApiError } from '../../api/client';
import { describeError } from '../../errors/describe';
import { useI18n } from '../../i18n/useI18n';

export function QuietError({ error, onRetry, testId }: { error: ApiError; onRetry: () => void; testId: string }) {
  const i18n = useI18n();
  return (
    <p class="body kb-quiet-error" data-testid={testId}>
      {i18n.t('knowledge.loadFailed')} {describeError(error, i18n)}{' '}
      <button type="button" class="link-button" onClick={onRetry} data-testid={`${testId}-retry`}>
        {i18n.t('error.retry')}
      </button>
    </p>
  );
}
