// The ICT audit API (Audit TIK, docs/risk-security-audit-contract.md "ICT audits"):
// audit objects and their sync from the registries, the programme and the overdue
// lists, audits and their steps (If-Match), findings, follow-ups, closing.
import { apiGet, apiPost, type RequestOptions, type Result } from './client';
import {
  isAudit,
  isAuditObject,
  isAuditPage,
  isFinding,
  isObjectPage,
  isOverdueLists,
  isProgramme,
  isSyncResult,
  type Audit,
  type AuditAction,
  type AuditObject,
  type Finding,
  type OverdueLists,
  type Programme,
  type SyncResult,
} from './ictAuditTypes';
import type { Page } from './types';

export const ICT_AUDITS_PATH = '/api/v1/ict-audits';
export const ICT_AUDIT_PAGE = '/audit-tik';
export const auditPagePath = (id: number) => `${ICT_AUDIT_PAGE}/${id}`;
export const fileUrl = (sha256: string) => `/api/v1/files/${sha256}`;

export interface ObjectFilter {
  kind: string;
  agency_id: string;
  status: string;
  q: string;
}

export function listAuditObjects(filter: Partial<ObjectFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<Page<AuditObject>>> {
  const query = new URLSearchParams({ active: 'true', limit: '50' });
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.status) query.set('status', filter.status);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${ICT_AUDITS_PATH}/objects?${query.toString()}`, isObjectPage, options);
}

export function getAuditObject(id: number, options?: RequestOptions): Promise<Result<AuditObject>> {
  return apiGet(`${ICT_AUDITS_PATH}/objects/${id}`, isAuditObject, options);
}

export function syncAuditObjects(): Promise<Result<SyncResult>> {
  return apiPost(`${ICT_AUDITS_PATH}/objects/sync`, {}, isSyncResult);
}

export function getProgramme(options?: RequestOptions): Promise<Result<Programme>> {
  return apiGet(`${ICT_AUDITS_PATH}/programme`, isProgramme, options);
}

export function getOverdueLists(options?: RequestOptions): Promise<Result<OverdueLists>> {
  return apiGet(`${ICT_AUDITS_PATH}/overdue`, isOverdueLists, options);
}

export interface AuditFilter {
  state: string;
}

export function listAudits(filter: Partial<AuditFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<Page<Audit>>> {
  const query = new URLSearchParams({ limit: '50' });
  if (filter.state) query.set('state', filter.state);
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${ICT_AUDITS_PATH}?${query.toString()}`, isAuditPage, options);
}

export function getAudit(id: number, options?: RequestOptions): Promise<Result<Audit>> {
  return apiGet(`${ICT_AUDITS_PATH}/${id}`, isAudit, options);
}

export interface AuditInput {
  object_id: number;
  planned_on: string;
  auditor_kind: string;
  auditor_name: string;
  auditor_credential?: string;
  aspects: string[];
}

export function planAudit(input: AuditInput): Promise<Result<Audit>> {
  return apiPost(ICT_AUDITS_PATH, input, isAudit);
}

// The step's own fields, e.g. {on, note, sha256} to pre-evaluate; sent with the version seen.
export function takeAuditStep(id: number, action: AuditAction, fields: Record<string, string>, etag: string): Promise<Result<Audit>> {
  return apiPost(`${ICT_AUDITS_PATH}/${id}/actions`, { action, ...fields }, isAudit, { ifMatch: etag });
}

export interface FindingInput {
  severity: string;
  title: string;
  description: string;
  recommendation: string;
  owner_agency_id: number;
  due_on: string;
}

export function recordFinding(auditId: number, input: FindingInput): Promise<Result<Finding>> {
  return apiPost(`${ICT_AUDITS_PATH}/${auditId}/findings`, input, isFinding);
}

export function addFollowUp(findingId: number, note: string, sha256: string | null): Promise<Result<Finding>> {
  return apiPost(`${ICT_AUDITS_PATH}/findings/${findingId}/follow-ups`, { note, ...(sha256 ? { sha256 } : {}) }, isFinding);
}

export function closeFinding(finding: Finding): Promise<Result<Finding>> {
  return apiPost(`${ICT_AUDITS_PATH}/findings/${finding.id}/close`, {}, isFinding, { ifMatch: `"${finding.version}"` });
}

export function reopenFinding(finding: Finding): Promise<Result<Finding>> {
  return apiPost(`${ICT_AUDITS_PATH}/findings/${finding.id}/reopen`, {}, isFinding, { ifMatch: `"${finding.version}"` });
}
