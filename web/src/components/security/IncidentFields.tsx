// The fields of an incident report, shared by the report form and the change
// form: title, description, severity, serious disruption and when it was detected
// (a day and a time in the region's zone, MomentFields), with the browser's checks.
import { INCIDENT_SEVERITIES } from '../../api/securityTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { CheckboxGroup } from '../form/CheckboxGroup';
import { RadioGroup } from '../form/RadioGroup';
import { TextArea } from '../form/TextArea';
import { TextField } from '../form/TextField';
import { severityLabel } from './labels';
import { instantOf, isTimeOfDay } from './when';

export interface IncidentValues {
  title: string;
  description: string;
  severity: string;
  serious: boolean;
  detected_date: string;
  detected_time: string;
}

export interface IncidentFieldIds {
  title: string;
  description: string;
  severity: string;
  serious: string;
  detected_at: string; // the day
  detected_time: string;
}

export const incidentFieldIds = (prefix: string): IncidentFieldIds => ({
  title: `${prefix}-title`,
  description: `${prefix}-description`,
  severity: `${prefix}-severity`,
  serious: `${prefix}-serious`,
  detected_at: `${prefix}-detected-date`,
  detected_time: `${prefix}-detected-time`,
});

// The day field's message: missing, or a moment in the future.
export function momentError(date: string, time: string, zone: string | undefined, { t }: I18n): string | null {
  if (!date) return t('security.error.dateMissing');
  const when = instantOf(date, time, zone);
  return when && Date.parse(when) > Date.now() ? t('security.error.future') : null;
}

export function checkIncident(v: IncidentValues, ids: IncidentFieldIds, zone: string | undefined, wording: I18n) {
  const { t } = wording;
  const title = v.title.trim();
  return fieldErrors([
    [ids.title, title.length >= 3 && title.length <= 200 ? null : t('security.error.incidentTitle')],
    [ids.description, v.description.trim() ? null : t('security.error.descriptionMissing')],
    [ids.severity, v.severity ? null : t('security.error.severityMissing')],
    [ids.detected_at, momentError(v.detected_date, v.detected_time, zone, wording)],
    [ids.detected_time, isTimeOfDay(v.detected_time) ? null : t('security.error.timeInvalid')],
  ]);
}

interface MomentProps {
  legend: string;
  hint?: string;
  dateId: string;
  timeId: string;
  date: string;
  time: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  errors: Record<string, string>;
}

// A moment as a day and a time of day.
export function MomentFields({ legend, hint, dateId, timeId, date, time, onDate, onTime, errors }: MomentProps) {
  const { t } = useI18n();
  return (
    <fieldset class="fieldset">
      <legend class="fieldset__legend">{legend}</legend>
      {hint && <p class="field-hint">{hint}</p>}
      <TextField id={dateId} label={t('security.day')} type="date" width="half" value={date} onInput={onDate} error={errors[dateId]} />
      <TextField id={timeId} label={t('security.timeOfDay')} hint={t('security.timeHint')} width="short" value={time} onInput={onTime} error={errors[timeId]} inputProps={{ inputMode: 'numeric', maxLength: 5 }} />
    </fieldset>
  );
}

interface Props {
  ids: IncidentFieldIds;
  values: IncidentValues;
  set: (changes: Partial<IncidentValues>) => void;
  errors: Record<string, string>;
  detectedHint: string;
  withHints: boolean; // the report form explains each field; the change form less
}

export function IncidentFields({ ids, values, set, errors, detectedHint, withHints }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <TextField id={ids.title} label={t('security.incidentTitle')} hint={withHints ? t('security.incidentTitleHint') : undefined} value={values.title} onInput={(title) => set({ title })} error={errors[ids.title]} inputProps={{ maxLength: 200 }} />
      <TextArea id={ids.description} label={t('security.description')} hint={withHints ? t('security.descriptionHint') : undefined} rows={6} value={values.description} onInput={(description) => set({ description })} error={errors[ids.description]} />
      <RadioGroup
        id={ids.severity}
        legend={t('security.severity')}
        hint={withHints ? t('security.severityHint') : undefined}
        value={values.severity}
        onChange={(severity) => set({ severity })}
        options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, i18n) }))}
        error={errors[ids.severity]}
      />
      <CheckboxGroup
        id={ids.serious}
        legend={t('security.seriousLegend')}
        hint={t('security.seriousHint')}
        values={values.serious ? ['true'] : []}
        options={[{ value: 'true', label: t('security.seriousYes') }]}
        onChange={(v) => set({ serious: v.includes('true') })}
        error={errors[ids.serious]}
      />
      <MomentFields
        legend={t('security.detectedAt')}
        hint={detectedHint}
        dateId={ids.detected_at}
        timeId={ids.detected_time}
        date={values.detected_date}
        time={values.detected_time}
        onDate={(detected_date) => set({ detected_date })}
        onTime={(detected_time) => set({ detected_time })}
        errors={errors}
      />
    </>
  );
}
