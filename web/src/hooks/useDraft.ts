// Form state that survives the session ending, a reload or a detour: kept in
// sessionStorage (this tab only) under the signed-in user's id, and removed when
// the form is done or the user signs out. Never use it for passwords or secrets.
import { useEffect, useState } from 'preact/hooks';
import { lastSignedInUserId } from '../state/session';

const PREFIX = 'simpul.draft.';

export function useDraft<T extends Record<string, unknown>>(
  name: string,
  initial: T,
): [T, (update: Partial<T>) => void, () => void] {
  const storageKey = `${PREFIX}${lastSignedInUserId() ?? 'anonymous'}.${name}`;
  const [value, setValue] = useState<T>(() => ({ ...initial, ...read(storageKey) }));

  useEffect(() => {
    try {
      if (JSON.stringify(value) === JSON.stringify(initial)) window.sessionStorage.removeItem(storageKey);
      else window.sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // storage blocked or full: the draft lives in memory only
    }
  }, [value, storageKey]);

  const update = (changes: Partial<T>) => setValue((previous) => ({ ...previous, ...changes }));
  const reset = () => setValue(initial);
  return [value, update, reset];
}

function read(key: string): Record<string, unknown> {
  try {
    const text = window.sessionStorage.getItem(key);
    const parsed: unknown = text ? JSON.parse(text) : null;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

// On signing out: no draft may outlive the session on a shared computer.
export function clearDrafts(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.sessionStorage.length; i += 1) {
      const key = window.sessionStorage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) window.sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}
