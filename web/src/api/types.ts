// Shapes of the server's answers, as docs/http-contract.md describes them, and
// small checks that an answer really has that shape before the UI trusts it.
// Identity shapes are in identityTypes.ts, the audit log's in auditTypes.ts.
import { isNumber, isObject, isString } from './checks';

export interface Status {
  name: string;
  version: string;
  status: 'ok' | 'degraded' | string;
  database: { backend: string; ready: boolean; schema_version: number };
  started_at: string;
  uptime_seconds: number;
}

export interface Region {
  id: string;
  name: string;
  kind: string;
  time_zone: string;
  domain?: string | null;
  profile?: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

// RFC 9457 problem details, with Simpul's extensions.
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
  locked_until?: string; // account-locked: when a temporary lock ends (RFC 3339)
}

export interface FieldError {
  field: string;
  message: string;
  row?: number; // imports: the spreadsheet row
  column?: string; // imports: the column letter
}


export function isStatus(v: unknown): v is Status {
  if (!isObject(v) || !isObject(v.database)) return false;
  const db = v.database;
  return (
    isString(v.version) &&
    isString(v.status) &&
    isString(db.backend) &&
    typeof db.ready === 'boolean' &&
    isNumber(db.schema_version) &&
    isNumber(v.uptime_seconds)
  );
}

export function isRegion(v: unknown): v is Region {
  return isObject(v) && isString(v.id) && isString(v.name) && isString(v.kind) && isString(v.time_zone);
}

export function isRegionPage(v: unknown): v is Page<Region> {
  return (
    isObject(v) &&
    Array.isArray(v.items) &&
    v.items.every(isRegion) &&
    (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor))
  );
}

// Reads a problem body leniently: whatever fields are there and well typed.
export function toProblem(v: unknown, status: number): Problem | null {
  if (!isObject(v)) return null;
  const errors = Array.isArray(v.errors)
    ? v.errors.filter(
        (e): e is FieldError => isObject(e) && isString(e.field) && isString(e.message),
      )
    : undefined;
  return {
    type: isString(v.type) ? v.type : 'about:blank',
    title: isString(v.title) ? v.title : '',
    status: isNumber(v.status) ? v.status : status,
    ...(isString(v.detail) ? { detail: v.detail } : {}),
    ...(isString(v.instance) ? { instance: v.instance } : {}),
    ...(isString(v.request_id) ? { request_id: v.request_id } : {}),
    ...(errors ? { errors } : {}),
    ...(isString(v.locked_until) ? { locked_until: v.locked_until } : {}),
  };
}
