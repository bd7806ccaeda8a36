// The regions (Pemda): one page of them in the server's order, or one by id.
import { apiGet, type RequestOptions, type Result } from './client';
import { isRegion, isRegionPage, type Page, type Region } from './types';

export const REGION_PAGE_LIMIT = 100; // the largest page the server gives

export function listRegions(options?: RequestOptions): Promise<Result<Page<Region>>> {
  return apiGet(`/api/v1/regions?limit=${REGION_PAGE_LIMIT}`, isRegionPage, options);
}

// GET /api/v1/regions/{id}: one region, e.g. the signed-in user's (for its time zone).
export function getRegion(id: string, options?: RequestOptions): Promise<Result<Region>> {
  return apiGet(`/api/v1/regions/${encodeURIComponent(id)}`, isRegion, options);
}
