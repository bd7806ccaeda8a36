// The browser session: sign in, who am I, sign out, change my password.
import { apiGet, apiPost, isNoContent, type RequestOptions, type Result } from './client';
import { isLoginAnswer, isMe, type LoginAnswer, type Me } from './identityTypes';

export interface Credentials {
  username: string;
  password: string;
  region_id?: string; // only when the installation has more than one region
}

export function login(credentials: Credentials, options?: RequestOptions): Promise<Result<LoginAnswer>> {
  return apiPost('/api/v1/auth/login', credentials, isLoginAnswer, options);
}

export function getMe(options?: RequestOptions): Promise<Result<Me>> {
  return apiGet('/api/v1/auth/me', isMe, options);
}

export function logout(): Promise<Result<undefined>> {
  return apiPost('/api/v1/auth/logout', {}, isNoContent);
}

export function changePassword(body: { current_password: string; new_password: string }): Promise<Result<undefined>> {
  return apiPost('/api/v1/auth/password', body, isNoContent);
}
