// The change history of one record (GET …/{id}/history): every saved version,
// newest first, read from the audit log (docs/governance-contract.md).
import { apiGet, type RequestOptions, type Result } from './client';
import { isArrayOf, isNumber, isObject, isString, isStringOrNull } from './checks';
import type { AuditChange } from './auditTypes';

export interface HistoryItem {
  seq: number;
  at: string;
  actor: { username: string; role: string };
  action: string;
  changes: Record<string, AuditChange>;
  request_id: string | null;
}

function isHistoryItem(v: unknown): v is HistoryItem {
  return (
    isObject(v) &&
    isNumber(v.seq) &&
    isString(v.at) &&
    isObject(v.actor) &&
    isString(v.actor.username) &&
    isString(v.action) &&
    isObject(v.changes) &&
    isStringOrNull(v.request_id)
  );
}

const isHistory = (v: unknown): v is { items: HistoryItem[] } => isObject(v) && isArrayOf(v.items, isHistoryItem);

// `recordPath` is the record's own address, e.g. /api/v1/master-plans/3.
export function getHistory(recordPath: string, options?: RequestOptions): Promise<Result<{ items: HistoryItem[] }>> {
  return apiGet(`${recordPath}/history`, isHistory, options);
}
