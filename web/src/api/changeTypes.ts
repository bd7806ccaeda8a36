// Shapes of the change management answers (Manajemen Perubahan SPBE,
// docs/management-processes-contract.md "Change management") and checks that an
// answer really has them. The checks look at what the pages use and let further
// members through.
import { isArrayOf, isBoolean, isNumber, isObject, isPageOf, isString, isStringOrNull } from './checks';

// Madiun Pasal 38 ayat (2), in order, with the approval before development.
export const CHANGE_STAGES = ['planning', 'analysis', 'awaiting_approval', 'approved', 'development', 'implementation', 'monitoring', 'evaluated'] as const;
// Where a change may end instead.
export const CHANGE_END_STAGES = ['refused', 'cancelled', 'rolled_back'] as const;
export const ALL_CHANGE_STAGES = [...CHANGE_STAGES, ...CHANGE_END_STAGES] as const;
export const TARGET_KINDS = ['application', 'host', 'network', 'service_connector', 'service_integration', 'data_center', 'other'] as const;
export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const CHANGE_RESULTS = ['success', 'partial', 'failed'] as const;
// The records a change may be linked to from the form (assets come with the asset register).
export const CHANGE_LINK_KINDS = ['application', 'host', 'ticket', 'risk'] as const;
export type ChangeLinkKind = (typeof CHANGE_LINK_KINDS)[number];
export const CHANGE_ACTIONS = ['submit_analysis', 'request_approval', 'approve', 'refuse', 'start_development', 'implement', 'roll_back', 'monitor', 'evaluate', 'cancel'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface AgencyRef {
  id: number;
  name: string;
  short_name: string;
}

export interface ChangeLink {
  kind: string;
  id: number;
  label: string | null;
}

export interface ChangeCitation {
  article: string;
  text: string;
  regulation: string;
}

export interface Approval {
  required: boolean;
  approver: string; // ict_office | gcio
  approver_label: { id: string; en: string } | null;
  basis: string; // approval_gate | change_management
  gate_action: string | null;
  citation: ChangeCitation | null;
  decision: string | null; // approved | refused
  decided_by: { id: number; name: string } | null;
  decided_at: string | null;
  note: string | null;
  may_decide: boolean;
}

export interface ChangeStep {
  action: string;
  from: string | null;
  to: string | null;
  note: string;
  by: { id: number; name: string } | null;
  at: string;
}

export interface ChangeSummary {
  id: number;
  number: string;
  title: string;
  agency: AgencyRef;
  target_kind: string;
  target_label: string | null;
  change_type: string;
  risk_level: string;
  stage: string;
  planned_start: string;
  planned_end: string;
  planned_start_local: string;
  planned_end_local: string;
  approval: { approver: string; decision: string | null };
  overdue: boolean;
  updated_at: string;
}

export interface Change extends Omit<ChangeSummary, 'approval'> {
  description: string;
  reason: string;
  links: ChangeLink[];
  risk_notes: string;
  impact: string;
  rollback_plan: string | null;
  time_zone: string;
  implementer: string | null;
  allowed_actions: string[];
  implemented_at: string | null;
  result: string | null;
  lessons: string | null;
  approval: Approval;
  steps: ChangeStep[];
  notice?: { id: string; en: string } | null; // after an edit that needs approval again
  version: number;
  created_at: string;
}

export interface CalendarItem {
  id: number;
  number: string;
  title: string;
  stage: string;
  risk_level: string;
  change_type: string;
  agency: { id: number; short_name: string };
  target_kind: string;
  target_label: string | null;
  start: string;
  end: string;
  start_local: string;
  end_local: string;
  approved: boolean;
  conflicts_with: number[];
}

export interface Calendar {
  year: number;
  month: number | null;
  time_zone: string;
  items: CalendarItem[];
  conflicts: number;
}

const text = (v: unknown): v is string | null | undefined => v === null || v === undefined || isString(v);
const isAgencyRef = (v: unknown): v is AgencyRef => isObject(v) && isNumber(v.id) && isString(v.short_name);
const isLink = (v: unknown): v is ChangeLink => isObject(v) && isString(v.kind) && isNumber(v.id) && text(v.label);
const isCitation = (v: unknown): v is ChangeCitation => isObject(v) && isString(v.article) && isString(v.regulation);
const isStep = (v: unknown): v is ChangeStep => isObject(v) && isString(v.action) && isString(v.at);

function isApproval(v: unknown): v is Approval {
  return (
    isObject(v) &&
    isBoolean(v.required) &&
    isString(v.approver) &&
    (v.citation === null || v.citation === undefined || isCitation(v.citation)) &&
    text(v.decision) &&
    text(v.decided_at) &&
    isBoolean(v.may_decide)
  );
}

export function isChangeSummary(v: unknown): v is ChangeSummary {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.number) &&
    isString(v.title) &&
    isAgencyRef(v.agency) &&
    isString(v.target_kind) &&
    text(v.target_label) &&
    isString(v.change_type) &&
    isString(v.risk_level) &&
    isString(v.stage) &&
    isString(v.planned_start) &&
    isString(v.planned_end) &&
    isObject(v.approval) &&
    isBoolean(v.overdue)
  );
}

export function isChange(v: unknown): v is Change {
  if (!isChangeSummary(v)) return false;
  const c = v as unknown as Record<string, unknown>;
  return (
    isArrayOf(c.links, isLink) &&
    isArrayOf(c.allowed_actions, isString) &&
    isApproval(c.approval) &&
    isArrayOf(c.steps, isStep) &&
    isNumber(c.version) &&
    isStringOrNull(c.implemented_at ?? null)
  );
}

export const isChangePage = (v: unknown): v is { items: ChangeSummary[]; next_cursor: string | null } => isPageOf(v, isChangeSummary);

const isCalendarItem = (v: unknown): v is CalendarItem =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.number) &&
  isString(v.title) &&
  isString(v.stage) &&
  isObject(v.agency) &&
  isString(v.start) &&
  isString(v.end) &&
  isString(v.start_local) &&
  isString(v.end_local) &&
  isArrayOf(v.conflicts_with, isNumber);

export function isCalendar(v: unknown): v is Calendar {
  return isObject(v) && isNumber(v.year) && isArrayOf(v.items, isCalendarItem) && isNumber(v.conflicts);
}
