// Numbers of the service desk reports and settings in plain words: percentages with
// one decimal in the reader's language, months as names, and business minutes also
// as hours or working days (a working day here is 8 business hours, as the SLA
// targets count it: 480 minutes = 1 working day).
import type { Lang } from '../../i18n/translate';
import type { I18n } from '../../i18n/useI18n';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
export const WORKING_DAY_MINUTES = 480;

export function formatPct(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

// "2026-11" → "November 2026" (or "Nov 2026" short).
export function formatMonth(month: string, lang: Lang, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
}

// "2026-11" → "Nov".
export function monthName(month: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

// The month (YYYY-MM) of today in the zone, moved by `plus` months.
export function monthInZone(zone: string | undefined, plus = 0): string {
  let today: string;
  try {
    today = new Intl.DateTimeFormat('en-CA', { timeZone: zone || 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    today = new Date().toISOString().slice(0, 10);
  }
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 + plus;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

export const isMonth = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim());

// 240 → "4 jam kerja"; 1440 → "3 hari kerja"; 90 → "1,5 jam kerja"; 30 → "30 menit".
export function businessMinutesInWords(minutes: number, { t, lang }: I18n): string {
  const number = (n: number) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(n);
  if (minutes >= WORKING_DAY_MINUTES && minutes % (WORKING_DAY_MINUTES / 2) === 0)
    return t('sdSettings.workingDays', { n: number(minutes / WORKING_DAY_MINUTES) });
  if (minutes >= 60) return t('sdSettings.businessHours', { n: number(minutes / 60) });
  return t('sdSettings.minutes', { n: number(minutes) });
}
