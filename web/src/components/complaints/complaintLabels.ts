// A complaint's status in the words a citizen reads (not the staff's words): what
// is happening with it now, and the colour of its tag.
import { formatWait } from '../../format/duration';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

const STATUS_KEYS: Record<string, MessageKey> = {
  new: 'complaint.status.new',
  in_progress: 'complaint.status.in_progress',
  waiting_reporter: 'complaint.status.waiting_reporter',
  resolved: 'complaint.status.resolved',
  closed: 'complaint.status.closed',
};

const STATUS_COLOURS: Record<string, string> = {
  new: 'blue',
  in_progress: 'yellow',
  waiting_reporter: 'red',
  resolved: 'green',
  closed: 'grey',
};

export function complaintStatusLabel(status: string, { t }: I18n): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status.replace(/_/g, ' ');
}

export const complaintStatusColour = (status: string): string => STATUS_COLOURS[status] ?? 'grey';

// A 429 in plain words, with how long to wait when the server said so.
// `kept`: a form was sent and what was typed stays; otherwise a look-up was refused.
export function tooManyText(seconds: number | undefined, { t, lang }: I18n, kept = true): string {
  if (!kept) return seconds !== undefined ? t('complaint.error.tooManyLookups', { wait: formatWait(lang, seconds) }) : t('complaint.error.tooManyLookupsNoWait');
  return seconds !== undefined ? t('complaint.error.tooMany', { wait: formatWait(lang, seconds) }) : t('complaint.error.tooManyNoWait');
}
