// Plain words for the codes of risk management: polarity, status, existing controls,
// treatment options and statuses, report periods (PermenPANRB 5/2020 wording).
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

const label = (prefix: string, code: string, { t }: I18n): string => {
  const key = `${prefix}.${code}` as MessageKey;
  return t(key) || code; // a code the UI does not know yet is shown as it is
};

export const polarityLabel = (code: string, i18n: I18n) => label('risk.polarity', code, i18n);
export const riskStatusLabel = (code: string, i18n: I18n) => label('risk.status', code, i18n);
export const controlLabel = (code: string, i18n: I18n) => label('risk.control', code, i18n);
export const optionLabel = (code: string, i18n: I18n) => label('risk.option', code, i18n);
export const optionHint = (code: string, polarity: string, i18n: I18n) => label(`risk.optionHint.${polarity === 'positive' ? 'positive' : 'negative'}`, code, i18n);
export const treatmentStatusLabel = (code: string, i18n: I18n) => label('risk.treatmentStatus', code, i18n);
export const periodLabel = (code: string, i18n: I18n) => label('risk.period', code, i18n);

export const riskStatusColour = (status: string): string => (status === 'closed' ? 'green' : status === 'treating' ? 'blue' : 'yellow');

// The current year in the region's calendar.
export function currentYear(zone: string | undefined): number {
  try {
    return Number(new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: zone || 'Asia/Jakarta' }).format(new Date()));
  } catch {
    return new Date().getFullYear();
  }
}

// A calendar date (YYYY-MM-DD) in words, e.g. "10 April 2027", without moving it across zones.
export function formatDay(date: string | null | undefined, lang: 'id' | 'en'): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const when = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
}
