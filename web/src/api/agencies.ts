// GET /api/v1/agencies: the region's agencies (Perangkat Daerah), for forms.
import { apiGet, type RequestOptions, type Result } from './client';
import { isAgencyList, type Agency } from './identityTypes';

export function listAgencies(options?: RequestOptions): Promise<Result<{ items: Agency[] }>> {
  return apiGet('/api/v1/agencies', isAgencyList, options);
}
