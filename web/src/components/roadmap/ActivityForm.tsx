// "Tambah kegiatan" / "Ubah kegiatan": an activity of the roadmap with its
// program, area (one of seven), the agency that carries it out, and for every
// year of the period the target, whether it is planned, and how it went
// (realisation). In an enacted roadmap a change to the plan needs a reason the
// regulation lists; recording only the realisation is monitoring and needs none.
// Changes are sent with If-Match: 412 shows the conflict and keeps what was typed.
import { createActivity, getRoadmap, updateActivity, type ActivityInput, type YearInput } from '../../api/roadmaps';
import { ACTUAL_STATUSES, AREAS, PLANNED_STATUSES, type Activity, type Roadmap } from '../../api/roadmapTypes';
import { actualLabel, areaLabel, plannedLabel, reasonText } from '../../format/roadmap';
import { fieldErrors, hasErrors, type FormErrors } from '../../forms/formErrors';
import { useAgencies } from '../../hooks/useAgencies';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { FormPanel } from '../FormPanel';
import { SaveCancelButtons } from '../form/SaveCancelButtons';
import { SelectField } from '../form/SelectField';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { ChangeReasonFields, changeInput, checkChange, EMPTY_CHANGE, type ChangeValues } from './ChangeReasonFields';

interface YearValues {
  year: number;
  target: string;
  planned_status: string;
  actual_status: string;
}

interface Values extends ChangeValues {
  program: string;
  name: string;
  area: string;
  owner_agency_id: string;
  description: string;
  years: YearValues[];
}

interface Base {
  activity: Activity | null;
  etag: string;
  roadmap: Roadmap;
}

function idsFor(prefix: string, years: number) {
  const ids: Record<string, string> = {
    program: `${prefix}-program`,
    name: `${prefix}-name`,
    area: `${prefix}-area`,
    owner_agency_id: `${prefix}-owner`,
    description: `${prefix}-description`,
    years: `${prefix}-y0-target`,
    change_reason: `${prefix}-change-reason`,
    change_note: `${prefix}-change-note`,
    change_decree_number: `${prefix}-change-decree-number`,
    change_decree_date: `${prefix}-change-decree-date`,
  };
  for (let i = 0; i < years; i += 1) {
    ids[`years[${i}]`] = `${prefix}-y${i}-target`;
    ids[`years[${i}].year`] = `${prefix}-y${i}-target`;
    ids[`years[${i}].target`] = `${prefix}-y${i}-target`;
    ids[`years[${i}].planned_status`] = `${prefix}-y${i}-planned`;
    ids[`years[${i}].actual_status`] = `${prefix}-y${i}-actual`;
  }
  return ids as Record<string, string> & {
    program: string;
    name: string;
    area: string;
    owner_agency_id: string;
    description: string;
    change_reason: string;
    change_note: string;
    change_decree_number: string;
    change_decree_date: string;
  };
}

function valuesOf({ activity, roadmap }: Base): Values {
  const years: YearValues[] = [];
  for (let y = roadmap.start_year; y <= roadmap.end_year; y += 1) {
    const found = activity?.years.find((e) => e.year === y);
    years.push({
      year: y,
      target: found?.target ?? '',
      planned_status: found?.planned_status ?? 'not_planned',
      actual_status: found?.actual_status ?? 'not_started',
    });
  }
  return {
    program: activity?.program ?? '',
    name: activity?.name ?? '',
    area: activity?.area ?? '',
    owner_agency_id: activity ? String(activity.owner_agency_id) : '',
    description: activity?.description ?? '',
    years,
    ...EMPTY_CHANGE,
  };
}

