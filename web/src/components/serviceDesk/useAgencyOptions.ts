// The services or applications of one agency, to say what a ticket concerns;
// empty while loading, when none is chosen, or when they cannot be read.
import { useEffect, useState } from 'preact/hooks';
import { listAgencyOptions, type NamedOption } from '../../api/tickets';

export function useAgencyOptions(which: 'services' | 'applications', agencyId: number | null): NamedOption[] {
  const [items, setItems] = useState<{ agencyId: number | null; items: NamedOption[] }>({ agencyId: null, items: [] });
  useEffect(() => {
    if (agencyId === null) return;
    const controller = new AbortController();
    void listAgencyOptions(which, agencyId, { signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted) setItems({ agencyId, items: answer.ok ? answer.data.items : [] });
    });
    return () => controller.abort();
  }, [which, agencyId]);
  return items.agencyId === agencyId ? items.items : [];
}

export const optionLabel = (o: NamedOption) => (o.code ? `${o.code} — ${o.name}` : o.name);
