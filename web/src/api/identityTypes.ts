// Shapes of the identity answers (docs/identity-contract.md): users, sessions,
// agencies and API tokens, with checks that an answer really has that shape.
import { isBoolean, isNumber, isNumberOrNull, isObject, isPageOf, isString, isStringOrNull } from './checks';
import type { Page } from './types';

export const ROLES = ['superadmin', 'agency_operator', 'leadership', 'auditor', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => (ROLES as readonly unknown[]).includes(v);

export interface User {
  id: number;
  region_id: string;
  username: string;
  display_name: string;
  role: string; // one of ROLES; kept open so a new role does not break the UI
  agency_id: number | null;
  locked: boolean;
  locked_until: string | null;
  must_change_password: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

// POST /api/v1/users answers the user, plus the generated password when none was given.
export interface NewUser extends User {
  temporary_password?: string | null;
}

export interface LoginAnswer {
  user: User;
  csrf_token: string;
  expires_at: string;
  must_change_password: boolean;
}

export interface Me {
  user: User;
  csrf_token: string;
  expires_at: string;
  idle_expires_at?: string;
  via: 'session' | 'token' | string;
}

export interface Agency {
  id: number;
  name: string;
  short_name: string;
}

export type Scope = 'read' | 'write';
export const SCOPES: readonly Scope[] = ['read', 'write'];

export interface Token {
  id: number;
  name: string;
  scopes: string[];
  owner: { id: number; username: string };
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

// POST /api/v1/tokens answers the token plus its secret, shown this once only.
export interface NewToken extends Token {
  token: string;
}

export function isUser(v: unknown): v is User {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.region_id) &&
    isString(v.username) &&
    isString(v.display_name) &&
    isString(v.role) &&
    isNumberOrNull(v.agency_id) &&
    isBoolean(v.locked) &&
    (v.locked_until === undefined || isStringOrNull(v.locked_until)) &&
    isBoolean(v.must_change_password) &&
    isNumber(v.version)
  );
}

export function isNewUser(v: unknown): v is NewUser {
  if (!isUser(v)) return false;
  const temporary = (v as { temporary_password?: unknown }).temporary_password;
  return temporary === undefined || temporary === null || isString(temporary);
}

export const isUserPage = (v: unknown): v is Page<User> => isPageOf(v, isUser);

export function isLoginAnswer(v: unknown): v is LoginAnswer {
  return isObject(v) && isUser(v.user) && isString(v.csrf_token) && isBoolean(v.must_change_password);
}

export function isMe(v: unknown): v is Me {
  return isObject(v) && isUser(v.user) && isString(v.csrf_token) && isString(v.via);
}

export function isAgency(v: unknown): v is Agency {
  return isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.short_name);
}

export function isAgencyList(v: unknown): v is { items: Agency[] } {
  return isObject(v) && Array.isArray(v.items) && v.items.every(isAgency);
}

export function isToken(v: unknown): v is Token {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.name) &&
    Array.isArray(v.scopes) &&
    v.scopes.every(isString) &&
    isObject(v.owner) &&
    isString(v.owner.username) &&
    isString(v.expires_at) &&
    isStringOrNull(v.last_used_at) &&
    isStringOrNull(v.revoked_at)
  );
}

export const isNewToken = (v: unknown): v is NewToken => isToken(v) && isString((v as { token?: unknown }).token);

export const isTokenPage = (v: unknown): v is Page<Token> => isPageOf(v, isToken);

export const isTemporaryPassword = (v: unknown): v is { temporary_password: string } =>
  isObject(v) && isString(v.temporary_password);
