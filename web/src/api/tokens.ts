// API tokens: list (own; superadmin all), create (secret shown once), revoke.
import { apiDelete, apiGet, apiPost, type RequestOptions, type Result } from './client';
import { isNewToken, isTokenPage, type NewToken, type Scope, type Token } from './identityTypes';
import type { Page } from './types';

export function listTokens(cursor: string | null, options?: RequestOptions): Promise<Result<Page<Token>>> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
  return apiGet(`/api/v1/tokens${query}`, isTokenPage, options);
}

export interface NewTokenInput {
  name: string;
  scopes: Scope[];
  expires_in_days: number;
}

export function createToken(input: NewTokenInput): Promise<Result<NewToken>> {
  return apiPost('/api/v1/tokens', input, isNewToken);
}

export function revokeToken(id: number): Promise<Result<undefined>> {
  return apiDelete(`/api/v1/tokens/${id}`);
}
