// The filter above a list (components/FilterForm.tsx): what is typed (draft) is kept
// apart from what is applied, so the list changes only when the user asks; applying
// trims the text typed; "filtered" is true while anything differs from the empty filter
// (which need not be blank: the service desk queue starts at the open tickets).
import { useState } from 'preact/hooks';

// Interfaces of text and yes/no fields (no index signature needed).
type FilterValues<F> = { [K in keyof F]: string | boolean };

export interface ListFilter<F extends FilterValues<F>> {
  draft: F;
  edit: (changes: Partial<F>) => void; // a field of the draft
  filter: F; // in force
  filtered: boolean;
  apply: () => void;
  clear: () => void;
}

export function useListFilter<F extends FilterValues<F>>(empty: F): ListFilter<F> {
  const [draft, setDraft] = useState<F>(empty);
  const [filter, setFilter] = useState<F>(empty);
  const trimmed = (f: F) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as F;
  return {
    draft,
    edit: (changes) => setDraft((previous) => ({ ...previous, ...changes })),
    filter,
    filtered: (Object.keys(empty) as (keyof F)[]).some((k) => {
      const v = filter[k];
      return (typeof v === 'string' ? v.trim() : v) !== empty[k];
    }),
    apply: () => setFilter(trimmed(draft)),
    clear: () => {
      setDraft(empty);
      setFilter(empty);
    },
  };
}
