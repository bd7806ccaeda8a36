// The audit log (superadmin, auditor): one page of entries, newest first, and
// the integrity check of the hash chain.
import { apiGet, type RequestOptions, type Result } from './client';
import { isAuditPage, isAuditVerification, type AuditEntry, type AuditVerification } from './auditTypes';
import type { Page } from './types';

export const AUDIT_PAGE_LIMIT = 25;

// from/to are instants (RFC 3339, UTC); `to` is exclusive.
export interface AuditFilter {
  action?: string;
  actor?: string;
  entity_type?: string;
  from?: string;
  to?: string;
}

export function listAudit(filter: AuditFilter, cursor: string | null, options?: RequestOptions): Promise<Result<Page<AuditEntry>>> {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_LIMIT) });
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  if (cursor) query.set('cursor', cursor);
  return apiGet(`/api/v1/audit?${query.toString()}`, isAuditPage, options);
}

export function verifyAudit(options?: RequestOptions): Promise<Result<AuditVerification>> {
  return apiGet('/api/v1/audit/verify', isAuditVerification, options);
}
