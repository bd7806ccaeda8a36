// The architecture (Arsitektur SPBE) API: versions, their six domains, status
// steps, reviews (docs/governance-contract.md "Architecture").
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import { isArchitecture, isArchitectureList, type Architecture } from './architectureTypes';

export const ARCHITECTURES_PATH = '/api/v1/architectures';
export const architecturePath = (id: number) => `${ARCHITECTURES_PATH}/${id}`;

export function listArchitectures(status = '', options?: RequestOptions): Promise<Result<{ items: Architecture[] }>> {
  return apiGet(status ? `${ARCHITECTURES_PATH}?status=${encodeURIComponent(status)}` : ARCHITECTURES_PATH, isArchitectureList, options);
}

export function getArchitecture(id: number, options?: RequestOptions): Promise<Result<Architecture>> {
  return apiGet(architecturePath(id), isArchitecture, options);
}

export interface ArchitectureInput {
  title?: string;
  start_year?: number | null;
  end_year?: number | null;
  reference_summary?: string | null;
  decree_number?: string | null;
  decree_date?: string | null;
}

export function createArchitecture(input: ArchitectureInput): Promise<Result<Architecture>> {
  return apiPost(ARCHITECTURES_PATH, input, isArchitecture);
}

export function updateArchitecture(id: number, changes: ArchitectureInput, etag: string): Promise<Result<Architecture>> {
  return apiPatch(architecturePath(id), changes, isArchitecture, { ifMatch: etag });
}

export interface TransitionInput {
  to: string;
  decree_number?: string;
  decree_date?: string;
}

export function transitionArchitecture(id: number, input: TransitionInput, etag: string): Promise<Result<Architecture>> {
  return apiPost(`${architecturePath(id)}/transition`, input, isArchitecture, { ifMatch: etag });
}

export interface DomainInput {
  description?: string | null;
  agency_id?: number | null;
}

export function updateArchitectureDomain(id: number, domain: string, changes: DomainInput, etag: string): Promise<Result<Architecture>> {
  return apiPatch(`${architecturePath(id)}/domains/${encodeURIComponent(domain)}`, changes, isArchitecture, { ifMatch: etag });
}

export interface ArchitectureReviewInput {
  kind: string;
  review_date: string;
  reasons?: string[];
  note?: string;
  decree_number?: string;
  decree_date?: string;
}

// If-Match is optional for a review (it adds, it overwrites nothing).
export function addArchitectureReview(id: number, input: ArchitectureReviewInput, etag?: string): Promise<Result<Architecture>> {
  return apiPost(`${architecturePath(id)}/reviews`, input, isArchitecture, etag ? { ifMatch: etag } : {});
}
