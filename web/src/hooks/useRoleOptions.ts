// The five roles as form options, in the order of the contract, in the user's language.
import { ROLES } from '../api/identityTypes';
import type { Option } from '../components/form/SelectField';
import { roleKey } from '../format/role';
import { useI18n } from '../i18n/useI18n';

export function useRoleOptions(): Option[] {
  const { t } = useI18n();
  return ROLES.map((role) => {
    const key = roleKey(role);
    return { value: role, label: key ? t(key) : role };
  });
}
