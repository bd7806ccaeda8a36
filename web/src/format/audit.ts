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
  'master_plan.create',
  'master_plan.update',
  'master_plan.enact',
  'master_plan.supersede',
  'master_plan.review',
  'architecture.create',
  'architecture.update',
  'architecture.transition',
  'architecture.domain_update',
  'architecture.review',
  'roadmap.create',
  'roadmap.update',
  'roadmap.enact',
  'roadmap.supersede',
  'roadmap.monitor',
  'roadmap_activity.create',
  'roadmap_activity.update',
  'roadmap_activity.delete',
  'budget_plan.create',
  'budget_plan.update',
  'budget_plan.submit',
  'budget_plan.coordinate',
  'budget_plan.verify',
  'budget_plan.return',
  'budget_line.create',
  'budget_line.update',
  'budget_line.delete',
  'business_process.create',
  'business_process.update',
  'business_process.submit',
  'business_process.coordinate',
  'business_process.return',
  'business_process.link',
  'business_process.unlink',
] as const;


export const AUDIT_ENTITY_TYPES = [
  'user',
  'session',
  'api_token',
  'agency',
  'person',
  'position',
  'self_sufficiency_assessment',
  'master_plan',
  'architecture',
  'roadmap',
  'roadmap_activity',
  'budget_plan',
  'budget_line',
  'business_process',
] as const;

type AuditAction = (typeof AUDIT_ACTIONS)[number];
type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

const isListed = <T extends string>(list: readonly T[], code: string): code is T => (list as readonly string[]).includes(code);

// Every listed code has its label (a missing one is a compile error).
export function auditActionKey(action: string): MessageKey | null {
  return isListed<AuditAction>(AUDIT_ACTIONS, action) ? (`auditAction.${action}` satisfies MessageKey) : null;
}

export function auditEntityKey(entityType: string): MessageKey | null {
  return isListed<AuditEntityType>(AUDIT_ENTITY_TYPES, entityType) ? (`auditEntity.${entityType}` satisfies MessageKey) : null;
}
