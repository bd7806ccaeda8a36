// POST /api/v1/client-errors: tell the server about an error a user met.
import { apiPost, type Result } from './client';

export interface ClientErrorReport {
  message: string; // 1-2000 characters
  page: string; // 1-500 characters
  detail?: string; // up to 8000 characters
}

export const CLIENT_ERROR_LIMITS = { message: 2000, page: 500, detail: 8000 } as const;

const isAccepted = (body: unknown): body is { status: string } =>
  typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'accepted';

export function sendClientError(report: ClientErrorReport): Promise<Result<{ status: string }>> {
  return apiPost('/api/v1/client-errors', report, isAccepted, { keepalive: true, timeoutMs: 10000 });
}
