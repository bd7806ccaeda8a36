// The superadmin's form for an agency: name, short name, kind, parent agency and
// coordinating roles (labelled with the regulation's words). Sent with If-Match;
// when someone else changed the agency first (412) it says so and offers the
// latest version, listing what was typed. The PD Mandiri TIK status is not here:
// it changes only through its workflow.
import type { Agency } from '../api/identityTypes';
import { getAgency, updateAgency, versionTag, type AgencyChanges } from '../api/organisation';
import { AGENCY_KINDS, AGENCY_ROLES, type OrgAgency, type Terms } from '../api/organisationTypes';
import { ConflictBox, UnsavedValues } from './ConflictBox';
import { ErrorSummary } from './ErrorSummary';
import { CheckboxGroup } from './form/CheckboxGroup';
import { SaveCancelButtons } from './form/SaveCancelButtons';
import { SelectField } from './form/SelectField';
import { TextField } from './form/TextField';
import { agencyKindLabel, term } from '../format/organisation';
import { fieldErrors } from '../forms/formErrors';
import { useVersionedForm } from '../hooks/useVersionedForm';
import { useI18n } from '../i18n/useI18n';

interface Values {
  name: string;
  short_name: string;
  kind: string;
  parent_agency_id: string; // '' for none
  roles: string[];
}

const FIELD_IDS = {
  name: 'agency-name',
  short_name: 'agency-short-name',
  kind: 'agency-kind',
  parent_agency_id: 'agency-parent',
  roles: 'agency-roles-field',
};

const valuesOf = (a: OrgAgency): Values => ({
  name: a.name,
  short_name: a.short_name,
  kind: a.kind,
  parent_agency_id: a.parent_agency_id === null ? '' : String(a.parent_agency_id),
  roles: [...a.roles],
});

interface Base {
  agency: OrgAgency;
  etag: string; // sent as If-Match
}

interface Props {
  agency: OrgAgency;
  etag: string;
  agencies: Agency[];
  terms: Terms;
  onSaved: (agency: OrgAgency, etag: string) => void;
  onClose: () => void;
}

export function AgencyEditForm({ agency, etag, agencies, terms, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const form = useVersionedForm<Base, Values>({ agency, etag }, (b) => valuesOf(b.agency), FIELD_IDS);
  const { base, values, set, errors, unsaved } = form;

  const save = form.save({
    check: ({ t }) =>
      fieldErrors([
        ['agency-name', values.name.trim() ? null : t('agency.error.nameMissing')],
        ['agency-short-name', values.short_name.trim() ? null : t('agency.error.shortNameMissing')],
      ]),
    send: () => {
      const changes = changesFrom(base.agency, values);
      return Object.keys(changes).length === 0 ? null : updateAgency(base.agency.id, changes, base.etag);
    },
    onSaved: (saved, savedEtag) => onSaved(saved, versionTag(saved, savedEtag)),
  });

  const reloadLatest = () =>
    form.reload(getAgency(base.agency.id), (latest, latestEtag) => ({ agency: latest, etag: versionTag(latest, latestEtag) }));

  const parentOptions = agencies.filter((a) => a.id !== base.agency.id);
  const roleOptions = AGENCY_ROLES.map((role) => ({ value: role, label: term(terms, role, lang) }));
  return (
    <section class="section panel" aria-labelledby="agency-edit-title">
      <h2 class="heading-m" id="agency-edit-title">
        {t('agency.editTitle', { agency: term(terms, 'agency', lang) })}
      </h2>
      {form.conflict && <ConflictBox onReload={reloadLatest} testId="agency-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="agency-unsaved"
          rows={[
            [t('agency.name'), unsaved.name],
            [t('agency.shortName'), unsaved.short_name],
            [t('agency.kind'), agencyKindLabel(unsaved.kind, i18n)],
            [t('agency.roles'), unsaved.roles.map((r) => term(terms, r, lang)).join(', ')],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="agency-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TextField id="agency-name" label={t('agency.name')} value={values.name} onInput={(name) => set({ name })} error={errors.fields['agency-name']} autoComplete="off" />
        <TextField
          id="agency-short-name"
          label={t('agency.shortName')}
          hint={t('agency.shortNameHint')}
          value={values.short_name}
          onInput={(short_name) => set({ short_name })}
          error={errors.fields['agency-short-name']}
          width="half"
          autoComplete="off"
        />
        <SelectField
          id="agency-kind"
          label={t('agency.kind')}
          value={values.kind}
          onChange={(kind) => set({ kind })}
          error={errors.fields['agency-kind']}
          options={[
            ...(AGENCY_KINDS.includes(values.kind as (typeof AGENCY_KINDS)[number]) ? [] : [{ value: values.kind, label: values.kind }]),
            ...AGENCY_KINDS.map((kind) => ({ value: kind, label: agencyKindLabel(kind, i18n) })),
          ]}
        />
        <SelectField
          id="agency-parent"
          label={t('agency.parent')}
          hint={t('agency.parentHint', { agency: term(terms, 'agency', lang) })}
          value={values.parent_agency_id}
          onChange={(parent_agency_id) => set({ parent_agency_id })}
          error={errors.fields['agency-parent']}
          options={[
            { value: '', label: t('agency.noParent') },
            ...parentOptions.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` })),
          ]}
        />
        <CheckboxGroup
          id="agency-roles-field"
          legend={t('agency.roles')}
          hint={t('agency.rolesHint')}
          values={values.roles}
          onChange={(roles) => set({ roles })}
          error={errors.fields['agency-roles-field']}
          options={roleOptions}
        />
        <SaveCancelButtons
          saveLabel={t('userEdit.save')}
          saveTestId="agency-save"
          saving={form.saving}
          cancelTestId="agency-edit-cancel"
          onCancel={onClose}
        />
      </form>
    </section>
  );
}

// Only what differs from the agency as loaded.
function changesFrom(agency: OrgAgency, values: Values): AgencyChanges {
  const changes: AgencyChanges = {};
  const name = values.name.trim();
  const shortName = values.short_name.trim();
  if (name !== agency.name) changes.name = name;
  if (shortName !== agency.short_name) changes.short_name = shortName;
  if (values.kind !== agency.kind) changes.kind = values.kind;
  const parent = values.parent_agency_id ? Number(values.parent_agency_id) : null;
  if (parent !== agency.parent_agency_id) changes.parent_agency_id = parent;
  const sameRoles = values.roles.length === agency.roles.length && values.roles.every((r) => agency.roles.includes(r));
  if (!sameRoles) changes.roles = values.roles;
  return changes;
}
