// "Ubah program keamanan informasi" (the ICT office): scope, person in charge
// (the Sekda is offered, BSSN 4/2021 Pasal 5), the six process stages with a note
// and date, the CSIRT and the reporting hours. Sent whole with If-Match: when
// someone else saved first (412) it says so, offers the latest version and lists
// what was typed, so nothing is lost.
import { getProgramme, listRegionPeople, saveProgramme, type ProgrammeInput } from '../../api/security';
import { PROGRAMME_STAGES, SCOPE_ITEMS, type Programme, type ScopeItem } from '../../api/securityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useLoad } from '../../hooks/useLoad';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { programmeStageLabel, scopeLabel } from './labels';

const IDS = {
  scope: 'sec-prog-scope',
  'scope.description': 'sec-prog-scope-description',
  person_in_charge_id: 'sec-prog-person',
  'csirt.name': 'sec-prog-csirt-name',
  'csirt.decree': 'sec-prog-csirt-decree',
  'csirt.member_ids': 'sec-prog-csirt-members',
  'report_hours.ict_office': 'sec-prog-hours-ict',
  'report_hours.data_owner': 'sec-prog-hours-owner',
  ...Object.fromEntries(PROGRAMME_STAGES.flatMap((s, i) => [[`stages[${i}].note`, `sec-prog-stage-${s}-note`], [`stages[${i}].date`, `sec-prog-stage-${s}-date`]])),
} as Record<string, string>;

interface Values {
  scope: string[];
  description: string;
  person_id: string;
  stages: Record<string, { note: string; date: string }>;
  csirt_name: string;
  csirt_decree: string;
  member_ids: string[];
  hours_ict: string;
  hours_owner: string;
}

interface Base {
  programme: Programme;
  etag: string;
}

function valuesOf({ programme: p }: Base): Values {
  return {
    scope: SCOPE_ITEMS.filter((k) => p.scope[k]),
    description: p.scope.description,
    person_id: p.person_in_charge ? String(p.person_in_charge.id) : '',
    stages: Object.fromEntries(
      PROGRAMME_STAGES.map((s) => {
        const found = p.stages.find((x) => x.stage === s);
        return [s, { note: found?.note ?? '', date: found?.date ?? '' }];
      }),
    ),
    csirt_name: p.csirt.name,
    csirt_decree: p.csirt.decree,
    member_ids: p.csirt.members.map((m) => String(m.id)),
    hours_ict: String(p.report_hours.ict_office),
    hours_owner: String(p.report_hours.data_owner),
  };
}

const HOURS = /^\d{1,3}$/;
const hoursError = (v: string, { t }: I18n) => (HOURS.test(v.trim()) && Number(v) >= 1 && Number(v) <= 720 ? null : t('security.error.hours'));

function inputOf(v: Values): ProgrammeInput {
  const scope = Object.fromEntries(SCOPE_ITEMS.map((k) => [k, v.scope.includes(k)])) as Record<ScopeItem, boolean>;
  return {
    scope: { ...scope, description: v.description.trim() },
    person_in_charge_id: v.person_id ? Number(v.person_id) : null,
    stages: PROGRAMME_STAGES.map((s) => ({ stage: s, note: v.stages[s]?.note.trim() ?? '', date: v.stages[s]?.date || null })),
    csirt: { name: v.csirt_name.trim(), decree: v.csirt_decree.trim(), member_ids: v.member_ids.map(Number) },
    report_hours: { ict_office: Number(v.hours_ict), data_owner: Number(v.hours_owner) },
  };
}

interface Props {
  programme: Programme;
  etag: string;
  onSaved: (programme: Programme, etag?: string) => void;
  onClose: () => void;
}

