// Shapes of the ICT audit answers (Audit TIK, docs/risk-security-audit-contract.md
// "ICT audits") and checks that an answer really has them. The checks look at
// what the pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isObject, isString, isStringOrNull } from './checks';

export const OBJECT_KINDS = ['infrastructure', 'application', 'infrastructure_security', 'application_security'] as const;
export const DUE_STATUSES = ['overdue', 'due_soon', 'due', 'not_required'] as const;
export const AUDIT_STATES = ['planned', 'pre_evaluated', 'in_progress', 'completed', 'reported'] as const;
export const AUDITOR_KINDS = ['government', 'accredited', 'certified'] as const;
export const ASPECTS = ['governance_and_management', 'functionality', 'performance', 'other'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export type AuditAction = 'pre_evaluate' | 'start' | 'complete' | 'report_to_head';

// A sentence the server gives in both languages.
export interface Wording {
  id: string;
  en: string;
}

// The article of the region's regulation that makes something due.
export interface AuditObligation {
  id?: string;
  article: string;
  text: string;
  citation: string; // e.g. "Perwali Madiun 39/2021 Pasal 41 ayat (1)"
  period?: string; // ISO 8601, e.g. P2Y
  period_from_profile?: boolean; // false: the region's default period, the regulation names none
  period_note?: Wording | null;
}

export interface AuditObject {
  id: number;
  kind: string;
  name: string;
  application_id: number | null;
  application_category: string | null;
  facility_id: number | null;
  owner_agency_id: number;
  owner_agency_name: string;
  source: string; // registry | manual
  active: boolean;
  registered_on: string;
  last_audit_on: string | null;
  next_due_on: string | null;
  status: string; // due | due_soon | overdue | not_required
  obligation: AuditObligation | null;
  version: number;
  audits?: Audit[]; // GET one only
}

export interface FollowUp {
  id: number;
  note: string;
  sha256: string | null;
  created_by: string;
  created_at: string;
}

export interface Finding {
  id: number;
  audit_id: number;
  object_id: number;
  object_name: string;
  severity: string;
  title: string;
  description: string;
  recommendation: string;
  owner_agency_id: number;
  owner_agency_name: string;
  due_on: string;
  status: string; // open | closed
  overdue: boolean;
  has_evidence?: boolean;
  closed_on: string | null;
  follow_ups: FollowUp[];
  version: number;
}

export interface Audit {
  id: number;
  object_id: number;
  object_name: string;
  object_kind: string;
  planned_on: string;
  auditor_kind: string;
  auditor_name: string;
  auditor_credential: string;
  aspects: string[];
  state: string;
  pre_evaluation_due_on: string | null;
  pre_evaluation_required: boolean;
  pre_evaluation_obligation?: AuditObligation | null;
  pre_evaluated_on: string | null;
  pre_evaluation_note: string;
  pre_evaluation_sha256: string | null;
  started_on: string | null;
  completed_on: string | null;
  report_sha256: string | null;
  report_due_on?: string | null;
  reported_on: string | null;
  report_note: string;
  reported_through: string | null;
  report_obligation: AuditObligation | null;
  report_to?: { region_head?: string | null; through?: string | null } | null;
  findings?: Finding[]; // GET one only
  version: number;
}

export interface ProgrammeItem {
  object: AuditObject;
  due_on: string | null;
  status: string;
  obligation_id: string | null; // the key of its obligation in Programme.obligations
  planned_audit: { id: number; planned_on: string; state: string; pre_evaluation_due_on: string | null; pre_evaluated_on: string | null } | null;
  pre_evaluation_required: boolean;
}

export interface Programme {
  year: number;
  default_period: string;
  due_soon_days: number;
  obligations: Record<string, AuditObligation>; // each obligation once, by id
  items: ProgrammeItem[];
}

export interface OverduePreEvaluation {
  audit: Audit;
  due_on: string;
}

export interface OverdueLists {
  objects: AuditObject[];
  pre_evaluations: OverduePreEvaluation[];
  findings: Finding[];
  unreported: Audit[];
}

export interface SyncResult {
  created: number;
  items: AuditObject[];
  warning?: Wording;
}

const isDayOrNull = isStringOrNull;
const isOptional = <T>(v: unknown, check: (x: unknown) => x is T) => v === undefined || v === null || check(v);

export const isWording = (v: unknown): v is Wording => isObject(v) && isString(v.id) && isString(v.en);

export const isObligation = (v: unknown): v is AuditObligation =>
  isObject(v) && isString(v.article) && isString(v.text) && isString(v.citation) && isOptional(v.period_note, isWording);

export const isAuditObject = (v: unknown): v is AuditObject =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.kind) &&
  isString(v.name) &&
  isNumber(v.owner_agency_id) &&
  isString(v.owner_agency_name) &&
  isString(v.source) &&
  isBoolean(v.active) &&
  isString(v.registered_on) &&
  isDayOrNull(v.last_audit_on ?? null) &&
  isDayOrNull(v.next_due_on ?? null) &&
  isString(v.status) &&
  (v.obligation === null || v.obligation === undefined || isObligation(v.obligation)) &&
  isNumber(v.version) &&
  (v.audits === undefined || isArrayOf(v.audits, isAudit));

