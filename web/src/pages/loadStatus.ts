// Fetches what the status page shows: the server status and the regions, in
// parallel. The first failure wins; a cancelled load resolves to null.
import type { ApiError } from '../api/client';
import { listRegions } from '../api/regions';
import { getStatus } from '../api/status';
import type { Page, Region, Status } from '../api/types';

export type StatusPageData =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'ready'; status: Status; regions: Page<Region> };

export async function loadStatusPage(signal: AbortSignal): Promise<StatusPageData | null> {
  const [status, regions] = await Promise.all([getStatus({ signal }), listRegions({ signal })]);
  if (signal.aborted) return null;
  if (!status.ok) return { phase: 'error', error: status.error };
  if (!regions.ok) return { phase: 'error', error: regions.error };
  return { phase: 'ready', status: status.data, regions: regions.data };
}
