// Plain words for the codes of the knowledge base: kinds of article, statuses (the processes of
// Madiun Pasal 37 ayat (2)), steps and kinds of transfer; the rating in words and stars.
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

const label = (prefix: string, code: string, { t }: I18n): string => {
  const key = `${prefix}.${code}` as MessageKey;
  return t(key) || code; // a code the UI does not know yet is shown as it is
};

export const kindLabel = (code: string, i18n: I18n) => label('knowledge.kind', code, i18n);
export const kindHint = (code: string, i18n: I18n) => label('knowledge.kindHint', code, i18n);
export const statusLabel = (code: string, i18n: I18n) => label('knowledge.status', code, i18n);
export const actionLabel = (code: string, i18n: I18n) => label('knowledge.action', code, i18n);
export const eventLabel = (code: string, i18n: I18n) => label('knowledge.event', code, i18n);
export const transferKindLabel = (code: string, i18n: I18n) => label('knowledge.transferKind', code, i18n);

export const statusColour = (status: string): string =>
  status === 'published' ? 'green' : status === 'processed' ? 'blue' : status === 'archived' ? 'grey' : 'yellow';

// An average of 1-5 stars with one decimal in the reader's language, e.g. "4,5".
export function averageText(average: number | null, lang: 'id' | 'en'): string {
  if (average === null) return '—';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}
