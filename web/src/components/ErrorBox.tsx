// A plain-language error with a retry button. It takes focus when it appears,
// so keyboard and screen-reader users learn about it at once.
import { useEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../api/client';
import { describeError } from '../errors/describe';
import { useI18n } from '../i18n/useI18n';

interface Props {
  error: ApiError;
  onRetry: () => void;
}

export function ErrorBox({ error, onRetry }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [error]);

  return (
    <div class="error-box" role="alert" tabIndex={-1} ref={box} data-testid="error-box">
      <h2 class="error-box__title">{t('error.title')}</h2>
      <p class="error-box__detail" data-testid="error-detail">
        {describeError(error, i18n)}
      </p>
      {error.requestId && (
        <p class="error-box__reference" data-testid="error-request-id">
          {t('error.requestId', { id: error.requestId })}
        </p>
      )}
      <button type="button" class="button" onClick={onRetry} data-testid="retry-button">
        {t('error.retry')}
      </button>
    </div>
  );
}
