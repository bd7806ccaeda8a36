// Uptime in plain words: the largest unit and the one after it, e.g.
// "3 hari 4 jam" or "2 hours and 5 minutes"; under a minute, "less than a minute".
import { t, tPlural, type Lang } from '../i18n/translate';
import type { PluralKey } from '../i18n/messages';

const UNITS: ReadonlyArray<{ key: PluralKey; seconds: number }> = [
  { key: 'uptime.days', seconds: 86400 },
  { key: 'uptime.hours', seconds: 3600 },
  { key: 'uptime.minutes', seconds: 60 },
];

export function formatUptime(lang: Lang, totalSeconds: number): string {
  let rest = Math.max(0, Math.floor(totalSeconds));
  const counts = UNITS.map((unit) => {
    const n = Math.floor(rest / unit.seconds);
    rest -= n * unit.seconds;
    return n;
  });
  const i = counts.findIndex((n) => n > 0);
  if (i < 0) return t(lang, 'uptime.lessThanMinute');
  const first = tPlural(lang, UNITS[i].key, counts[i]);
  const next = UNITS[i + 1];
  const nextCount = counts[i + 1] ?? 0;
  if (!next || nextCount === 0) return first;
  return t(lang, 'uptime.pair', { first, second: tPlural(lang, next.key, nextCount) });
}
