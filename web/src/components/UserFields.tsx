// The fields a user has that an administrator sets: display name, role, and
// the agency (asked only for an agency operator, who must have one). Shared by
// the "add" and "change" forms.
import type { Agency } from '../api/identityTypes';
import { RadioGroup } from './form/RadioGroup';
import { SelectField } from './form/SelectField';
import { TextField } from './form/TextField';
import { useRoleOptions } from '../hooks/useRoleOptions';
import { useI18n } from '../i18n/useI18n';

export interface UserFieldValues {
  display_name: string;
  role: string;
  agency_id: string; // '' for none
}

interface Props {
  values: UserFieldValues;
  onChange: (changes: Partial<UserFieldValues>) => void;
  agencies: Agency[];
  errors: Record<string, string>;
}

export const AGENCY_ROLE = 'agency_operator';

export function UserFields({ values, onChange, agencies, errors }: Props) {
  const { t } = useI18n();
  const roleOptions = useRoleOptions();
  return (
    <>
      <TextField
        id="display-name"
        label={t('users.displayName')}
        hint={t('users.displayNameHint')}
        value={values.display_name}
        onInput={(display_name) => onChange({ display_name })}
        error={errors['display-name']}
        autoComplete="off"
      />
      <RadioGroup
        id="role"
        legend={t('users.role')}
        value={values.role}
        options={roleOptions}
        onChange={(role) => onChange({ role })}
        error={errors.role}
      />
      {values.role === AGENCY_ROLE && (
        <div class="conditional">
          <SelectField
            id="agency"
            label={t('users.agency')}
            hint={t('users.agencyHint')}
            value={values.agency_id}
            onChange={(agency_id) => onChange({ agency_id })}
            error={errors.agency}
            options={[
              { value: '', label: t('users.agencyChoose') },
              ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` })),
            ]}
          />
        </div>
      )}
    </>
  );
}

// Checks made before sending; the server checks again (422).
export function missingUserFields(values: UserFieldValues, t: (key: 'users.error.displayNameMissing' | 'users.error.roleMissing' | 'users.error.agencyMissing') => string): Array<[string, string | null]> {
  return [
    ['display-name', values.display_name.trim() ? null : t('users.error.displayNameMissing')],
    ['role', values.role ? null : t('users.error.roleMissing')],
    ['agency', values.role === AGENCY_ROLE && !values.agency_id ? t('users.error.agencyMissing') : null],
  ];
}

export const USER_FIELD_IDS = {
  username: 'username',
  display_name: 'display-name',
  role: 'role',
  agency_id: 'agency',
  password: 'password',
};
