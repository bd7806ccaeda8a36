// Shapes of the audit log answers (docs/identity-contract.md, "Audit log").
import { isNumber, isObject, isPageOf, isString, isStringOrNull } from './checks';
import type { Page } from './types';

export interface AuditActor {
  id: number | null; // null for the system (e.g. `simpul demo`)
  username: string;
  role: string;
}

export interface AuditChange {
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: AuditActor | null; // null: nobody signed in (e.g. a failed sign-in)
  action: string;
  entity_type: string;
  entity_id: string;
  changes: Record<string, AuditChange>;
  request_id: string | null;
  client: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  first_broken: { seq: number; reason: string } | null;
  head: {
    seq: number;
    hash: string;
    signed_seq?: number | null;
    signed_at: string | null;
    signature_valid: boolean | null;
  };
}

function isActor(v: unknown): v is AuditActor {
  return isObject(v) && isString(v.username) && isString(v.role);
}

function isChanges(v: unknown): v is Record<string, AuditChange> {
  return isObject(v) && Object.values(v).every((c) => isObject(c));
}

export function isAuditEntry(v: unknown): v is AuditEntry {
  return (
    isObject(v) &&
    isNumber(v.seq) &&
    isString(v.at) &&
    (v.actor === null || isActor(v.actor)) &&
    isString(v.action) &&
    isString(v.entity_type) &&
    (isString(v.entity_id) || isNumber(v.entity_id)) &&
    isChanges(v.changes) &&
    (v.request_id === undefined || isStringOrNull(v.request_id))
  );
}

export const isAuditPage = (v: unknown): v is Page<AuditEntry> => isPageOf(v, isAuditEntry);

export function isAuditVerification(v: unknown): v is AuditVerification {
  if (!isObject(v) || typeof v.ok !== 'boolean' || !isNumber(v.entries) || !isObject(v.head)) return false;
  const broken = v.first_broken;
  const head = v.head;
  return (
    (broken === null || (isObject(broken) && isNumber(broken.seq))) &&
    (head.signature_valid === null || typeof head.signature_valid === 'boolean') &&
    (head.signed_at === null || isString(head.signed_at))
  );
}
