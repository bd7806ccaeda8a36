// The region (Pemda) this deployment serves, once a page has learnt it. The
// header shows its name; until something sets it, the header shows none.
// regionDetail adds the region's regulation (profile, citation) and its words
// (terms) from GET /api/v1/region, learnt once the user signed in.
import { createStore } from './store';
import type { Region } from '../api/types';
import type { RegionDetail } from '../api/organisationTypes';

export const currentRegion = createStore<Region | null>(null);

export const regionDetail = createStore<RegionDetail | null>(null);

// A list of regions tells us the current one only when it holds exactly one
// region and there are no further pages.
export function learnRegionFromList(items: readonly Region[], hasMore: boolean): void {
  const only = items.length === 1 && !hasMore ? items[0] : undefined;
  if (only) currentRegion.set(only);
}