// The fields that changed against the activity (all of them for a new one), and
// whether the plan itself changed (not only the realisation).
function changesOf(activity: Activity | null, values: Values): { input: ActivityInput; planChanged: boolean } {
  const input: ActivityInput = {};
  let planChanged = false;
  const text = (key: 'program' | 'name' | 'description') => {
    const value = values[key].trim();
    if (!activity || value !== activity[key]) {
      input[key] = value;
      planChanged = true;
    }
  };
  text('program');
  text('name');
  text('description');
  if (!activity || values.area !== activity.area) {
    input.area = values.area;
    planChanged = true;
  }
  const owner = Number(values.owner_agency_id);
  if (!activity || owner !== activity.owner_agency_id) {
    input.owner_agency_id = owner;
    planChanged = true;
  }
  let yearsChanged = false;
  const years: YearInput[] = values.years.map((y) => {
    const before = activity?.years.find((e) => e.year === y.year);
    const target = y.target.trim();
    if (before && (before.target !== target || before.planned_status !== y.planned_status)) planChanged = true;
    if (!before || before.target !== target || before.planned_status !== y.planned_status || before.actual_status !== y.actual_status) yearsChanged = true;
    return { year: y.year, target, planned_status: y.planned_status, actual_status: y.actual_status };
  });
  if (yearsChanged) input.years = years;
  return { input, planChanged: activity ? planChanged : true };
}

function checkActivity(values: Values, ids: ReturnType<typeof idsFor>, { t }: I18n): FormErrors {
  return fieldErrors([
    [ids.program, values.program.trim() ? null : t('roadmap.error.programMissing')],
    [ids.name, values.name.trim() ? null : t('roadmap.error.nameMissing')],
    [ids.area, values.area ? null : t('roadmap.error.areaMissing')],
    [ids.owner_agency_id, values.owner_agency_id ? null : t('roadmap.error.ownerMissing')],
  ]);
}

interface Props {
  roadmap: Roadmap;
  activity: Activity | null; // null: a new activity
  today: string;
  onSaved: (activity: Activity) => void;
  onClose: () => void;
}