export function ProgrammeForm({ programme, etag, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const people = useLoad((signal) => listRegionPeople({ signal }));
  const { agencies } = useAgencies();
  const shortName = (agencyId: number | null) => agencies.find((a) => a.id === agencyId)?.short_name;
  // Named with their agency, since names repeat across a region.
  const everyone = (people.state.phase === 'ready' ? people.state.data : []).map((p) => {
    const agency = shortName(p.agency_id);
    return { id: p.id, name: agency ? `${p.name} (${agency})` : p.name };
  });
  const form = useVersionedForm<Base, Values>({ programme, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;
  const suggestion = base.programme.suggested_person_in_charge;
  const personName = (id: string) => everyone.find((p) => String(p.id) === id)?.name ?? (id ? `#${id}` : '');

  const save = form.save({
    check: (wording) =>
      fieldErrors([
        [IDS['report_hours.ict_office']!, hoursError(values.hours_ict, wording)],
        [IDS['report_hours.data_owner']!, hoursError(values.hours_owner, wording)],
      ]),
    send: () => saveProgramme(inputOf(values), base.etag),
    onSaved: (saved, savedEtag) => onSaved(saved, savedEtag),
  });

  const reloadLatest = () => form.reload(getProgramme(), (latest, latestEtag) => ({ programme: latest, etag: latestEtag ?? `"${latest.version}"` }));

  const setStage = (stage: string, change: Partial<{ note: string; date: string }>) =>
    set({ stages: { ...values.stages, [stage]: { note: values.stages[stage]?.note ?? '', date: values.stages[stage]?.date ?? '', ...change } } });

  const personOptions = [
    { value: '', label: t('security.personChoose') },
    ...everyone.map((p) => ({ value: String(p.id), label: p.name })),
  ];

  return (
    <FormPanel title={t('security.programmeEditTitle')} testId="sec-programme-form-panel">
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="sec-programme-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="sec-programme-unsaved"
          rows={[
            [t('security.scopeTitle'), unsaved.scope.map((k) => scopeLabel(k, i18n)).join(' · ')],
            [t('security.scopeDescription'), unsaved.description],
            [t('security.personInCharge'), personName(unsaved.person_id)],
            ...PROGRAMME_STAGES.map((s): [string, string] => [programmeStageLabel(s, i18n), [unsaved.stages[s]?.date, unsaved.stages[s]?.note].filter(Boolean).join(' — ')]),
            [t('security.csirtName'), unsaved.csirt_name],
            [t('security.csirtDecree'), unsaved.csirt_decree],
            [t('security.csirtMembers'), unsaved.member_ids.map(personName).join(' · ')],
            [t('security.reportHoursIctLabel'), unsaved.hours_ict],
            [t('security.reportHoursOwnerLabel'), unsaved.hours_owner],
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="sec-programme-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <CheckboxGroup
          id={IDS.scope!}
          legend={t('security.scopeTitle')}
          hint={t('security.scopeHint')}
          values={values.scope}
          options={SCOPE_ITEMS.map((k) => ({ value: k, label: scopeLabel(k, i18n) }))}
          onChange={(scope) => set({ scope })}
          error={errors.fields[IDS.scope!]}
        />
        <TextArea
          id={IDS['scope.description']!}
          label={t('security.scopeDescription')}
          value={values.description}
          onInput={(description) => set({ description })}
          error={errors.fields[IDS['scope.description']!]}
        />
        <SelectField
          id={IDS.person_in_charge_id!}
          label={t('security.personInCharge')}
          hint={suggestion ? t('security.personHintSuggested', { name: suggestion.name, position: suggestion.position_title }) : t('security.personHint')}
          value={values.person_id}
          options={values.person_id && !everyone.some((p) => String(p.id) === values.person_id) ? [...personOptions, { value: values.person_id, label: personName(values.person_id) }] : personOptions}
          onChange={(person_id) => set({ person_id })}
          error={errors.fields[IDS.person_in_charge_id!]}
        />
        {suggestion && values.person_id !== String(suggestion.id) && (
          <p class="body">
            <button type="button" class="button button--secondary" onClick={() => set({ person_id: String(suggestion.id) })} data-testid="sec-prog-person-suggested">
              {t('security.personUseSuggested', { name: suggestion.name })}
            </button>
          </p>
        )}

        <fieldset class="fieldset">
          <legend class="fieldset__legend">{t('security.stagesTitle')}</legend>
          <p class="field-hint">{t('security.stagesHint')}</p>
          {PROGRAMME_STAGES.map((s) => (
            <div class="sec-stage-fields" key={s}>
              <h4 class="heading-s">{programmeStageLabel(s, i18n)}</h4>
              <TextField
                id={`sec-prog-stage-${s}-date`}
                label={t('security.stageDate')}
                type="date"
                width="half"
                value={values.stages[s]?.date ?? ''}
                onInput={(date) => setStage(s, { date })}
                error={errors.fields[`sec-prog-stage-${s}-date`]}
              />
              <TextArea
                id={`sec-prog-stage-${s}-note`}
                label={t('security.stageNote')}
                value={values.stages[s]?.note ?? ''}
                onInput={(note) => setStage(s, { note })}
                error={errors.fields[`sec-prog-stage-${s}-note`]}
              />
            </div>
          ))}
        </fieldset>

        <TextField id={IDS['csirt.name']!} label={t('security.csirtName')} hint={t('security.csirtNameHint')} value={values.csirt_name} onInput={(csirt_name) => set({ csirt_name })} error={errors.fields[IDS['csirt.name']!]} inputProps={{ maxLength: 200 }} />
        <TextField id={IDS['csirt.decree']!} label={t('security.csirtDecree')} hint={t('security.csirtDecreeHint')} value={values.csirt_decree} onInput={(csirt_decree) => set({ csirt_decree })} error={errors.fields[IDS['csirt.decree']!]} inputProps={{ maxLength: 200 }} />
        <MembersField ids={values.member_ids} people={everyone} onChange={(member_ids) => set({ member_ids })} error={errors.fields[IDS['csirt.member_ids']!]} />

        <TextField
          id={IDS['report_hours.ict_office']!}
          label={t('security.reportHoursIctLabel')}
          hint={t('security.reportHoursHint')}
          width="short"
          value={values.hours_ict}
          onInput={(hours_ict) => set({ hours_ict })}
          error={errors.fields[IDS['report_hours.ict_office']!]}
          inputProps={{ inputMode: 'numeric' }}
        />
        <TextField
          id={IDS['report_hours.data_owner']!}
          label={t('security.reportHoursOwnerLabel')}
          hint={t('security.reportHoursHint')}
          width="short"
          value={values.hours_owner}
          onInput={(hours_owner) => set({ hours_owner })}
          error={errors.fields[IDS['report_hours.data_owner']!]}
          inputProps={{ inputMode: 'numeric' }}
        />
        <SaveCancelButtons saveLabel={t('security.programmeSave')} saveTestId="sec-programme-save" saving={form.saving} cancelTestId="sec-programme-cancel" onCancel={onClose} />
      </form>
    </FormPanel>
  );
}

// The CSIRT's members: the chosen people, each removable, and a list to add one more.
function MembersField({ ids, people, onChange, error }: { ids: string[]; people: Array<{ id: number; name: string }>; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useI18n();
  const name = (id: string) => people.find((p) => String(p.id) === id)?.name ?? `#${id}`;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`} data-testid="sec-prog-members">
      <p class="label" id="sec-prog-csirt-members-label">
        {t('security.csirtMembers')}
      </p>
      {error && (
        <p class="error-message" id="sec-prog-csirt-members" tabIndex={-1}>
          {error}
        </p>
      )}
      {ids.length === 0 ? (
        <p class="body secondary">{t('security.csirtMembersNone')}</p>
      ) : (
        <ul class="list">
          {ids.map((id) => (
            <li key={id} data-testid="sec-prog-member">
              {name(id)}{' '}
              <button type="button" class="link-button link-button--danger" onClick={() => onChange(ids.filter((x) => x !== id))}>
                {t('security.csirtMemberRemove')}
                <span class="visually-hidden"> {name(id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        id="sec-prog-member-add"
        label={t('security.csirtMemberAdd')}
        value=""
        options={[{ value: '', label: t('security.personChoose') }, ...people.filter((p) => !ids.includes(String(p.id))).map((p) => ({ value: String(p.id), label: p.name }))]}
        onChange={(id) => id && onChange([...ids, id])}
      />
    </div>
  );
}
