// A list the server pages with next_cursor, for a given filter: loads the
// first page, moves forward with the cursor and back through the cursors seen,
// and starts again at page 1 whenever the filter (its `key`) changes. While a
// page loads, the previous one stays on screen, marked `refreshing`.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError, Result } from '../api/client';
import type { Page } from '../api/types';

export type ListState<T> =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'ready'; items: T[]; nextCursor: string | null; refreshing: boolean };

export interface PagedList<T> {
  state: ListState<T>;
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  next: () => void;
  previous: () => void;
  reload: () => void;
}

type Loader<T> = (cursor: string | null, signal: AbortSignal) => Promise<Result<Page<T>>>;

export function usePagedList<T>(load: Loader<T>, key: string): PagedList<T> {
  const loader = useRef(load);
  loader.current = load;
  const [paging, setPaging] = useState<{ key: string; cursors: Array<string | null> }>({ key, cursors: [null] });
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ListState<T>>({ phase: 'loading' });

  const cursors = paging.key === key ? paging.cursors : [null];
  const cursor = cursors[cursors.length - 1] ?? null;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.phase === 'ready' ? { ...previous, refreshing: true } : { phase: 'loading' }));
    void loader.current(cursor, controller.signal).then((answer) => {
      if (controller.signal.aborted) return;
      setState(
        answer.ok
          ? { phase: 'ready', items: answer.data.items, nextCursor: answer.data.next_cursor ?? null, refreshing: false }
          : { phase: 'error', error: answer.error },
      );
    });
    return () => controller.abort();
  }, [key, cursor, attempt]);

  const nextCursor = state.phase === 'ready' ? state.nextCursor : null;
  return {
    state,
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    hasNext: nextCursor !== null,
    next: () => {
      if (nextCursor) setPaging({ key, cursors: [...cursors, nextCursor] });
    },
    previous: () => setPaging({ key, cursors: cursors.slice(0, -1) }),
    reload: () => setAttempt((n) => n + 1),
  };
}
