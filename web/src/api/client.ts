// The one way the UI talks to the server. Every call resolves to a Result:
// either the checked data or an ApiError; it never throws and never rejects.
// Requests carry Accept-Language from the chosen language, so the server's
// problem texts (title, detail) come back in the language the user reads.
import { language } from '../i18n/language';
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
}

export type Result<T> = { ok: true; data: T; status: number } | { ok: false; error: ApiError };

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  keepalive?: boolean;
}

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
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
  return request(path, init, check, options);
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
  if (/json/i.test(type)) {
    try {
      body = await response.json();
      parsed = true;
    } catch {
      parsed = false;
    }
  }

  if (response.ok) {
    if (parsed && check(body)) return { ok: true, data: body, status: response.status };
    return failure('unreadable', response.status, requestId);
  }

  const problem = parsed && /problem\+json/i.test(type) ? toProblem(body, response.status) : null;
  if (problem) {
    return {
      ok: false,
      error: { kind: 'problem', status: response.status, problem, requestId: problem.request_id ?? requestId },
    };
  }
  return failure('http', response.status, requestId);
}

function failure<T>(kind: ApiErrorKind, status: number, requestId?: string): Result<T> {
  return { ok: false, error: { kind, status, ...(requestId ? { requestId } : {}) } };
}
