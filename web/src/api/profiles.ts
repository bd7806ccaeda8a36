// GET /api/v1/profiles/{name}: the regulation a region runs, with every
// obligation (docs/profiles.md).
import { apiGet, type RequestOptions, type Result } from './client';
import { isProfileDetail, type ProfileDetail } from './organisationTypes';

export function getProfile(name: string, options?: RequestOptions): Promise<Result<ProfileDetail>> {
  return apiGet(`/api/v1/profiles/${encodeURIComponent(name)}`, isProfileDetail, options);
}
