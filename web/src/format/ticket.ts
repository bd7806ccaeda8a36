// The service desk in plain words (docs/service-desk-contract.md): kinds of ticket
// (Pasal 39 ayat (3)), priorities, statuses, channels, steps and links; the tier
// in the regulation's own word (profile terms tier1 / tier2, e.g. OKI's
// Administrator / Superadmin); and the SLA clock said in words with a tag colour
// that only repeats what the words say ("sisa 2 jam 15 menit kerja", "lewat 40
// menit kerja", "dijeda — menunggu pelapor").
import type { Terms } from '../api/organisationTypes';
import type { SlaClock } from '../api/ticketTypes';
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';
import type { TagColour } from './masterPlan';
import { humanize, termOrNull } from './organisation';

function lookup(keys: Record<string, MessageKey>, code: string, { t }: I18n): string {
  const key = keys[code];
  return key ? t(key) : humanize(code);
}

const KIND: Record<string, MessageKey> = {
  complaint: 'ticket.kind.complaint',
  incident: 'ticket.kind.incident',
  problem: 'ticket.kind.problem',
  request: 'ticket.kind.request',
  change: 'ticket.kind.change',
};
const KIND_HINT: Record<string, MessageKey> = {
  complaint: 'ticket.kindHint.complaint',
  incident: 'ticket.kindHint.incident',
  problem: 'ticket.kindHint.problem',
  request: 'ticket.kindHint.request',
  change: 'ticket.kindHint.change',
};
export const ticketKindLabel = (kind: string, i18n: I18n) => lookup(KIND, kind, i18n);
export const ticketKindHint = (kind: string, i18n: I18n) => (KIND_HINT[kind] ? i18n.t(KIND_HINT[kind]!) : '');

const PRIORITY: Record<string, MessageKey> = {
  low: 'ticket.priority.low',
  medium: 'ticket.priority.medium',
  high: 'ticket.priority.high',
  critical: 'ticket.priority.critical',
};
export const ticketPriorityLabel = (priority: string, i18n: I18n) => lookup(PRIORITY, priority, i18n);
export const ticketPriorityColour = (priority: string): TagColour =>
  priority === 'critical' ? 'red' : priority === 'high' ? 'yellow' : priority === 'medium' ? 'blue' : 'grey';

const STATUS: Record<string, [MessageKey, TagColour]> = {
  new: ['ticket.status.new', 'blue'],
  in_progress: ['ticket.status.in_progress', 'yellow'],
  waiting_reporter: ['ticket.status.waiting_reporter', 'grey'],
  resolved: ['ticket.status.resolved', 'green'],
  closed: ['ticket.status.closed', 'grey'],
};
export function ticketStatusLabel(status: string, { t }: I18n): string {
  const found = STATUS[status];
  return found ? t(found[0]) : humanize(status);
}
export const ticketStatusColour = (status: string): TagColour => STATUS[status]?.[1] ?? 'grey';

const CHANNEL: Record<string, MessageKey> = {
  staff: 'ticket.channel.staff',
  phone: 'ticket.channel.phone',
  email: 'ticket.channel.email',
  counter: 'ticket.channel.counter',
  public_portal: 'ticket.channel.public_portal',
  api: 'ticket.channel.api',
};
export const ticketChannelLabel = (channel: string, i18n: I18n) => lookup(CHANNEL, channel, i18n);

// The tier in the region's word ("Service Desk Tier 1"; OKI: "Administrator").
export function tierLabel(tier: string, terms: Terms | undefined, i18n: I18n): string {
  const word = termOrNull(terms, tier, i18n.lang);
  if (word) return word;
  if (tier === 'tier1') return i18n.t('ticket.tier.tier1');
  if (tier === 'tier2') return i18n.t('ticket.tier.tier2');
  return humanize(tier);
}

// The step buttons, with the tier named where the step moves the ticket.
const ACTION: Record<string, MessageKey> = {
  start: 'ticket.action.start',
  wait_for_reporter: 'ticket.action.wait_for_reporter',
  resume: 'ticket.action.resume',
  escalate: 'ticket.action.escalate',
  hand_back: 'ticket.action.hand_back',
  resolve: 'ticket.action.resolve',
  close: 'ticket.action.close',
  reopen: 'ticket.action.reopen',
};
export function ticketActionLabel(action: string, terms: Terms | undefined, i18n: I18n): string {
  const key = ACTION[action];
  if (!key) return humanize(action);
  return i18n.t(key, { tier1: tierLabel('tier1', terms, i18n), tier2: tierLabel('tier2', terms, i18n) });
}

