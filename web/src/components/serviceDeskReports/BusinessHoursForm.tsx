// The service desk's business hours per weekday, in the region's time zone: the
// SLA clock runs only inside them (docs/service-desk-contract.md "SLA"). Each day
// is written as spans like "07:30-16:00" (several with commas, empty for a day
// off). Saved with If-Match: when someone saved first (412) it says so, offers the
// latest hours and lists what was typed. Changes apply to tickets opened afterwards.
import { useEffect } from 'preact/hooks';
import { getCalendar, saveBusinessHours } from '../../api/serviceDesk';
import { WEEKDAYS, type BusinessHours, type Calendar, type Span, type Weekday } from '../../api/serviceDeskTypes';
import { fieldErrors } from '../../forms/formErrors';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { ConflictBox, UnsavedValues } from '../ConflictBox';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../form/TextField';
import { weekdayLabel } from './deskLabels';

interface Base {
  calendar: Calendar;
  etag: string;
}

type Values = Record<Weekday, string>;

const idOf = (day: Weekday) => `sd-hours-${day}`;
// The server names a day (business_hours.mon) or one span of it (business_hours.mon.0).
const IDS: Record<string, string> = Object.fromEntries(
  WEEKDAYS.flatMap((d) => [
    [`business_hours.${d}`, idOf(d)],
    [d, idOf(d)],
    ...[0, 1, 2, 3, 4, 5].map((i) => [`business_hours.${d}.${i}`, idOf(d)]),
  ]),
);

const valuesOf = (b: Base): Values =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, (b.calendar.business_hours[d] ?? []).map(([from, to]) => `${from}-${to}`).join(', ')])) as Values;

const SPAN = /^(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})$/;

// "7.30 - 12.00, 13:00-16:00" → [["07:30","12:00"],["13:00","16:00"]]; null when unreadable.
export function parseSpans(text: string): Span[] | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const spans: Span[] = [];
  for (const part of parts) {
    const m = SPAN.exec(part);
    if (!m) return null;
    const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 !== 0)) return null;
    const from = h1 * 60 + m1;
    const to = h2 * 60 + m2;
    if (to <= from) return null;
    const previous = spans[spans.length - 1];
    if (previous && toMinutes(previous[1]) > from) return null;
    spans.push([clock(h1, m1), clock(h2, m2)]);
  }
  return spans;
}

const clock = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

interface Props {
  calendar: Calendar;
  etag: string;
  onSaved: (calendar: Calendar, etag?: string) => void;
}

export function BusinessHoursForm({ calendar, etag, onSaved }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useVersionedForm<Base, Values>({ calendar, etag }, valuesOf, IDS);
  const { base, values, set, errors, unsaved } = form;

  // A newer calendar (e.g. after a holiday was added): take it, unless hours were typed meanwhile.
  useEffect(() => {
    if (etag === base.etag) return;
    const typed = WEEKDAYS.some((d) => values[d] !== valuesOf(base)[d]);
    if (!typed) form.load({ calendar, etag });
    else form.setBase({ calendar, etag });
  }, [etag]);

  const check = ({ t }: I18n) => fieldErrors(WEEKDAYS.map((d) => [idOf(d), parseSpans(values[d]) ? null : t('sdSettings.error.hours', { day: weekdayLabel(d, i18n) })]));

  const save = form.save({
    check,
    send: () => {
      const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, parseSpans(values[d]) ?? []])) as BusinessHours;
      const same = WEEKDAYS.every((d) => JSON.stringify(hours[d]) === JSON.stringify(base.calendar.business_hours[d] ?? []));
      return same ? null : saveBusinessHours(hours, base.etag);
    },
    onSaved: (saved, savedEtag) => {
      const next = { calendar: saved, etag: savedEtag ?? `"${saved.version}"` };
      form.loadSaved(next);
      onSaved(saved, next.etag);
    },
  });

  const reloadLatest = () => form.reload(getCalendar(), (latest, latestEtag) => ({ calendar: latest, etag: latestEtag ?? `"${latest.version}"` }));

  return (
    <section class="section panel" aria-labelledby="sd-hours-title" data-testid="sd-hours">
      <h2 class="heading-m" id="sd-hours-title">
        {t('sdSettings.hoursTitle')}
      </h2>
      <p class="body">{t('sdSettings.hoursIntro', { zone: base.calendar.time_zone })}</p>
      {form.conflict && <ConflictBox onReload={() => void reloadLatest()} testId="sd-hours-conflict" />}
      {unsaved && <UnsavedValues testId="sd-hours-unsaved" rows={WEEKDAYS.map((d) => [weekdayLabel(d, i18n), unsaved[d]] as [string, string])} />}
      <form class="form" onSubmit={save} noValidate data-testid="sd-hours-form">
        <ErrorSummary items={errors.summary} focusKey={form.focusKey} testId="sd-hours-errors" />
        {WEEKDAYS.map((d) => (
          <TextField
            key={d}
            id={idOf(d)}
            label={weekdayLabel(d, i18n)}
            hint={d === 'mon' ? t('sdSettings.hoursHint') : undefined}
            value={values[d]}
            onInput={(value) => set({ [d]: value } as Partial<Values>)}
            error={errors.fields[idOf(d)]}
            width="half"
            inputProps={{ maxLength: 60, placeholder: t('sdSettings.closed') }}
          />
        ))}
        <div class="button-group">
          <button type="submit" class="button" disabled={form.saving} data-testid="sd-hours-save">
            {t('sdSettings.hoursSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
