// Budget plans (Rencana dan Anggaran SPBE) in plain words: rupiah amounts
// ("Rp 1.250.000.000" in Indonesian, "Rp 1,250,000,000" in English), amounts
// typed in a form, plan statuses with their tag colours and the line flags.
import type { MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/translate';
import type { I18n } from '../i18n/useI18n';
import { humanize } from './organisation';
import type { TagColour } from './roadmap';

export const MAX_AMOUNT = 1_000_000_000_000_000; // 10^15 rupiah (docs/governance-contract.md)

const formatters: Partial<Record<Lang, Intl.NumberFormat>> = {};

// Whole rupiah with the language's thousands separator: "Rp 1.250.000.000".
export function rupiah(amount: number, lang: Lang): string {
  const formatter = (formatters[lang] ??= new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 0 }));
  return `Rp ${formatter.format(amount)}`;
}

// The plain number, for an input's value: 1250000000 → "1.250.000.000" (id) or "1,250,000,000" (en).
export function amountText(amount: number, lang: Lang): string {
  return rupiah(amount, lang).slice(3);
}

// An amount typed by a person: "1.250.000.000", "1250000000", "Rp 1.250.000.000",
// "1,250,000,000" → 1250000000. null when it is not whole rupiah (a fraction, a
// letter, groups of other than three digits); 'too-big' above 10^15.
export function parseAmount(text: string): number | null | 'too-big' {
  const compact = text.replace(/^\s*rp\.?/i, '').replace(/[\s\u00a0]/g, '');
  if (!/^\d+$/.test(compact) && !/^\d{1,3}([.,]\d{3})+$/.test(compact)) return null;
  const digits = compact.replace(/[.,]/g, '');
  if (digits.length > 16) return 'too-big';
  const value = Number(digits);
  return value > MAX_AMOUNT ? 'too-big' : value;
}

const STATUS: Record<string, [MessageKey, TagColour]> = {
  draft: ['budget.status.draft', 'blue'],
  submitted: ['budget.status.submitted', 'yellow'],
  coordinated: ['budget.status.coordinated', 'yellow'],
  verified: ['budget.status.verified', 'green'],
};

export const budgetStatusLabel = (status: string, { t }: I18n): string => (STATUS[status] ? t(STATUS[status][0]) : humanize(status));
export const budgetStatusColour = (status: string): TagColour => STATUS[status]?.[1] ?? 'grey';

const FLAGS: Record<string, MessageKey> = {
  no_roadmap_link: 'budget.flag.no_roadmap_link',
  procurement_unverified: 'budget.flag.procurement_unverified',
};

export const flagLabel = (flag: string, { t }: I18n): string => (FLAGS[flag] ? t(FLAGS[flag]) : humanize(flag));

// A share of the total, "12,5 %" / "12.5%", from the server's one-decimal share_percent.
export function percentText(share: number, lang: Lang): string {
  const text = share.toFixed(1);
  return lang === 'en' ? `${text}%` : `${text.replace('.', ',')}%`;
}
