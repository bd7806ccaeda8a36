// Shapes of the service desk answers (docs/service-desk-contract.md "Tickets") and
// checks that an answer really has them. The checks look at what the pages use
// and let further members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isPageOf, isString, isStringOrNull } from './checks';
import type { Page } from './types';

// Pasal 39 ayat (3): keluhan, gangguan, masalah, permintaan, perubahan.
export const TICKET_KINDS = ['complaint', 'incident', 'problem', 'request', 'change'] as const;
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const TICKET_STATUSES = ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'] as const;
export const TICKET_CHANNELS = ['staff', 'phone', 'email', 'counter', 'public_portal', 'api'] as const;
export const TICKET_LINK_KINDS = ['relates_to', 'duplicate_of', 'caused_by'] as const;
export const TICKET_ACTIONS = ['start', 'wait_for_reporter', 'resume', 'escalate', 'hand_back', 'resolve', 'close', 'reopen'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];
// The steps that need a reason (the contract's "reason" column).
export const ACTIONS_WITH_REASON: readonly TicketAction[] = ['wait_for_reporter', 'escalate', 'hand_back', 'resolve', 'reopen'];

export interface Ref {
  id: number;
  name: string;
}

export interface AgencyRef extends Ref {
  short_name: string;
}

export interface PersonRef {
  id: number;
  display_name: string;
}

export interface SlaClock {
  due_at: string | null;
  state: 'met' | 'breached' | 'running' | 'paused' | string;
  minutes_left: number | null;
}

export interface TicketSummary {
  id: number;
  number: string;
  kind: string;
  title: string;
  agency: AgencyRef;
  service: Ref | null;
  priority: string;
  status: string;
  tier: string;
  escalated: boolean;
  assignee: PersonRef | null;
  opened_at: string;
  paused: boolean;
  sla: { response: SlaClock; resolution: SlaClock };
  version: number;
}

export interface TicketEvent {
  id: number;
  at: string;
  actor: PersonRef | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  from_tier: string | null;
  to_tier: string | null;
  reason: string | null;
}

export interface TicketComment {
  id: number;
  at: string;
  author: PersonRef | null;
  visibility: 'public' | 'internal' | string;
  body: string;
}

export interface TicketAttachment {
  id: number;
  sha256: string;
  name: string;
  media_type: string;
  size_bytes: number;
  added_at: string;
}

export interface TicketLink {
  id: number;
  kind: string;
  direction: 'outgoing' | 'incoming' | string;
  ticket: { id: number; number: string; title: string; status: string };
}

export interface Reporter {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface Ticket extends TicketSummary {
  description: string;
  channel: string;
  application: Ref | null;
  reporter: Reporter | null;
  reporter_hidden: boolean;
  first_response_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  events: TicketEvent[];
  comments: TicketComment[];
  attachments: TicketAttachment[];
  links: TicketLink[];
  allowed_actions: string[];
  public: boolean;
  created_at: string;
  updated_at: string;
}

const isRef = (v: unknown): v is Ref => isObject(v) && isNumber(v.id) && isString(v.name);
const isAgencyRef = (v: unknown): v is AgencyRef => isRef(v) && isString((v as unknown as AgencyRef).short_name);
const isPersonRef = (v: unknown): v is PersonRef => isObject(v) && isNumber(v.id) && isString(v.display_name);
const orNull =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || v === undefined || check(v);

const isClock = (v: unknown): v is SlaClock =>
  isObject(v) && (v.due_at === undefined || isStringOrNull(v.due_at)) && isString(v.state) && (v.minutes_left === undefined || isNumberOrNull(v.minutes_left));

export function isTicketSummary(v: unknown): v is TicketSummary {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.number) &&
    isString(v.kind) &&
    isString(v.title) &&
    isAgencyRef(v.agency) &&
    orNull(isRef)(v.service) &&
    isString(v.priority) &&
    isString(v.status) &&
    isString(v.tier) &&
    isBoolean(v.escalated) &&
    orNull(isPersonRef)(v.assignee) &&
    isString(v.opened_at) &&
    isBoolean(v.paused) &&
    isObject(v.sla) &&
    isClock(v.sla.response) &&
    isClock(v.sla.resolution) &&
    isNumber(v.version)
  );
}

const isEvent = (v: unknown): v is TicketEvent => isObject(v) && isNumber(v.id) && isString(v.at) && orNull(isPersonRef)(v.actor) && isString(v.action);

const isComment = (v: unknown): v is TicketComment =>
  isObject(v) && isNumber(v.id) && isString(v.at) && orNull(isPersonRef)(v.author) && isString(v.visibility) && isString(v.body);

export const isTicketAttachment = (v: unknown): v is TicketAttachment =>
  isObject(v) && isNumber(v.id) && isString(v.sha256) && isString(v.name) && isNumber(v.size_bytes);

export const isTicketLink = (v: unknown): v is TicketLink =>
  isObject(v) && isNumber(v.id) && isString(v.kind) && isString(v.direction) && isObject(v.ticket) && isNumber(v.ticket.id) && isString(v.ticket.number);

const isReporter = (v: unknown): v is Reporter => isObject(v) && isStringOrNull(v.name);

export function isTicket(v: unknown): v is Ticket {
  return (
    isTicketSummary(v) &&
    isObject(v) &&
    isString(v.description) &&
    isString(v.channel) &&
    orNull(isRef)(v.application) &&
    orNull(isReporter)(v.reporter) &&
    isBoolean(v.reporter_hidden) &&
    isArrayOf(v.events, isEvent) &&
    isArrayOf(v.comments, isComment) &&
    isArrayOf(v.attachments, isTicketAttachment) &&
    isArrayOf(v.links, isTicketLink) &&
    isArrayOf(v.allowed_actions, isString)
  );
}

export const isTicketComment = isComment;

export const isTicketPage = (v: unknown): v is Page<TicketSummary> => isPageOf(v, isTicketSummary);
