// One answer a page needs (not a paged list): "loading" at first, then the data
// or the error. Loads again when `key` changes, after a retry, or after the user
// signed in anew; `replace` puts a newer copy in place (e.g. what a change
// answered) without loading again. While it loads again, the old data stays.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError, Result } from '../api/client';
import { signInCount } from '../state/session';
import { useStore } from '../state/store';

export type LoadState<T> =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'ready'; data: T; etag?: string };

export interface Loaded<T> {
  state: LoadState<T>;
  reload: () => void;
  replace: (data: T, etag?: string) => void;
}

export function useLoad<T>(load: (signal: AbortSignal) => Promise<Result<T>>, key = ''): Loaded<T> {
  const loader = useRef(load);
  loader.current = load;
  const signIns = useStore(signInCount);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState<T>>({ phase: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    void loader.current(controller.signal).then((answer) => {
      if (controller.signal.aborted) return;
      if (answer.ok) setState({ phase: 'ready', data: answer.data, ...(answer.etag ? { etag: answer.etag } : {}) });
      else setState((previous) => (previous.phase === 'ready' && answer.error.kind === 'aborted' ? previous : { phase: 'error', error: answer.error }));
    });
    return () => controller.abort();
  }, [key, attempt, signIns]);

  return {
    state,
    reload: () => setAttempt((n) => n + 1),
    replace: (data, etag) => setState({ phase: 'ready', data, ...(etag ? { etag } : {}) }),
  };
}
