// The form to add a person to an agency or change one: name, NIP (with a count
// while it is not 18 digits), e-mail, phone and SPBE duties. Changes are sent
// with If-Match; when someone else changed the person first (412) it says so
// and offers the latest version, listing what was typed.
import type { Person, Terms } from '../api/organisationTypes';
import { SPBE_ROLES } from '../api/organisationTypes';
import { createPerson, getPerson, updatePerson, type PersonInput } from '../api/people';
import { ConflictBox, UnsavedValues } from './ConflictBox';
import { ErrorSummary } from './ErrorSummary';
import { CheckboxGroup } from './form/CheckboxGroup';
import { SaveCancelButtons } from './form/SaveCancelButtons';
import { TextField } from './form/TextField';
import { FormPanel } from './FormPanel';
import { spbeRoleLabel, term } from '../format/organisation';
import { fieldErrors } from '../forms/formErrors';
import { useVersionedForm } from '../hooks/useVersionedForm';
import { useI18n } from '../i18n/useI18n';

interface Values {
  name: string;
  nip: string;
  email: string;
  phone: string;
  spbe_roles: string[];
}

const FIELD_IDS = {
  name: 'person-name-field',
  nip: 'person-nip',
  email: 'person-email',
  phone: 'person-phone',
  spbe_roles: 'person-roles-field',
};

const valuesOf = (p: Person | null): Values => ({
  name: p?.name ?? '',
  nip: p?.nip ?? '',
  email: p?.email ?? '',
  phone: p?.phone ?? '',
  spbe_roles: p ? [...p.spbe_roles] : [],
});

const NIP_LENGTH = 18;

interface Props {
  agencyId: number;
  person: Person | null;
  terms: Terms;
  onSaved: (person: Person) => void;
  onClose: () => void;
}

export function PersonForm({ agencyId, person, terms, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const form = useVersionedForm<Person | null, Values>(person, valuesOf, FIELD_IDS);
  const { base, values, set, errors, unsaved } = form;

  const save = form.save({
    check: ({ t }) => fieldErrors([['person-name-field', values.name.trim() ? null : t('person.error.nameMissing')]]),
    send: () => {
      const entered: PersonInput = {
        name: values.name.trim(),
        nip: values.nip.trim() || null,
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
        spbe_roles: values.spbe_roles,
      };
      if (!base) return createPerson({ agency_id: agencyId, ...entered });
      const changes = changesFrom(base, entered);
      return Object.keys(changes).length === 0 ? null : updatePerson(base.id, changes, `"${base.version}"`);
    },
    onSaved,
  });

  const reloadLatest = () => base && form.reload(getPerson(base.id), (latest) => latest);

  const nip = values.nip.trim();
  const nipCount = nip && (nip.length !== NIP_LENGTH || /\D/.test(nip)) ? t('person.nipCount', { n: nip.length, digits: nip.replace(/\D/g, '').length }) : null;
  const roleOptions = SPBE_ROLES.map((role) => ({ value: role, label: spbeRoleLabel(role, terms, i18n) }));
  return (
    <FormPanel testId="person-form-panel" title={base ? t('person.editTitle', { name: base.name }) : t('person.add')}>
      {form.conflict && <ConflictBox onReload={reloadLatest} testId="person-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="person-unsaved"
          rows={[
            [t('person.name'), unsaved.name],
            [t('person.nip'), unsaved.nip],
            [t('person.email'), unsaved.email],
            [t('person.phone'), unsaved.phone],
            [t('person.roles'), unsaved.spbe_roles.map((r) => spbeRoleLabel(r, terms, i18n)).join(', ')],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="person-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TextField
          id="person-name-field"
          label={t('person.name')}
          value={values.name}
          onInput={(name) => set({ name })}
          error={errors.fields['person-name-field']}
          autoComplete="off"
        />
        <TextField
          id="person-nip"
          label={t('person.nipOptional')}
          hint={t('person.nipHint')}
          value={values.nip}
          onInput={(nip) => set({ nip })}
          error={errors.fields['person-nip']}
          width="half"
          autoComplete="off"
          inputProps={{ inputMode: 'numeric', maxLength: 40 }}
        />
        {nipCount && (
          <p class="field-hint field-hint--after" aria-live="polite" data-testid="person-nip-count">
            {nipCount}
          </p>
        )}
        <TextField
          id="person-email"
          label={t('person.emailOptional')}
          hint={t('person.emailHint')}
          value={values.email}
          onInput={(email) => set({ email })}
          error={errors.fields['person-email']}
          autoComplete="off"
          inputProps={{ inputMode: 'email' }}
        />
        <TextField
          id="person-phone"
          label={t('person.phoneOptional')}
          hint={t('person.phoneHint')}
          value={values.phone}
          onInput={(phone) => set({ phone })}
          error={errors.fields['person-phone']}
          width="half"
          autoComplete="off"
          inputProps={{ inputMode: 'tel' }}
        />
        <CheckboxGroup
          id="person-roles-field"
          legend={t('person.roles')}
          hint={t('person.rolesHint', { agency: term(terms, 'agency', lang) })}
          values={values.spbe_roles}
          onChange={(spbe_roles) => set({ spbe_roles })}
          error={errors.fields['person-roles-field']}
          options={roleOptions}
        />
        <SaveCancelButtons
          saveLabel={base ? t('userEdit.save') : t('person.add')}
          saveTestId="person-save"
          saving={form.saving}
          cancelTestId="person-cancel"
          onCancel={onClose}
        />
      </form>
    </FormPanel>
  );
}

// Only what differs from the person as loaded.
function changesFrom(person: Person, entered: PersonInput): PersonInput {
  const changes: PersonInput = {};
  if (entered.name !== person.name) changes.name = entered.name;
  if (entered.nip !== person.nip) changes.nip = entered.nip;
  if (entered.email !== person.email) changes.email = entered.email;
  if (entered.phone !== person.phone) changes.phone = entered.phone;
  const roles = entered.spbe_roles ?? [];
  const same = roles.length === person.spbe_roles.length && roles.every((r) => person.spbe_roles.includes(r));
  if (!same) changes.spbe_roles = roles;
  return changes;
}
