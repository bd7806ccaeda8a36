// Audit actions and entity types in plain words, e.g. user.lock → "Mengunci
// akun"; codes the UI does not know yet are shown as they are.
import type { MessageKey } from '../i18n/messages';

export const AUDIT_ACTIONS = [
  'session.login',
  'session.login_failed',
  'session.logout',
  'user.create',
  'user.update',
  'user.lock',
  'user.unlock',
  'user.reset_password',
  'user.change_password',
  'token.create',
  'token.revoke',
  'agency.create',
  'agency.update',
  'person.create',
  'person.update',
  'position.create',
  'position.update',
  'self_sufficiency.assess',
  'self_sufficiency.propose',
  'self_sufficiency.decide',
  'self_sufficiency.withdraw',
] as const;

const ACTION_KEYS = new Map<string, MessageKey>([
  ['session.login', 'auditAction.session.login'],
  ['session.login_failed', 'auditAction.session.login_failed'],
  ['session.logout', 'auditAction.session.logout'],
  ['user.create', 'auditAction.user.create'],
  ['user.update', 'auditAction.user.update'],
  ['user.lock', 'auditAction.user.lock'],
  ['user.unlock', 'auditAction.user.unlock'],
  ['user.reset_password', 'auditAction.user.reset_password'],
  ['user.change_password', 'auditAction.user.change_password'],
  ['token.create', 'auditAction.token.create'],
  ['token.revoke', 'auditAction.token.revoke'],
  ['agency.create', 'auditAction.agency.create'],
  ['agency.update', 'auditAction.agency.update'],
  ['person.create', 'auditAction.person.create'],
  ['person.update', 'auditAction.person.update'],
  ['position.create', 'auditAction.position.create'],
  ['position.update', 'auditAction.position.update'],
  ['self_sufficiency.assess', 'auditAction.self_sufficiency.assess'],
  ['self_sufficiency.propose', 'auditAction.self_sufficiency.propose'],
  ['self_sufficiency.decide', 'auditAction.self_sufficiency.decide'],
  ['self_sufficiency.withdraw', 'auditAction.self_sufficiency.withdraw'],
]);

export const AUDIT_ENTITY_TYPES = ['user', 'session', 'api_token', 'agency', 'person', 'position', 'self_sufficiency_assessment'] as const;

const ENTITY_KEYS = new Map<string, MessageKey>([
  ['user', 'auditEntity.user'],
  ['session', 'auditEntity.session'],
  ['api_token', 'auditEntity.api_token'],
  ['agency', 'auditEntity.agency'],
  ['person', 'auditEntity.person'],
  ['position', 'auditEntity.position'],
  ['self_sufficiency_assessment', 'auditEntity.self_sufficiency_assessment'],
]);

export function auditActionKey(action: string): MessageKey | null {
  return ACTION_KEYS.get(action) ?? null;
}

export function auditEntityKey(entityType: string): MessageKey | null {
  return ENTITY_KEYS.get(entityType) ?? null;
}
