// The application registry API (docs/registries-contract.md "Applications"): list
// with filters, register, change (If-Match), documents required before production,
// tests, the production readiness, lifecycle moves and the GCIO's decision.
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import { isArrayOf, isObject, isPageOf } from './checks';
import type { Page } from './types';
import {
  isApplication,
  isApplicationDocument,
  isApplicationDocuments,
  isApplicationTest,
  isApplicationTests,
  isGcioDecision,
  isReadiness,
  type Application,
  type ApplicationDocument,
  type ApplicationDocuments,
  type ApplicationTest,
  type ApplicationTests,
  type GcioDecision,
  type Readiness,
} from './applicationTypes';

export const APPLICATIONS_PATH = '/api/v1/applications';
export const applicationPath = (id: number) => `${APPLICATIONS_PATH}/${id}`;
export const applicationPagePath = (id: number) => `/elemen/aplikasi/${id}`;

export interface ApplicationFilter {
  agency_id: string;
  category: string;
  lifecycle: string;
  q: string;
}

export function listApplications(filter: ApplicationFilter, cursor: string | null, options?: RequestOptions): Promise<Result<Page<Application>>> {
  const query = new URLSearchParams();
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.category) query.set('category', filter.category);
  if (filter.lifecycle) query.set('lifecycle', filter.lifecycle);
  if (filter.q.trim()) query.set('q', filter.q.trim());
  query.set('limit', '50');
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${APPLICATIONS_PATH}?${query.toString()}`, (v): v is Page<Application> => isPageOf(v, isApplication), options);
}

export function getApplication(id: number, options?: RequestOptions): Promise<Result<Application>> {
  return apiGet(applicationPath(id), isApplication, options);
}

export interface ApplicationInput {
  owner_agency_id?: number;
  code?: string;
  name?: string;
  description?: string | null;
  category?: string;
  user_agency_ids?: number[];
  user_groups?: string | null;
  licence_kind?: string;
  licence_name?: string | null;
  repository_location?: string | null;
  runs_at?: string | null;
}

export function createApplication(input: ApplicationInput): Promise<Result<Application>> {
  return apiPost(APPLICATIONS_PATH, input, isApplication);
}

export function updateApplication(id: number, changes: ApplicationInput, etag: string): Promise<Result<Application>> {
  return apiPatch(applicationPath(id), changes, isApplication, { ifMatch: etag });
}

export function getApplicationDocuments(id: number, options?: RequestOptions): Promise<Result<ApplicationDocuments>> {
  return apiGet(`${applicationPath(id)}/documents`, isApplicationDocuments, options);
}

export function addApplicationDocument(id: number, kind: string, sha256: string): Promise<Result<ApplicationDocument>> {
  return apiPost(`${applicationPath(id)}/documents`, { kind, file_sha256: sha256 }, isApplicationDocument);
}

export function getApplicationTests(id: number, options?: RequestOptions): Promise<Result<ApplicationTests>> {
  return apiGet(`${applicationPath(id)}/tests`, isApplicationTests, options);
}

export interface TestInput {
  tested_on: string;
  result: string;
  summary: string;
  report_sha256?: string;
}

export function addApplicationTest(id: number, input: TestInput): Promise<Result<ApplicationTest>> {
  return apiPost(`${applicationPath(id)}/tests`, input, isApplicationTest);
}

export function getProductionReadiness(id: number, options?: RequestOptions): Promise<Result<Readiness>> {
  return apiGet(`${applicationPath(id)}/production-readiness`, isReadiness, options);
}

// Sends the version the user saw (If-Match): 412 when someone changed it meanwhile.
export function moveApplication(id: number, to: string, etag: string, reason?: string): Promise<Result<Application>> {
  return apiPost(`${applicationPath(id)}/lifecycle`, reason ? { to, reason } : { to }, isApplication, { ifMatch: etag });
}

export function decideGcioApproval(id: number, decision: string, note: string): Promise<Result<GcioDecision>> {
  return apiPost(`${applicationPath(id)}/gcio-approval`, note ? { decision, note } : { decision }, isGcioDecision);
}

// The GCIO's decisions on the application, newest first: only the export carries them.
export function getGcioDecisions(id: number, options?: RequestOptions): Promise<Result<{ gcio_decisions: GcioDecision[] }>> {
  return apiGet(`${applicationPath(id)}/export.json`, (v): v is { gcio_decisions: GcioDecision[] } => isObject(v) && isArrayOf(v.gcio_decisions, isGcioDecision), options);
}
