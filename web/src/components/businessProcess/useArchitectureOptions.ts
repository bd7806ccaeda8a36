// The region's architecture versions (Arsitektur SPBE) a process may be based on,
// for the process forms; empty while loading or when they cannot be read.
import { useEffect, useState } from 'preact/hooks';
import { listArchitectureOptions } from '../../api/businessProcesses';
import type { ArchitectureOption } from '../../api/businessProcessTypes';

export function useArchitectureOptions(): ArchitectureOption[] {
  const [items, setItems] = useState<ArchitectureOption[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    void listArchitectureOptions({ signal: controller.signal }).then((answer) => {
      if (!controller.signal.aborted && answer.ok) setItems(answer.data.items);
    });
    return () => controller.abort();
  }, []);
  return items;
}
