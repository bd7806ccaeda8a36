// The fields of a request for change, shared by the new-request form and the
// change form: what changes and why, what it touches (its kind, a name, and the
// applications, servers, tickets and risks found by search), the type and risk,
// the impact and the rollback plan, the planned window (days and times in the
// region's zone) and who carries it out; with the browser's own checks. After
// approval only the window, the rollback plan and the implementer may change
// (`limited`).
import type { ChangeInput } from '../../api/changes';
import { CHANGE_TYPES, RISK_LEVELS, TARGET_KINDS, type Change } from '../../api/changeTypes';
import { fieldErrors, type FormErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { isTimeOfDay, partsOf } from '../security/when';
import { ChangeLinkPicker, type ChosenLink } from './ChangeLinkPicker';
import { changeTypeHint, changeTypeLabel, riskLevelLabel, targetKindLabel } from './labels';

export interface ChangeValues {
  [key: string]: unknown;
  title: string;
  description: string;
  reason: string;
  target_kind: string;
  target_label: string;
  links: ChosenLink[];
  change_type: string;
  risk_level: string;
  risk_notes: string;
  impact: string;
  rollback_plan: string;
  start_date: string;
  start_time: string;
  end_date: string;
  end_time: string;
  implementer: string;
}

export const EMPTY_CHANGE: ChangeValues = {
  title: '',
  description: '',
  reason: '',
  target_kind: '',
  target_label: '',
  links: [],
  change_type: '',
  risk_level: '',
  risk_notes: '',
  impact: '',
  rollback_plan: '',
  start_date: '',
  start_time: '',
  end_date: '',
  end_time: '',
  implementer: '',
};

export type ChangeFieldIds = Record<
  'title' | 'description' | 'reason' | 'target_kind' | 'target_label' | 'links' | 'change_type' | 'risk_level' | 'risk_notes' | 'impact' | 'rollback_plan' | 'planned_start' | 'start_time' | 'planned_end' | 'end_time' | 'implementer',
  string
>;

export const changeFieldIds = (prefix: string): ChangeFieldIds => ({
  title: `${prefix}-title`,
  description: `${prefix}-description`,
  reason: `${prefix}-reason`,
  target_kind: `${prefix}-target-kind`,
  target_label: `${prefix}-target-label`,
  links: `${prefix}-links`,
  change_type: `${prefix}-type`,
  risk_level: `${prefix}-risk`,
  risk_notes: `${prefix}-risk-notes`,
  impact: `${prefix}-impact`,
  rollback_plan: `${prefix}-rollback`,
  planned_start: `${prefix}-start-date`,
  start_time: `${prefix}-start-time`,
  planned_end: `${prefix}-end-date`,
  end_time: `${prefix}-end-time`,
  implementer: `${prefix}-implementer`,
});

// The server's field names (422) → the inputs, with each link's errors beside the links.
export function serverFieldIds(ids: ChangeFieldIds): Record<string, string> {
  const links = Array.from({ length: 20 }, (_, i) => [[`links[${i}].id`, ids.links], [`links[${i}].kind`, ids.links]]).flat();
  return { ...ids, ...Object.fromEntries(links) };
}

// "9.30" or "09:30" → "09:30".
const clock = (time: string) => {
  const [h, m] = time.trim().split(/[.:]/);
  return `${(h ?? '').padStart(2, '0')}:${m ?? '00'}`;
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const localMoment = (date: string, time: string) => `${date}T${clock(time)}`;

// A change as loaded, as the form's values (the window in the change's zone).
export function changeValues(c: Change, zone: string | undefined): ChangeValues {
  const start = partsOf(new Date(c.planned_start), c.time_zone || zone);
  const end = partsOf(new Date(c.planned_end), c.time_zone || zone);
  return {
    title: c.title,
    description: c.description,
    reason: c.reason,
    target_kind: c.target_kind,
    target_label: c.target_label ?? '',
    links: c.links.map((l) => ({ kind: l.kind, id: l.id, label: l.label ?? `#${l.id}` })),
    change_type: c.change_type,
    risk_level: c.risk_level,
    risk_notes: c.risk_notes,
    impact: c.impact,
    rollback_plan: c.rollback_plan ?? '',
    start_date: start.date,
    start_time: start.time,
    end_date: end.date,
    end_time: end.time,
    implementer: c.implementer ?? '',
  };
}

// Everything the form holds, as the API takes it.
export function changeInput(v: ChangeValues): ChangeInput {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    reason: v.reason.trim(),
    target_kind: v.target_kind,
    target_label: v.target_label.trim(),
    links: v.links.map((l) => ({ kind: l.kind, id: l.id })),
    change_type: v.change_type,
    risk_level: v.risk_level,
    risk_notes: v.risk_notes.trim(),
    impact: v.impact.trim(),
    rollback_plan: v.rollback_plan.trim(),
    planned_start: localMoment(v.start_date, v.start_time),
    planned_end: localMoment(v.end_date, v.end_time),
    implementer: v.implementer.trim(),
  };
}

export function checkChange(v: ChangeValues, ids: ChangeFieldIds, limited: boolean, { t }: I18n): FormErrors {
  const title = v.title.trim();
  const startOk = DAY.test(v.start_date) && isTimeOfDay(v.start_time);
  const endOk = DAY.test(v.end_date) && isTimeOfDay(v.end_time);
  const endBeforeStart = startOk && endOk && localMoment(v.end_date, v.end_time) <= localMoment(v.start_date, v.start_time);
  const full: Array<[string, string | null]> = limited
    ? []
    : [
        [ids.title, title.length >= 1 && title.length <= 200 ? null : t('change.error.title')],
        [ids.reason, v.reason.trim() ? null : t('change.error.reason')],
        [ids.target_kind, v.target_kind ? null : t('change.error.targetKind')],
        [ids.change_type, v.change_type ? null : t('change.error.type')],
        [ids.risk_level, v.risk_level ? null : t('change.error.risk')],
      ];
  return fieldErrors([
    ...full,
    [ids.planned_start, DAY.test(v.start_date) ? null : t('change.error.startDate')],
    [ids.start_time, isTimeOfDay(v.start_time) ? null : t('change.error.time')],
    [ids.planned_end, !DAY.test(v.end_date) ? t('change.error.endDate') : endBeforeStart ? t('change.error.endBeforeStart') : null],
    [ids.end_time, isTimeOfDay(v.end_time) ? null : t('change.error.time')],
  ]);
}

interface Props {
  ids: ChangeFieldIds;
  values: ChangeValues;
  set: (changes: Partial<ChangeValues>) => void;
  errors: Record<string, string>;
  limited: boolean;
  zoneName: string; // e.g. WIB, said beside the times
}

export function ChangeFields({ ids, values, set, errors, limited, zoneName }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      {!limited && (
        <fieldset class="fieldset change-part">
          <legend class="fieldset__legend fieldset__legend--m">{t('change.partWhat')}</legend>
          <TextField id={ids.title} label={t('change.titleLabel')} hint={t('change.titleHint')} value={values.title} onInput={(title) => set({ title })} error={errors[ids.title]} inputProps={{ maxLength: 200 }} />
          <TextArea id={ids.description} label={t('change.description')} hint={t('change.descriptionHint')} rows={5} value={values.description} onInput={(description) => set({ description })} error={errors[ids.description]} />
          <TextArea id={ids.reason} label={t('change.reason')} hint={t('change.reasonHint')} rows={3} value={values.reason} onInput={(reason) => set({ reason })} error={errors[ids.reason]} />
          <RadioGroup
            id={ids.target_kind}
            legend={t('change.targetKindLabel')}
            hint={t('change.targetKindHint')}
            value={values.target_kind}
            onChange={(target_kind) => set({ target_kind })}
            options={TARGET_KINDS.map((k) => ({ value: k, label: targetKindLabel(k, i18n) }))}
            error={errors[ids.target_kind]}
          />
          <TextField id={ids.target_label} label={t('change.targetLabel')} hint={t('change.targetLabelHint')} value={values.target_label} onInput={(target_label) => set({ target_label })} error={errors[ids.target_label]} inputProps={{ maxLength: 200 }} />
          <ChangeLinkPicker id={ids.links} links={values.links} onChange={(links) => set({ links })} error={errors[ids.links]} />
        </fieldset>
      )}
      <fieldset class="fieldset change-part">
        <legend class="fieldset__legend fieldset__legend--m">{t('change.partRisk')}</legend>
        {!limited && (
          <>
            <RadioGroup
              id={ids.change_type}
              legend={t('change.typeLabel')}
              value={values.change_type}
              onChange={(change_type) => set({ change_type })}
              options={CHANGE_TYPES.map((c) => ({ value: c, label: `${changeTypeLabel(c, i18n)} — ${changeTypeHint(c, i18n)}` }))}
              error={errors[ids.change_type]}
            />
            <RadioGroup
              id={ids.risk_level}
              legend={t('change.riskLevel')}
              hint={t('change.riskLevelHint')}
              value={values.risk_level}
              onChange={(risk_level) => set({ risk_level })}
              options={RISK_LEVELS.map((r) => ({ value: r, label: riskLevelLabel(r, i18n) }))}
              error={errors[ids.risk_level]}
            />
            <TextArea id={ids.risk_notes} label={t('change.riskNotes')} hint={t('change.riskNotesHint')} rows={3} value={values.risk_notes} onInput={(risk_notes) => set({ risk_notes })} error={errors[ids.risk_notes]} />
            <TextArea id={ids.impact} label={t('change.impact')} hint={t('change.impactHint')} rows={3} value={values.impact} onInput={(impact) => set({ impact })} error={errors[ids.impact]} />
          </>
        )}
        <TextArea id={ids.rollback_plan} label={t('change.rollbackPlan')} hint={t('change.rollbackPlanHint')} rows={4} value={values.rollback_plan} onInput={(rollback_plan) => set({ rollback_plan })} error={errors[ids.rollback_plan]} />
      </fieldset>
      <fieldset class="fieldset change-part">
        <legend class="fieldset__legend fieldset__legend--m">{t('change.partWhen')}</legend>
        <p class="field-hint">{t('change.windowHint', { zone: zoneName })}</p>
        <div class="change-moment">
          <TextField id={ids.planned_start} label={t('change.startDate')} type="date" width="half" value={values.start_date} onInput={(start_date) => set({ start_date })} error={errors[ids.planned_start]} />
          <TextField id={ids.start_time} label={t('change.startTime', { zone: zoneName })} hint={t('change.timeHint')} width="short" value={values.start_time} onInput={(start_time) => set({ start_time })} error={errors[ids.start_time]} inputProps={{ inputMode: 'numeric', maxLength: 5 }} />
        </div>
        <div class="change-moment">
          <TextField id={ids.planned_end} label={t('change.endDate')} type="date" width="half" value={values.end_date} onInput={(end_date) => set({ end_date })} error={errors[ids.planned_end]} />
          <TextField id={ids.end_time} label={t('change.endTime', { zone: zoneName })} hint={t('change.timeHint')} width="short" value={values.end_time} onInput={(end_time) => set({ end_time })} error={errors[ids.end_time]} inputProps={{ inputMode: 'numeric', maxLength: 5 }} />
        </div>
        <TextField id={ids.implementer} label={t('change.implementer')} hint={t('change.implementerHint')} value={values.implementer} onInput={(implementer) => set({ implementer })} error={errors[ids.implementer]} inputProps={{ maxLength: 200 }} />
      </fieldset>
    </>
  );
}
