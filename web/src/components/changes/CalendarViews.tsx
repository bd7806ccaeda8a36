// The change calendar drawn from the API's answer: the year as twelve months,
// each listing its first changes by start (a change whose window spans months shows in
// each of them), or one month as a list of the days that have changes. Each
// change is a link to its page, with its window in the region's zone, stage,
// risk and agency; changes whose approved windows overlap on the same target are
// marked as a clash. A list by date, so it reads the same on a phone.
import { changePagePath } from '../../api/changes';
import type { Calendar, CalendarItem } from '../../api/changeTypes';
import { useI18n, type I18n } from '../../i18n/useI18n';
import { riskLevelColour, riskLevelLabel, stageColour, stageLabel, targetKindLabel, windowText } from './labels';

const pad = (n: number) => String(n).padStart(2, '0');
// A month of the year shows its first changes; the month's own page shows them all.
const PER_MONTH = 6;
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'id-ID');

export function monthName(year: number, month: number, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

function dayName(day: string, lang: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

// The months (1-12) of `year` that an item's window touches, from its local times.
function monthsOf(item: CalendarItem, year: number): number[] {
  const from = item.start_local.slice(0, 7);
  const to = item.end_local.slice(0, 7);
  const months: number[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const key = `${year}-${pad(m)}`;
    if (key >= from && key <= to) months.push(m);
  }
  return months;
}

// The items of a month grouped by the day they start on (a change begun earlier shows on the month's first day).
function byDay(items: CalendarItem[], year: number, month: number): Array<[string, CalendarItem[]]> {
  const first = `${year}-${pad(month)}-01`;
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const start = item.start_local.slice(0, 10);
    const day = start < first ? first : start;
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function CalendarEntry({ item, numbers, zone, compact }: { item: CalendarItem; numbers: Map<number, string>; zone: string | undefined; compact: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const clash = item.conflicts_with.length > 0;
  return (
    <li class={`change-cal__item${clash ? ' change-cal__item--clash' : ''}`} data-testid="change-cal-item" data-change-id={item.id} data-number={item.number} data-conflict={String(clash)}>
      <a class="link" href={changePagePath(item.id)} data-testid="change-cal-open">
        <strong>{item.number}</strong> <span class="change-text">{item.title}</span>
      </a>
      <span class="cell-note">
        {windowText(item.start, item.end, i18n, zone)}
        {!compact && <> · {item.agency.short_name} · {targetKindLabel(item.target_kind, i18n)}{item.target_label ? `: ${item.target_label}` : ''}</>}
      </span>
      <span class="change-cal__tags">
        <strong class={`tag tag--${stageColour(item.stage)}`}>{stageLabel(item.stage, i18n)}</strong>{' '}
        {!compact && <strong class={`tag tag--${riskLevelColour(item.risk_level)}`}>{t('change.riskShort', { level: riskLevelLabel(item.risk_level, i18n) })}</strong>}
      </span>
      {clash && (
        <span class="change-cal__clash" data-testid="change-cal-clash">
          {t('change.clashWith', { numbers: item.conflicts_with.map((id) => numbers.get(id) ?? `#${id}`).join(', ') })}
        </span>
      )}
    </li>
  );
}

interface ViewProps {
  calendar: Calendar;
  zone: string | undefined;
  monthHref: (month: number) => string;
}

export function YearView({ calendar, zone, monthHref }: ViewProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const numbers = new Map(calendar.items.map((i) => [i.id, i.number]));
  return (
    <ol class="change-cal-year" data-testid="change-cal-year">
      {Array.from({ length: 12 }, (_, k) => k + 1).map((month) => {
        const items = calendar.items.filter((i) => monthsOf(i, calendar.year).includes(month));
        const clashes = items.filter((i) => i.conflicts_with.length > 0).length;
        return (
          <li key={month} class="change-cal-month" data-testid="change-cal-month" data-month={month} data-count={items.length}>
            <h3 class="heading-m change-cal-month__title">
              <a class="link" href={monthHref(month)} data-testid="change-cal-month-open">
                {monthName(calendar.year, month, lang)} {calendar.year}
              </a>
            </h3>
            <p class="body secondary" data-testid="change-cal-month-count">
              {items.length === 0 ? t('change.calNone') : t('change.calCount', { n: items.length })}
              {clashes > 0 && <strong class="change-cal__clash"> · {t('change.calClashes', { n: clashes })}</strong>}
            </p>
            {items.length > 0 && (
              <ul class="change-cal__list">
                {items.slice(0, PER_MONTH).map((item) => (
                  <CalendarEntry key={item.id} item={item} numbers={numbers} zone={zone} compact />
                ))}
              </ul>
            )}
            {items.length > PER_MONTH && (
              <p class="body">
                <a class="link" href={monthHref(month)} data-testid="change-cal-month-more">
                  {t('change.calMore', { n: items.length - PER_MONTH })}
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function MonthView({ calendar, zone, month }: { calendar: Calendar; zone: string | undefined; month: number }) {
  const i18n: I18n = useI18n();
  const { t, lang } = i18n;
  const numbers = new Map(calendar.items.map((i) => [i.id, i.number]));
  const days = byDay(calendar.items, calendar.year, month);
  if (days.length === 0)
    return (
      <p class="body" data-testid="change-cal-empty">
        {t('change.calMonthNone', { month: `${monthName(calendar.year, month, lang)} ${calendar.year}` })}
      </p>
    );
  return (
    <ol class="change-cal-days" data-testid="change-cal-days">
      {days.map(([day, items]) => (
        <li key={day} class="change-cal-day" data-testid="change-cal-day" data-day={day}>
          <h3 class="heading-s change-cal-day__title">{dayName(day, lang)}</h3>
          <ul class="change-cal__list">
            {items.map((item) => (
              <CalendarEntry key={item.id} item={item} numbers={numbers} zone={zone} compact={false} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
