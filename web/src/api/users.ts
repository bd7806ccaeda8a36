// User administration (superadmin): list, read, create, change, lock, unlock,
// reset the password.
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isNewUser,
  isTemporaryPassword,
  isUser,
  isUserPage,
  type NewUser,
  type User,
} from './identityTypes';
import type { Page } from './types';

export const USER_PAGE_LIMIT = 20;

export interface UserFilter {
  role?: string;
  agency_id?: string;
}

export function listUsers(filter: UserFilter, cursor: string | null, options?: RequestOptions): Promise<Result<Page<User>>> {
  const query = new URLSearchParams({ limit: String(USER_PAGE_LIMIT) });
  if (filter.role) query.set('role', filter.role);
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (cursor) query.set('cursor', cursor);
  return apiGet(`/api/v1/users?${query.toString()}`, isUserPage, options);
}

export function getUser(id: number, options?: RequestOptions): Promise<Result<User>> {
  return apiGet(`/api/v1/users/${id}`, isUser, options);
}

export interface NewUserInput {
  username: string;
  display_name: string;
  role: string;
  agency_id?: number;
  password?: string;
}

export function createUser(input: NewUserInput): Promise<Result<NewUser>> {
  return apiPost('/api/v1/users', input, isNewUser);
}

export interface UserChanges {
  display_name?: string;
  role?: string;
  agency_id?: number | null;
}

// `etag` is the version the user saw; the server answers 412 when it is stale.
export function updateUser(id: number, changes: UserChanges, etag: string): Promise<Result<User>> {
  return apiPatch(`/api/v1/users/${id}`, changes, isUser, { ifMatch: etag });
}

export function lockUser(id: number): Promise<Result<User>> {
  return apiPost(`/api/v1/users/${id}/lock`, {}, isUser);
}

export function unlockUser(id: number): Promise<Result<User>> {
  return apiPost(`/api/v1/users/${id}/unlock`, {}, isUser);
}

export function resetPassword(id: number): Promise<Result<{ temporary_password: string }>> {
  return apiPost(`/api/v1/users/${id}/reset-password`, {}, isTemporaryPassword);
}

// The If-Match value for a user: the ETag the server sent, else its version.
export function etagOf(user: User, etag?: string): string {
  return etag ?? `"${user.version}"`;
}