// What happened, in the timeline.
const EVENT: Record<string, MessageKey> = {
  open: 'ticket.event.open',
  opened: 'ticket.event.open',
  create: 'ticket.event.open',
  created: 'ticket.event.open',
  start: 'ticket.event.start',
  wait_for_reporter: 'ticket.event.wait_for_reporter',
  resume: 'ticket.event.resume',
  escalate: 'ticket.event.escalate',
  hand_back: 'ticket.event.hand_back',
  resolve: 'ticket.event.resolve',
  close: 'ticket.event.close',
  reopen: 'ticket.event.reopen',
  reporter_reply: 'ticket.event.reporter_reply',
  public_reply: 'ticket.event.reporter_reply',
  reply: 'ticket.event.reporter_reply',
  update: 'ticket.event.update',
  comment: 'ticket.event.comment',
  attach: 'ticket.event.attach',
  link: 'ticket.event.link',
  unlink: 'ticket.event.unlink',
};

const FIELD: Record<string, MessageKey> = {
  title: 'ticket.field.title',
  description: 'ticket.field.description',
  kind: 'ticket.field.kind',
  priority: 'ticket.field.priority',
  service_id: 'ticket.field.service',
  application_id: 'ticket.field.application',
  assignee_user_id: 'ticket.field.assignee',
};

// The note the server keeps with an event, in words: the reason of a step, what
// changed, a comment's visibility, a file's name, the kind and number of a link.
export function ticketEventDetail(action: string, note: string, i18n: I18n): string {
  switch (action) {
    case 'update':
      return i18n.t('ticket.event.changed', {
        fields: note
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)
          .map((f) => lookup(FIELD, f, i18n))
          .join(', '),
      });
    case 'comment':
      return note === 'public' ? i18n.t('ticket.comment.public') : note === 'internal' ? i18n.t('ticket.comment.internal') : note;
    case 'link': {
      const [kind = '', ...rest] = note.split(' ');
      return LINK[kind] ? `${ticketLinkPhrase(kind, 'outgoing', i18n)} ${rest.join(' ')}` : note;
    }
    case 'unlink':
      return LINK[note] ? ticketLinkPhrase(note, 'outgoing', i18n) : note;
    default:
      return note;
  }
}
export function ticketEventLabel(action: string, terms: Terms | undefined, i18n: I18n, byReporter = false): string {
  if (action === 'comment' && byReporter) return i18n.t('ticket.event.reporter_reply');
  const key = EVENT[action];
  if (!key) return humanize(action);
  return i18n.t(key, { tier1: tierLabel('tier1', terms, i18n), tier2: tierLabel('tier2', terms, i18n) });
}

// A link said from the side of the ticket being read.
const LINK: Record<string, [MessageKey, MessageKey]> = {
  relates_to: ['ticket.link.relates_to', 'ticket.link.relates_to'],
  duplicate_of: ['ticket.link.duplicate_of', 'ticket.link.duplicate_ofIncoming'],
  caused_by: ['ticket.link.caused_by', 'ticket.link.caused_byIncoming'],
};
export function ticketLinkPhrase(kind: string, direction: string, { t }: I18n): string {
  const found = LINK[kind];
  if (!found) return humanize(kind);
  return t(direction === 'incoming' ? found[1] : found[0]);
}

// Business minutes as "2 jam 15 menit" / "2 h 15 min".
export function businessDuration(minutes: number, { t }: I18n): string {
  const total = Math.abs(Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('ticket.time.minutes', { m });
  if (m === 0) return t('ticket.time.hours', { h });
  return t('ticket.time.hoursMinutes', { h, m });
}

// Less than this left: said the same way, but marked as close to the due time.
const SOON_MINUTES = 60;

export interface ClockWords {
  text: string;
  colour: TagColour;
  state: string; // for the tests and styles: running | soon | breached | paused | met | none
}

export function slaWords(clock: SlaClock, i18n: I18n): ClockWords {
  const { t } = i18n;
  const left = clock.minutes_left;
  switch (clock.state) {
    case 'paused':
      return { text: t('ticket.sla.paused'), colour: 'grey', state: 'paused' };
    case 'met':
      return { text: t('ticket.sla.met'), colour: 'green', state: 'met' };
    case 'breached':
      return {
        text: left !== null && left < 0 ? t('ticket.sla.over', { time: businessDuration(left, i18n) }) : t('ticket.sla.late'),
        colour: 'red',
        state: 'breached',
      };
    case 'running':
      if (left === null) return { text: t('ticket.sla.running'), colour: 'blue', state: 'running' };
      if (left <= 0) return { text: t('ticket.sla.dueNow'), colour: 'red', state: 'soon' };
      return {
        text: t('ticket.sla.left', { time: businessDuration(left, i18n) }),
        colour: left <= SOON_MINUTES ? 'yellow' : 'blue',
        state: left <= SOON_MINUTES ? 'soon' : 'running',
      };
    default:
      return { text: humanize(clock.state), colour: 'grey', state: 'none' };
  }
}
