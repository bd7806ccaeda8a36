// The region's agencies (Perangkat Daerah) for forms and tables, loaded once per
// page (again after signing in anew); empty while loading or when unreadable.
import { useEffect, useState } from 'preact/hooks';
import { listAgencies } from '../api/agencies';
import type { Agency } from '../api/identityTypes';
import { signInCount } from '../state/session';
import { useStore } from '../state/store';

export function useAgencies(): { agencies: Agency[]; loaded: boolean } {
  const [agencies, setAgencies] = useState<{ agencies: Agency[]; loaded: boolean }>({ agencies: [], loaded: false });
  const signIns = useStore(signInCount);
  useEffect(() => {
    const controller = new AbortController();
    void listAgencies({ signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      setAgencies({ agencies: answer.ok ? answer.data.items : [], loaded: true });
    });
    return () => controller.abort();
  }, [signIns]);
  return agencies;
}

export function agencyLabel(agencies: Agency[], id: number | null): string | null {
  if (id === null) return null;
  const agency = agencies.find((a) => a.id === id);
  return agency ? `${agency.name} (${agency.short_name})` : `#${id}`;
}
