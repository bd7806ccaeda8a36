// GET /api/v1/regions: one page of regions (Pemda), in the server's order.
import { apiGet, type RequestOptions, type Result } from './client';
import { isRegionPage, type Page, type Region } from './types';

export const REGION_PAGE_LIMIT = 100; // the largest page the server gives

export function listRegions(options?: RequestOptions): Promise<Result<Page<Region>>> {
  return apiGet(`/api/v1/regions?limit=${REGION_PAGE_LIMIT}`, isRegionPage, options);
}
