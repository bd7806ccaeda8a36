// Sends uncaught errors and unhandled promise rejections to the server, so the
// people who run Simpul learn about errors users meet. Kept safe on purpose:
// - every field is cut to the contract's limits;
// - at most MAX_REPORTS reports per page load, and no report is sent twice;
// - a failed report is dropped, never reported (so it cannot loop).
import { CLIENT_ERROR_LIMITS, sendClientError, type ClientErrorReport } from '../api/clientErrors';
import { clip } from './clip';

const MAX_REPORTS = 5;

let sent = 0;
const seen = new Set<string>();

export function installErrorReporter(): void {
  window.addEventListener('error', (event: ErrorEvent) => {
    const where = event.filename ? `${event.filename}:${event.lineno}:${event.colno}` : '';
    report(event.message || describe(event.error), [where, stackOf(event.error)]);
  });
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    report(`Unhandled rejection: ${describe(event.reason)}`, [stackOf(event.reason)]);
  });
}

export function report(message: string, detailParts: string[] = []): void {
  if (sent >= MAX_REPORTS) return;
  const body: ClientErrorReport = {
    message: clip(message.trim() || 'Unknown error', CLIENT_ERROR_LIMITS.message),
    page: clip(window.location.pathname || '/', CLIENT_ERROR_LIMITS.page),
  };
  const detail = detailParts.filter(Boolean).join('\n');
  if (detail) body.detail = clip(detail, CLIENT_ERROR_LIMITS.detail);

  const key = `${body.message}\n${body.detail ?? ''}`;
  if (seen.has(key)) return;
  seen.add(key);
  sent += 1;
  // The client never rejects; the result is ignored either way.
  void sendClientError(body);
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function stackOf(value: unknown): string {
  return value instanceof Error && typeof value.stack === 'string' ? value.stack : '';
}