export function ActivityForm({ roadmap, activity, today, onSaved, onClose }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { agencies } = useAgencies();
  const prefix = activity ? `act-${activity.id}` : 'act-new';
  const ids = idsFor(prefix, roadmap.end_year - roadmap.start_year + 1);
  const form = useVersionedForm<Base, Values>({ activity, etag: activity ? `"${activity.version}"` : '', roadmap }, valuesOf, ids);
  const { base, values, set, errors, unsaved } = form;
  const enacted = base.roadmap.status === 'enacted';

  const setYear = (index: number, changes: Partial<YearValues>) => set({ years: values.years.map((y, i) => (i === index ? { ...y, ...changes } : y)) });

  const save = form.save({
    check: (wording) => {
      const own = checkActivity(values, ids, wording);
      const { input, planChanged } = changesOf(base.activity, values);
      const change = checkChange(values, ids, enacted && planChanged && Object.keys(input).length > 0, wording);
      return hasErrors(own) ? { summary: [...own.summary, ...change.summary], fields: { ...change.fields, ...own.fields } } : change;
    },
    send: () => {
      const { input, planChanged } = changesOf(base.activity, values);
      if (Object.keys(input).length === 0) return null;
      const body = enacted && planChanged ? { ...input, ...changeInput(values) } : input;
      return base.activity ? updateActivity(base.activity.id, body, base.etag) : createActivity(base.roadmap.id, body);
    },
    onSaved: (saved) => onSaved(saved),
  });

  const reloadLatest = () =>
    form.reload(getRoadmap(base.roadmap.id), (latest) => {
      const fresh = latest.activities.find((a) => a.id === base.activity?.id);
      return fresh ? { activity: fresh, etag: `"${fresh.version}"`, roadmap: latest } : undefined;
    });

  const areaOptions = [{ value: '', label: t('roadmap.chooseArea') }, ...AREAS.map((a) => ({ value: a, label: areaLabel(a, i18n) }))];
  const agencyOptions = [{ value: '', label: t('roadmap.chooseOwner') }, ...agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.short_name})` }))];
  if (values.owner_agency_id && !agencies.some((a) => String(a.id) === values.owner_agency_id))
    agencyOptions.push({ value: values.owner_agency_id, label: base.activity?.owner_agency_name ?? `#${values.owner_agency_id}` });

  return (
    <FormPanel title={activity ? t('roadmap.activityEditTitle', { name: activity.name }) : t('roadmap.activityAddTitle')} testId="activity-form">
      {enacted && <p class="body">{activity ? t('roadmap.activityEnactedEditIntro') : t('roadmap.activityEnactedAddIntro')}</p>}
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="activity-conflict" />}
      {unsaved && (
        <UnsavedValues
          testId="activity-unsaved"
          rows={[
            [t('roadmap.program'), unsaved.program],
            [t('roadmap.activityName'), unsaved.name],
            [t('roadmap.description'), unsaved.description],
            ...unsaved.years.map((y): [string, string] => [
              String(y.year),
              `${y.target || '—'} · ${plannedLabel(y.planned_status, i18n)} · ${actualLabel(y.actual_status, i18n)}`,
            ]),
            ...(unsaved.change_reason ? [[t('roadmap.changeReason'), reasonText(base.roadmap.change_reasons, unsaved.change_reason, lang)] as [string, string]] : []),
          ]}
        />
      )}
      <form class="form" onSubmit={save} noValidate data-testid="activity-form-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} />
        <TextField id={ids.program} label={t('roadmap.program')} hint={t('roadmap.programHint')} value={values.program} onInput={(program) => set({ program })} error={errors.fields[ids.program]} />
        <TextField id={ids.name} label={t('roadmap.activityName')} value={values.name} onInput={(name) => set({ name })} error={errors.fields[ids.name]} />
        <SelectField id={ids.area} label={t('roadmap.area')} hint={t('roadmap.areaHint')} value={values.area} options={areaOptions} onChange={(area) => set({ area })} error={errors.fields[ids.area]} />
        <SelectField
          id={ids.owner_agency_id}
          label={t('roadmap.owner')}
          value={values.owner_agency_id}
          options={agencyOptions}
          onChange={(owner_agency_id) => set({ owner_agency_id })}
          error={errors.fields[ids.owner_agency_id]}
        />
        <TextArea id={ids.description} label={t('roadmap.description')} value={values.description} onInput={(description) => set({ description })} error={errors.fields[ids.description]} />
        <h3 class="heading-s">{t('roadmap.yearsTitle')}</h3>
        <p class="body secondary">{t('roadmap.yearsHint')}</p>
        {values.years.map((y, i) => (
          <fieldset class="fieldset year-fieldset" key={y.year} data-testid="activity-year" data-year={y.year}>
            <legend class="fieldset__legend">{t('roadmap.yearLegend', { year: y.year })}</legend>
            <TextField id={`${prefix}-y${i}-target`} label={t('roadmap.target')} value={y.target} onInput={(target) => setYear(i, { target })} error={errors.fields[`${prefix}-y${i}-target`]} />
            <SelectField
              id={`${prefix}-y${i}-planned`}
              label={t('roadmap.plannedStatus')}
              value={y.planned_status}
              options={PLANNED_STATUSES.map((s) => ({ value: s, label: plannedLabel(s, i18n) }))}
              onChange={(planned_status) => setYear(i, { planned_status })}
              error={errors.fields[`${prefix}-y${i}-planned`]}
            />
            <SelectField
              id={`${prefix}-y${i}-actual`}
              label={t('roadmap.actualStatus')}
              value={y.actual_status}
              options={ACTUAL_STATUSES.map((s) => ({ value: s, label: actualLabel(s, i18n) }))}
              onChange={(actual_status) => setYear(i, { actual_status })}
              error={errors.fields[`${prefix}-y${i}-actual`]}
            />
          </fieldset>
        ))}
        {enacted && <ChangeReasonFields ids={ids} reasons={base.roadmap.change_reasons} values={values} set={set} errors={errors} monitoringNote={!!activity} today={today} />}
        <SaveCancelButtons
          saveLabel={activity ? t('roadmap.activitySave') : t('roadmap.activityAdd')}
          saveTestId="activity-save"
          saving={form.saving}
          cancelTestId="activity-cancel"
          onCancel={onClose}
        />
      </form>
    </FormPanel>
  );
}
