// Shapes of the service desk's calendar, SLA targets, Tier 1 coverage, reports
// and notification outbox (docs/service-desk-contract.md "Calendar, SLA targets,
// Tier 1 coverage, reports" and "Notifications"), and checks that an answer
// really has them. The checks look at what the pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const TICKET_KINDS = ['complaint', 'incident', 'problem', 'request', 'change'] as const;
export const TICKET_PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export const REPORT_GROUPS = ['agency', 'tier', 'service', 'month'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;

// Opening and closing times ("07:30", "16:00") of one span of a working day.
export type Span = [string, string];
export type BusinessHours = Record<Weekday, Span[]>;

export interface Holiday {
  id: number;
  day: string; // YYYY-MM-DD
  name: string;
}

export interface Calendar {
  time_zone: string;
  business_hours: BusinessHours;
  holidays: Holiday[];
  version: number;
}

export interface SlaTarget {
  kind: string;
  priority: string;
  response_minutes: number;
  resolution_minutes: number;
}

export interface SlaTargets {
  items: SlaTarget[];
  version: number;
}

export interface CoverageItem {
  agency: { id: number; name: string; short_name: string };
  tier1_staff: number;
  flagged: boolean;
}

export interface Obligation {
  article: string;
  text: string;
  citation: string;
}

export interface Tier1Coverage {
  items: CoverageItem[];
  agencies_without_tier1: number;
  obligation: Obligation | null;
}

export interface ReportRow {
  key: string;
  label: string;
  opened: number;
  resolved: number;
  backlog: number;
  response_met_pct: number | null;
  resolution_met_pct: number | null;
  escalation_rate_pct: number | null;
}

export interface Report {
  rows: ReportRow[];
  totals: ReportRow;
}

// One message of the outbox. The contract names only its status; the rest is read when present.
export interface OutboxMessage {
  id: number;
  status: string;
  recipient?: string;
  subject?: string;
  channel?: string;
  attempts?: number;
  last_error?: string | null;
  next_attempt_at?: string | null;
  created_at?: string;
  sent_at?: string | null;
  ticket?: { id: number; number: string } | null;
  ticket_id?: number | null;
}

const isSpan = (v: unknown): v is Span => Array.isArray(v) && v.length === 2 && isString(v[0]) && isString(v[1]);
const isHours = (v: unknown): v is BusinessHours => isObject(v) && WEEKDAYS.every((d) => v[d] === undefined || isArrayOf(v[d], isSpan));
const isHoliday = (v: unknown): v is Holiday => isObject(v) && isNumber(v.id) && isString(v.day) && isString(v.name);

export const isCalendar = (v: unknown): v is Calendar =>
  isObject(v) && isString(v.time_zone) && isHours(v.business_hours) && isArrayOf(v.holidays, isHoliday) && isNumber(v.version);

export const isHolidayAnswer = isHoliday;

const isTarget = (v: unknown): v is SlaTarget =>
  isObject(v) && isString(v.kind) && isString(v.priority) && isNumber(v.response_minutes) && isNumber(v.resolution_minutes);

export const isSlaTargets = (v: unknown): v is SlaTargets => isObject(v) && isArrayOf(v.items, isTarget) && isNumber(v.version);

const isCoverageItem = (v: unknown): v is CoverageItem =>
  isObject(v) && isObject(v.agency) && isNumber(v.agency.id) && isString(v.agency.name) && isNumber(v.tier1_staff) && isBoolean(v.flagged);

const isObligation = (v: unknown): v is Obligation => isObject(v) && isString(v.article) && isString(v.text);

export const isTier1Coverage = (v: unknown): v is Tier1Coverage =>
  isObject(v) &&
  isArrayOf(v.items, isCoverageItem) &&
  isNumber(v.agencies_without_tier1) &&
  (v.obligation === null || v.obligation === undefined || isObligation(v.obligation));

const isRow = (v: unknown): v is ReportRow =>
  isObject(v) &&
  (isString(v.key) || isNumber(v.key) || v.key === null) &&
  (isString(v.label) || v.label === null) &&
  isNumber(v.opened) &&
  isNumber(v.resolved) &&
  isNumber(v.backlog) &&
  isNumberOrNull(v.response_met_pct) &&
  isNumberOrNull(v.resolution_met_pct) &&
  isNumberOrNull(v.escalation_rate_pct);

export const isReport = (v: unknown): v is Report => isObject(v) && isArrayOf(v.rows, isRow) && isRow(v.totals);

export const isOutboxMessage = (v: unknown): v is OutboxMessage =>
  isObject(v) && isNumber(v.id) && isString(v.status) && (v.last_error === undefined || isStringOrNull(v.last_error));

export const isAnything = (v: unknown): v is unknown => v !== undefined;
