// What a page shows for a list from usePagedList: "loading" at first, the
// error box (with "try again") when the load failed, and once there is a page,
// the list itself (drawn by `children`), the "loading" hint while the next page
// comes, and the pager.
import type { ComponentChildren } from 'preact';
import type { PagedList } from '../hooks/usePagedList';
import { useI18n } from '../i18n/useI18n';
import { ErrorBox } from './ErrorBox';
import { Pager } from './Pager';

interface Props<T> {
  list: PagedList<T>;
  children: (items: T[]) => ComponentChildren;
}

export function PagedListView<T>({ list, children }: Props<T>) {
  const { t } = useI18n();
  const { state } = list;
  if (state.phase === 'loading') {
    return (
      <p class="body" role="status" data-testid="loading">
        {t('common.loading')}
      </p>
    );
  }
  if (state.phase === 'error') return <ErrorBox error={state.error} onRetry={list.reload} />;
  return (
    <>
      {state.refreshing && (
        <p class="hint" role="status" data-testid="refreshing">
          {t('common.loading')}
        </p>
      )}
      {children(state.items)}
      <Pager page={list.page} hasPrevious={list.hasPrevious} hasNext={list.hasNext} onPrevious={list.previous} onNext={list.next} />
    </>
  );
}
