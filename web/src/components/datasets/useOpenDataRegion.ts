// The region whose open data the public catalogue shows: the one in the header
// (state/region.ts). A visitor who opened the catalogue directly has none yet:
// the regions are asked for once; with exactly one, that is it (and the header
// shows it too); with several, the visitor chooses.
import { useEffect, useState } from 'preact/hooks';
import { listRegions } from '../../api/regions';
import type { Region } from '../../api/types';
import { currentRegion, learnRegionFromList } from '../../state/region';
import { useStore } from '../../state/store';

export function useOpenDataRegion(): { region: Region | null; choices: Region[]; choose: (id: string) => void; failed: boolean } {
  const region = useStore(currentRegion);
  const [choices, setChoices] = useState<Region[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (region) return;
    const controller = new AbortController();
    void listRegions({ signal: controller.signal }).then((answer) => {
      if (controller.signal.aborted) return;
      if (!answer.ok) return setFailed(true);
      learnRegionFromList(answer.data.items, answer.data.next_cursor != null);
      setChoices(answer.data.items);
    });
    return () => controller.abort();
  }, [region === null]);
  return {
    region,
    choices,
    failed,
    choose: (id) => {
      const chosen = choices.find((r) => r.id === id);
      if (chosen) currentRegion.set(chosen);
    },
  };
}
