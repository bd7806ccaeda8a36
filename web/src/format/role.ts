// Role codes as people say them, e.g. agency_operator → "Operator Perangkat Daerah".
import type { MessageKey } from '../i18n/messages';

const ROLE_KEYS = new Map<string, MessageKey>([
  ['superadmin', 'role.superadmin'],
  ['agency_operator', 'role.agency_operator'],
  ['leadership', 'role.leadership'],
  ['auditor', 'role.auditor'],
  ['citizen', 'role.citizen'],
  ['system', 'role.system'],
]);

// The message key for a role we know, or null to show the code itself.
export function roleKey(role: string): MessageKey | null {
  return ROLE_KEYS.get(role) ?? null;
}
