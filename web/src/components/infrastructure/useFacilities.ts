// The region's data center and recovery center, for the forms that place a host
// or a backup copy; empty while loading or when unreadable.
import { useEffect, useState } from 'preact/hooks';
import { listFacilities } from '../../api/infrastructure';
import type { Facility } from '../../api/infrastructureTypes';

export function useFacilities(key = 0): Facility[] {
  const [facilities, setFacilities] = useState<Facility[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    void listFacilities({ signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted && answer.ok) setFacilities(answer.data.items);
    });
    return () => controller.abort();
  }, [key]);
  return facilities;
}
