// GET /api/v1/status: the server's version and health.
import { apiGet, type RequestOptions, type Result } from './client';
import { isStatus, type Status } from './types';

export function getStatus(options?: RequestOptions): Promise<Result<Status>> {
  return apiGet('/api/v1/status', isStatus, options);
}
