// Words for the codes of the service desk's settings: weekdays, ticket kinds and
// priorities (Madiun Pasal 39 ayat (3)), and the states of an outgoing message.
import type { Weekday } from '../../api/serviceDeskTypes';
import type { MessageKey } from '../../i18n/messages';
import type { I18n } from '../../i18n/useI18n';

const WEEKDAY_KEYS: Record<Weekday, MessageKey> = {
  mon: 'sdSettings.day.mon',
  tue: 'sdSettings.day.tue',
  wed: 'sdSettings.day.wed',
  thu: 'sdSettings.day.thu',
  fri: 'sdSettings.day.fri',
  sat: 'sdSettings.day.sat',
  sun: 'sdSettings.day.sun',
};

const KIND_KEYS: Record<string, MessageKey> = {
  complaint: 'sdSettings.kind.complaint',
  incident: 'sdSettings.kind.incident',
  problem: 'sdSettings.kind.problem',
  request: 'sdSettings.kind.request',
  change: 'sdSettings.kind.change',
};

const PRIORITY_KEYS: Record<string, MessageKey> = {
  critical: 'sdSettings.priority.critical',
  high: 'sdSettings.priority.high',
  medium: 'sdSettings.priority.medium',
  low: 'sdSettings.priority.low',
};

const OUTBOX_KEYS: Record<string, MessageKey> = {
  pending: 'sdSettings.outbox.status.pending',
  sent: 'sdSettings.outbox.status.sent',
  failed: 'sdSettings.outbox.status.failed',
};

const lookup = (keys: Record<string, MessageKey>, code: string, { t }: I18n) => (keys[code] ? t(keys[code]) : code.replace(/_/g, ' '));

export const weekdayLabel = (day: Weekday, i18n: I18n) => i18n.t(WEEKDAY_KEYS[day]);
export const kindLabel = (kind: string, i18n: I18n) => lookup(KIND_KEYS, kind, i18n);
export const priorityLabel = (priority: string, i18n: I18n) => lookup(PRIORITY_KEYS, priority, i18n);
export const outboxStatusLabel = (status: string, i18n: I18n) => lookup(OUTBOX_KEYS, status, i18n);
export const outboxStatusColour = (status: string) => (status === 'failed' ? 'red' : status === 'sent' ? 'green' : 'yellow');
