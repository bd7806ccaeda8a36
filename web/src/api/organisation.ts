// The region's organisation (docs/organisation-contract.md): the whole picture
// in one answer, the region with its regulation's words, one agency, and the
// changes a superadmin makes to an agency.
import { apiGet, apiPatch, type RequestOptions, type Result } from './client';
import {
  isOrgAgency,
  isOrganisation,
  isRegionDetail,
  type OrgAgency,
  type Organisation,
  type RegionDetail,
} from './organisationTypes';

export function getOrganisation(options?: RequestOptions): Promise<Result<Organisation>> {
  return apiGet('/api/v1/organisation', isOrganisation, options);
}

// GET /api/v1/region: the signed-in user's region, with its profile and terms.
export function getRegionDetail(options?: RequestOptions): Promise<Result<RegionDetail>> {
  return apiGet('/api/v1/region', isRegionDetail, options);
}

export function getAgency(id: number, options?: RequestOptions): Promise<Result<OrgAgency>> {
  return apiGet(`/api/v1/agencies/${id}`, isOrgAgency, options);
}

export interface AgencyChanges {
  name?: string;
  short_name?: string;
  kind?: string;
  parent_agency_id?: number | null;
  roles?: string[];
}

// `etag` is the version the user saw; the server answers 412 when it is stale.
export function updateAgency(id: number, changes: AgencyChanges, etag: string): Promise<Result<OrgAgency>> {
  return apiPatch(`/api/v1/agencies/${id}`, changes, isOrgAgency, { ifMatch: etag });
}

// The If-Match value for a record: the ETag the server sent, else its version.
export function versionTag(record: { version: number }, etag?: string): string {
  return etag ?? `"${record.version}"`;
}
