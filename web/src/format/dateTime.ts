// Times in the region's time zone with its Indonesian short name, e.g.
// "22 Nov 2026 13.18.05 WIB"; and dates a user picks turned into instants.
import type { Lang } from '../i18n/translate';
import { zoneAbbreviation } from './region';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const FALLBACK_ZONE = 'Asia/Jakarta';

export function formatDateTime(iso: string, lang: Lang, zone: string | undefined, withSeconds = false): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const timeZone = zone || FALLBACK_ZONE;
  const text = safeFormat(when, lang, timeZone, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  });
  return `${text} ${zoneAbbreviation(timeZone) ?? timeZone}`;
}

export function formatDate(iso: string, lang: Lang, zone: string | undefined): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return safeFormat(when, lang, zone || FALLBACK_ZONE, { day: 'numeric', month: 'long', year: 'numeric' });
}

function safeFormat(when: Date, lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone }).format(when);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }).format(when) + ' UTC';
  }
}

// The instant at which the calendar day `date` (YYYY-MM-DD) starts in `zone`,
// as the server stores times (RFC 3339, UTC, milliseconds). `plusDays` moves
// the day, e.g. 1 for the exclusive end of a "to" date. null for a bad date.
export function startOfDayInZone(date: string, zone: string | undefined, plusDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const guess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  if (Number.isNaN(guess)) return null;
  const timeZone = zone || FALLBACK_ZONE;
  // Midnight in the zone is midnight UTC minus the zone's offset at that time.
  let instant = guess - offsetMs(guess, timeZone);
  instant = guess - offsetMs(instant, timeZone); // once more, should the offset differ
  return new Date(instant).toISOString();
}

function offsetMs(instant: number, timeZone: string): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return asUtc - Math.floor(instant / 1000) * 1000;
  } catch {
    return 0;
  }
}

// A calendar day the server gives as YYYY-MM-DD (a decree's date), e.g. "15 Maret 2024".
export function formatDay(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return safeFormat(when, lang, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' });
}

// Today in the region's time zone as YYYY-MM-DD (for date fields).
export function todayInZone(zone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: zone || FALLBACK_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}
