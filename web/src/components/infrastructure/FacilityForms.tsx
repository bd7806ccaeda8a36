// The data center and recovery center (Madiun Pasal 14-15), registered and changed
// by the ICT office (the superadmin): name, kind, location, operator agency (the
// ICT office when left empty, Pasal 14 ayat (2)), tier and notes. Changing one is
// sent with If-Match; a data center that holds hosts the regulation places there
// cannot become a recovery center (409, shown in plain words).
import { createFacility, getFacility, updateFacility, type FacilityInput } from '../../api/infrastructure';
import { FACILITY_KINDS, type Facility } from '../../api/infrastructureTypes';
import type { Agency } from '../../api/identityTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { facilityKindLabel } from '../../format/infrastructure';
import { useDraft } from '../../hooks/useDraft';
import { useSendForm } from '../../hooks/useSendForm';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import type { I18n } from '../../i18n/useI18n';
import { useI18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { RadioGroup } from '../form/RadioGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { agencyOptions } from './agencyOptions';
import { conflictOnField } from './conflictOnField';

interface Values {
  [key: string]: string;
  name: string;
  kind: string;
  location: string;
  operator_agency_id: string;
  tier: string;
  notes: string;
}

const EMPTY: Values = { name: '', kind: 'data_center', location: '', operator_agency_id: '', tier: '', notes: '' };

const idsFor = (prefix: string) => ({
  name: `${prefix}-name`,
  kind: `${prefix}-kind`,
  location: `${prefix}-location`,
  operator_agency_id: `${prefix}-operator`,
  tier: `${prefix}-tier`,
  notes: `${prefix}-notes`,
});

const valuesOf = (f: Facility): Values => ({
  name: f.name,
  kind: f.kind,
  location: f.location,
  operator_agency_id: f.operator_agency_id === null ? '' : String(f.operator_agency_id),
  tier: f.tier,
  notes: f.notes,
});

const inputOf = (v: Values): FacilityInput => ({
  name: v.name.trim(),
  kind: v.kind,
  location: v.location.trim() || null,
  operator_agency_id: v.operator_agency_id ? Number(v.operator_agency_id) : null,
  tier: v.tier.trim() || null,
  notes: v.notes.trim() || null,
});

const check = (v: Values, ids: Record<string, string>, { t }: I18n): FormErrors => fieldErrors([[ids.name!, v.name.trim() ? null : t('infra.error.facilityName')]]);

function Fields({ ids, values, set, errors, agencies }: { ids: Record<string, string>; values: Values; set: (c: Partial<Values>) => void; errors: FormErrors; agencies: Agency[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <TextField id={ids.name!} label={t('infra.facilityName')} value={values.name} onInput={(name) => set({ name })} error={errors.fields[ids.name!]} inputProps={{ maxLength: 200 }} />
      <RadioGroup
        id={ids.kind!}
        legend={t('infra.facilityKind')}
        value={values.kind}
        options={FACILITY_KINDS.map((k) => ({ value: k, label: facilityKindLabel(k, i18n) }))}
        onChange={(kind) => set({ kind })}
        error={errors.fields[ids.kind!]}
      />
      <TextField id={ids.location!} label={t('infra.facilityLocation')} value={values.location} onInput={(location) => set({ location })} error={errors.fields[ids.location!]} inputProps={{ maxLength: 300 }} />
      <SelectField
        id={ids.operator_agency_id!}
        label={t('infra.facilityOperator')}
        hint={t('infra.facilityOperatorHint')}
        value={values.operator_agency_id}
        options={agencyOptions(agencies, t('infra.facilityOperatorDefault'))}
        onChange={(operator_agency_id) => set({ operator_agency_id })}
        error={errors.fields[ids.operator_agency_id!]}
      />
      <TextField id={ids.tier!} label={t('infra.facilityTier')} value={values.tier} onInput={(tier) => set({ tier })} error={errors.fields[ids.tier!]} width="half" inputProps={{ maxLength: 100 }} />
      <TextArea id={ids.notes!} label={t('infra.facilityNotes')} value={values.notes} onInput={(notes) => set({ notes })} error={errors.fields[ids.notes!]} />
    </>
  );
}

const NEW_IDS = idsFor('infra-facility-new');

export function FacilityCreateForm({ agencies, onSaved, onClose }: { agencies: Agency[]; onSaved: (f: Facility) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [values, set, reset] = useDraft('infrastructure.facility.create', EMPTY);
  const { errors, focusKey, sending, send } = useSendForm(NEW_IDS);
  const submit = send({
    check: (wording) => check(values, NEW_IDS, wording),
    request: () => createFacility(inputOf(values)),
    onSent: (facility) => {
      reset();
      onSaved(facility);
    },
    explain: conflictOnField(NEW_IDS.name),
  });
  return (
    <FormPanel title={t('infra.facilityCreateTitle')} testId="infra-facility-create-panel">
      <form class="form" onSubmit={submit} noValidate data-testid="infra-facility-create-form">
        <ErrorSummary items={errors.summary} focusKey={focusKey} />
        <Fields ids={NEW_IDS} values={values} set={set} errors={errors} agencies={agencies} />
        <SaveCancelButtons saveLabel={t('infra.facilityCreateSubmit')} saveTestId="infra-facility-create-submit" saving={sending} cancelTestId="infra-facility-create-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

export function FacilityEditForm({ facility, agencies, onSaved, onClose }: { facility: Facility; agencies: Agency[]; onSaved: (f: Facility) => void; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ids = idsFor(`infra-facility-${facility.id}`);
  const form = useVersionedForm<{ facility: Facility; etag: string }, Values>({ facility, etag: `"${facility.version}"` }, (b) => valuesOf(b.facility), ids);
  const { base, values, set, errors, unsaved } = form;
  const save = form.save({
    check: (wording) => check(values, ids, wording),
    send: () => {
      const next = inputOf(values);
      const before = inputOf(valuesOf(base.facility));
      const changes: FacilityInput = {};
      for (const key of Object.keys(next) as (keyof FacilityInput)[]) if (next[key] !== before[key]) (changes as Record<string, unknown>)[key] = next[key];
      return Object.keys(changes).length === 0 ? null : updateFacility(base.facility.id, changes, base.etag);
    },
    onSaved: (saved) => onSaved(saved),
  });
  const reloadLatest = () => form.reload(getFacility(base.facility.id), (latest, etag) => ({ facility: latest, etag: etag ?? `"${latest.version}"` }));
  return (
    <FormPanel title={t('infra.facilityEditTitle', { name: facility.name })} testId="infra-facility-edit">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="infra-facility-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="infra-facility-unsaved"
          rows={[
            [t('infra.facilityName'), unsaved.name],
            [t('infra.facilityKind'), facilityKindLabel(unsaved.kind, i18n)],
            [t('infra.facilityLocation'), unsaved.location],
            [t('infra.facilityTier'), unsaved.tier],
            [t('infra.facilityNotes'), unsaved.notes],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="infra-facility-edit-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <Fields ids={ids} values={values} set={set} errors={errors} agencies={agencies} />
        <SaveCancelButtons saveLabel={t('infra.save')} saveTestId="infra-facility-save" saving={form.saving} cancelTestId="infra-facility-edit-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}
