// The one way the UI talks to the server. Every call resolves to a Result:
// either the checked data or an ApiError; it never throws and never rejects.
// Requests carry Accept-Language from the chosen language, so the server's
// problem texts (title, detail) come back in the language the user reads.
// Mutations (POST, PATCH, PUT, DELETE) carry the session's X-CSRF-Token; the session
// cookie goes along by itself (same origin). Answers that end or block the
// session (401 authentication-required, 403 password-change-required) are
// announced to the session state, whichever page made the call.
import { language } from '../i18n/language';
import { announceAuthEvent } from './authEvents';
import { csrfToken } from './csrf';
import { toProblem, type Problem } from './types';

export type ApiErrorKind =
  | 'problem' // the server answered application/problem+json
  | 'http' // an error status without a problem body
  | 'network' // no answer at all
  | 'timeout' // no answer in time
  | 'unreadable' // an answer that is not the JSON we expected
  | 'aborted'; // the caller cancelled; show nothing

export interface ApiError {
  kind: ApiErrorKind;
  status: number; // 0 when there was no HTTP answer
  problem?: Problem;
  requestId?: string;
  retryAfterSeconds?: number; // from Retry-After, when the server sent one
}

// etag: the answer's ETag header, for a later If-Match.
export type Result<T> = { ok: true; data: T; status: number; etag?: string } | { ok: false; error: ApiError };

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  keepalive?: boolean;
  ifMatch?: string; // sent as If-Match (optimistic locking)
}

const PROBLEM_PREFIX = 'urn:simpul:problem:';

// The problem's slug (e.g. 'invalid-credentials'), or null when it is not one of ours.
export function problemSlug(error: ApiError): string | null {
  const type = error.problem?.type ?? '';
  return type.startsWith(PROBLEM_PREFIX) ? type.slice(PROBLEM_PREFIX.length) : null;
}

// For calls answered with 204 and no body.
export const isNoContent = (body: unknown): body is undefined => body === undefined;

const DEFAULT_TIMEOUT_MS = 15000;

export function apiGet<T>(
  path: string,
  check: (body: unknown) => body is T,
  options: RequestOptions = {},
): Promise<Result<T>> {
  return request(path, { method: 'GET' }, check, options);
}

export function apiPost<T>(
  path: string,
  body: unknown,
  check: (body: unknown) => body is T,
  options: RequestOptions = {},
): Promise<Result<T>> {
  return sendJson('POST', path, body, check, options);
}

export function apiPatch<T>(
  path: string,
  body: unknown,
  check: (body: unknown) => body is T,
  options: RequestOptions = {},
): Promise<Result<T>> {
  return sendJson('PATCH', path, body, check, options);
}

export function apiPut<T>(
  path: string,
  body: unknown,
  check: (body: unknown) => body is T,
  options: RequestOptions = {},
): Promise<Result<T>> {
  return sendJson('PUT', path, body, check, options);
}

// A request whose body is the given value as JSON.
function sendJson<T>(
  method: 'POST' | 'PATCH' | 'PUT',
  path: string,
  body: unknown,
  check: (body: unknown) => body is T,
  options: RequestOptions,
): Promise<Result<T>> {
  const init: RequestInit = {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
  return request(path, init, check, options);
}

// A request whose body is a file as it is (uploads, spreadsheet imports); its type
// goes as Content-Type. Files take longer than forms, so the wait is longer.
export function apiUpload<T>(
  path: string,
  file: Blob,
  check: (body: unknown) => body is T,
  options: RequestOptions = {},
): Promise<Result<T>> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    body: file,
  };
  return request(path, init, check, { timeoutMs: 120000, ...options });
}

// Most removals answer 204; a DELETE that answers the changed record names its check.
export function apiDelete(path: string, options?: RequestOptions): Promise<Result<undefined>>;
export function apiDelete<T>(path: string, options: RequestOptions, check: (body: unknown) => body is T): Promise<Result<T>>;
export function apiDelete(path: string, options: RequestOptions = {}, check: (body: unknown) => boolean = isNoContent): Promise<Result<unknown>> {
  return request(path, { method: 'DELETE' }, check as (body: unknown) => body is unknown, options);
}

async function request<T>(
  path: string,
  init: RequestInit,
  check: (body: unknown) => body is T,
  options: RequestOptions,
): Promise<Result<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const forwardAbort = () => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort);
  try {
    if (options.signal?.aborted) return failure('aborted', 0);
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json, application/problem+json');
    headers.set('Accept-Language', language.get());
    const csrf = csrfToken();
    if (init.method && init.method !== 'GET' && csrf) headers.set('X-CSRF-Token', csrf);
    if (options.ifMatch) headers.set('If-Match', options.ifMatch);
    const response = await fetch(path, {
      ...init,
      headers,
      signal: controller.signal,
      credentials: 'same-origin',
      ...(options.keepalive ? { keepalive: true } : {}),
    });
    return await readResponse(response, check);
  } catch {
    if (timedOut) return failure('timeout', 0);
    if (options.signal?.aborted) return failure('aborted', 0);
    return failure('network', 0);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

async function readResponse<T>(
  response: Response,
  check: (body: unknown) => body is T,
): Promise<Result<T>> {
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  const type = response.headers.get('Content-Type') ?? '';
  let body: unknown = undefined;
  let parsed = false;
  if (response.status === 204) {
    parsed = true; // no body by definition, whatever Content-Type says
  } else if (/json/i.test(type)) {
    try {
      body = await response.json();
      parsed = true;
    } catch {
      parsed = false;
    }
  }

  if (response.ok) {
    if (parsed && check(body)) {
      const etag = response.headers.get('ETag') ?? undefined;
      return { ok: true, data: body, status: response.status, ...(etag ? { etag } : {}) };
    }
    return failure('unreadable', response.status, requestId);
  }

  const problem = parsed && /problem\+json/i.test(type) ? toProblem(body, response.status) : null;
  if (problem) {
    const error: ApiError = {
      kind: 'problem',
      status: response.status,
      problem,
      requestId: problem.request_id ?? requestId,
    };
    const retryAfter = readRetryAfter(response.headers.get('Retry-After'));
    if (retryAfter !== undefined) error.retryAfterSeconds = retryAfter;
    const slug = problemSlug(error);
    if (slug === 'authentication-required' || slug === 'password-change-required') announceAuthEvent(slug);
    return { ok: false, error };
  }
  return failure('http', response.status, requestId);
}

// Retry-After as seconds: either a number of seconds or an HTTP date.
function readRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? undefined : Math.max(0, Math.ceil((when - Date.now()) / 1000));
}

function failure<T>(kind: ApiErrorKind, status: number, requestId?: string): Result<T> {
  return { ok: false, error: { kind, status, ...(requestId ? { requestId } : {}) } };
}
