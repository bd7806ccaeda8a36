// The words of the competency pages: kinds of competency, levels, certificate expiry,
// whom a requirement binds, plan item states; a bilingual server text in the reader's
// language; a share as a percentage.
import type { Bilingual } from '../../api/competencyTypes';
import type { MessageKey } from '../../i18n/messages';
import type { Lang } from '../../i18n/translate';
import type { I18n } from '../../i18n/useI18n';

const label = (keys: Record<string, MessageKey>) => (code: string, { t }: I18n) => {
  const key = keys[code];
  return key ? t(key) : code.replace(/_/g, ' ');
};

export const kindLabel = label({
  basic_ict: 'competency.kind.basic_ict',
  ict_operation: 'competency.kind.ict_operation',
  technical: 'competency.kind.technical',
  managerial: 'competency.kind.managerial',
  functional: 'competency.kind.functional',
});

export const levelLabel = label({
  basic: 'competency.level.basic',
  intermediate: 'competency.level.intermediate',
  advanced: 'competency.level.advanced',
});

export const appliesToLabel = label({
  each_employee: 'competency.appliesTo.each_employee',
  every_agency: 'competency.appliesTo.every_agency',
  agencies_with_services: 'competency.appliesTo.agencies_with_services',
  agencies_running_own_services: 'competency.appliesTo.agencies_running_own_services',
});

export const itemStatusLabel = label({
  planned: 'competency.itemStatus.planned',
  done: 'competency.itemStatus.done',
  cancelled: 'competency.itemStatus.cancelled',
});

export const ITEM_STATUS_COLOUR: Record<string, string> = { planned: 'blue', done: 'green', cancelled: 'grey' };

export const EXPIRY_COLOUR: Record<string, string> = { valid: 'green', expiring: 'yellow', expired: 'red', no_expiry: 'grey' };

// "Segera berakhir (20 hari lagi)", "Sudah berakhir (5 hari lalu)", "Berlaku", "Tanpa masa berlaku".
export function expiryText(expiry: string, days: number | null, { t }: I18n): string {
  switch (expiry) {
    case 'expiring':
      return days === null ? t('competency.expiry.expiring') : days === 0 ? t('competency.expiry.expiringToday') : t('competency.expiry.expiringIn', { days });
    case 'expired':
      return days === null ? t('competency.expiry.expired') : t('competency.expiry.expiredAgo', { days: Math.abs(days) });
    case 'valid':
      return t('competency.expiry.valid');
    case 'no_expiry':
      return t('competency.expiry.no_expiry');
    default:
      return expiry;
  }
}

export const inLanguage = (text: Bilingual | string | null | undefined, lang: Lang): string =>
  typeof text === 'string' ? text : text ? (lang === 'en' ? text.en || text.id : text.id || text.en) : '';

// A share 0..1 as "85,7 %" / "85.7%"; a dash without employees.
export function shareText(share: number | null, lang: Lang): string {
  if (share === null) return '—';
  const text = (Math.round(share * 1000) / 10).toFixed(1);
  return lang === 'en' ? `${text}%` : `${text.replace('.', ',')}%`;
}

// What a requirement asks for, e.g. "Kompetensi dasar TIK", "Pranata Komputer", "jenis: Pengoperasian TIK".
export function requirementWhat(r: { pranata_komputer: boolean; competency_name: string | null; competency_kind: string | null }, i18n: I18n): string {
  if (r.pranata_komputer) return i18n.t('competency.pranataKomputer');
  if (r.competency_name) return r.competency_name.charAt(0).toUpperCase() + r.competency_name.slice(1);
  if (r.competency_kind) return i18n.t('competency.anyOfKind', { kind: kindLabel(r.competency_kind, i18n) });
  return '—';
}
