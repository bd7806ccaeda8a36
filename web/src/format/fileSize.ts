// "2,4 MB", "830 KB": file sizes as people read them, in the user's language.
import type { Lang } from '../i18n/translate';

export function formatFileSize(bytes: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
