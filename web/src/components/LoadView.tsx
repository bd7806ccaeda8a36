// What a page shows for one answer from useLoad: "loading" at first, the error
// box (with "try again") when the load failed, and the content once it is there.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../hooks/useLoad';
import { useI18n } from '../i18n/useI18n';
import { ErrorBox } from './ErrorBox';

interface Props<T> {
  loaded: Loaded<T>;
  children: (data: T, etag?: string) => ComponentChildren;
}

export function LoadView<T>({ loaded, children }: Props<T>) {
  const { t } = useI18n();
  const { state } = loaded;
  if (state.phase === 'loading') {
    return (
      <p class="body" role="status" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  }
  if (state.phase === 'error') return <ErrorBox error={state.error} onRetry={loaded.reload} />;
  return <>{children(state.data, state.etag)}</>;
}
