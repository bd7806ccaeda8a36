// A wait in plain words, e.g. "45 detik" or "2 minutes"; rounded up to whole
// minutes from one minute on.
import { tPlural, type Lang } from '../i18n/translate';

export function formatWait(lang: Lang, seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return tPlural(lang, 'duration.seconds', s);
  return tPlural(lang, 'duration.minutes', Math.ceil(s / 60));
}