const isFollowUp = (v: unknown): v is FollowUp =>
  isObject(v) && isNumber(v.id) && isString(v.note) && isStringOrNull(v.sha256 ?? null) && isString(v.created_by) && isString(v.created_at);

export const isFinding = (v: unknown): v is Finding =>
  isObject(v) &&
  isNumber(v.id) &&
  isNumber(v.audit_id) &&
  isString(v.severity) &&
  isString(v.title) &&
  isString(v.description) &&
  isString(v.recommendation) &&
  isNumber(v.owner_agency_id) &&
  isString(v.owner_agency_name) &&
  isString(v.due_on) &&
  isString(v.status) &&
  isBoolean(v.overdue) &&
  isArrayOf(v.follow_ups, isFollowUp) &&
  isNumber(v.version);

export function isAudit(v: unknown): v is Audit {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.object_id) &&
    isString(v.object_name) &&
    isString(v.object_kind) &&
    isString(v.planned_on) &&
    isString(v.auditor_kind) &&
    isString(v.auditor_name) &&
    isString(v.auditor_credential) &&
    isArrayOf(v.aspects, isString) &&
    isString(v.state) &&
    isDayOrNull(v.pre_evaluation_due_on ?? null) &&
    isBoolean(v.pre_evaluation_required) &&
    isDayOrNull(v.pre_evaluated_on ?? null) &&
    isDayOrNull(v.completed_on ?? null) &&
    isDayOrNull(v.reported_on ?? null) &&
    (v.report_obligation === null || v.report_obligation === undefined || isObligation(v.report_obligation)) &&
    (v.findings === undefined || isArrayOf(v.findings, isFinding)) &&
    isNumber(v.version)
  );
}

export const isAuditPage = (v: unknown): v is { items: Audit[]; next_cursor: string | null } =>
  isObject(v) && isArrayOf(v.items, isAudit) && (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor));

export const isObjectPage = (v: unknown): v is { items: AuditObject[]; next_cursor: string | null } =>
  isObject(v) && isArrayOf(v.items, isAuditObject) && (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor));

const isProgrammeItem = (v: unknown): v is ProgrammeItem =>
  isObject(v) && isAuditObject(v.object) && isString(v.status) && (v.planned_audit === null || v.planned_audit === undefined || (isObject(v.planned_audit) && isNumber(v.planned_audit.id)));

export const isProgramme = (v: unknown): v is Programme => isObject(v) && isNumber(v.year) && isArrayOf(v.items, isProgrammeItem);

const isOverduePreEvaluation = (v: unknown): v is OverduePreEvaluation => isObject(v) && isAudit(v.audit) && isString(v.due_on);

export const isOverdueLists = (v: unknown): v is OverdueLists =>
  isObject(v) &&
  isArrayOf(v.objects, isAuditObject) &&
  isArrayOf(v.pre_evaluations, isOverduePreEvaluation) &&
  isArrayOf(v.findings, isFinding) &&
  isArrayOf(v.unreported, isAudit);

export const isSyncResult = (v: unknown): v is SyncResult => isObject(v) && isNumber(v.created) && isArrayOf(v.items, isAuditObject) && isOptional(v.warning, isWording);
