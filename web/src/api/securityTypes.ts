// Shapes of the information security answers (Manajemen Keamanan Informasi SPBE,
// docs/risk-security-audit-contract.md "Information security") and checks that an
// answer really has them. The checks look at what the pages use and let further
// members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

// BSSN 4/2021 Pasal 3, in order.
export const PROGRAMME_STAGES = ['scope', 'person_in_charge', 'planning', 'operation_support', 'performance_evaluation', 'continual_improvement'] as const;
export const SCOPE_ITEMS = ['data_information', 'applications', 'infrastructure', 'existing_policy'] as const;
export type ScopeItem = (typeof SCOPE_ITEMS)[number];
export const POLICY_KINDS = ['ict_use', 'byod', 'lan_security', 'wan_security', 'other'] as const;
export const POLICY_STATUSES = ['draft', 'published'] as const;
export const INCIDENT_STAGES = ['reported', 'triage', 'containment', 'eradication', 'recovery', 'lessons_learned', 'closed'] as const;
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const INCIDENT_ACTIONS = ['triage', 'contain', 'eradicate', 'recover', 'learn', 'close'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];
export const NOTICE_KINDS = ['ict_office', 'data_owner'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const LINK_KINDS = ['host', 'application', 'dataset', 'risk'] as const;
export type IncidentLinkKind = (typeof LINK_KINDS)[number];

// An article of the region's regulation that a rule or refusal rests on.
export interface Cited {
  article: string;
  text: string;
  citation: string;
}

export interface PersonRef {
  id: number;
  name: string;
  agency_id: number | null;
}

export interface UserRef {
  id: number;
  display_name: string;
}

export interface ProgrammeStage {
  stage: string;
  note: string;
  date: string | null; // YYYY-MM-DD
}

export interface Programme {
  scope: Record<ScopeItem, boolean> & { description: string };
  person_in_charge: PersonRef | null;
  suggested_person_in_charge: (PersonRef & { position_title: string }) | null;
  stages: ProgrammeStage[];
  csirt: { name: string; decree: string; members: PersonRef[] };
  report_hours: { ict_office: number; data_owner: number };
  citation: Cited | null;
  version: number;
  updated_at: string | null;
}

export interface PublishedRevision {
  revision: number;
  title: string;
  body: string;
  file_sha256: string | null;
  published_at: string;
  published_by: UserRef | null;
}

export interface Policy {
  id: number;
  kind: string;
  title: string;
  body: string;
  file: { sha256: string; name: string } | null;
  status: string;
  revision: number; // the last published one; 0 none
  published: PublishedRevision | null;
  acknowledged: number;
  agencies: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Acknowledgement {
  agency_id: number;
  revision: number;
  acknowledged_at: string;
  acknowledged_by: UserRef | null;
}

export interface AgencyCoverage {
  agency_id: number;
  name: string;
  short_name: string;
  state: 'current' | 'outdated' | 'missing' | string;
  acknowledged_revision: number | null;
  acknowledged_at: string | null;
  acknowledged_by: UserRef | null;
}

export interface Coverage {
  policy_id: number;
  revision: number;
  acknowledged: number;
  total: number;
  agencies: AgencyCoverage[];
}

export interface IncidentNotice {
  required: boolean;
  due_at: string | null;
  sent_at: string | null;
  state: 'on_time' | 'late' | 'overdue' | 'pending' | 'not_required' | string;
  note: string;
  sha256: string | null;
}

export interface IncidentSummary {
  id: number;
  number: string;
  agency: { id: number; name: string; short_name: string };
  title: string;
  severity: string;
  serious: boolean;
  stage: string;
  detected_at: string;
  reported_at: string;
  closed_at: string | null;
  notices: { ict_office: IncidentNotice; data_owner: IncidentNotice };
  overdue: boolean;
  open_too_long: boolean;
  version: number;
}

export interface IncidentLink {
  id: number;
  kind: string;
  target_id: number;
  label: string;
}

export interface IncidentEvent {
  id: number;
  at: string;
  actor: UserRef | null;
  action: string;
  from_stage: string | null;
  to_stage: string | null;
  note: string;
}

export interface Incident extends IncidentSummary {
  description: string;
  lessons_learned: string | null;
  links: IncidentLink[];
  events: IncidentEvent[];
  allowed_actions: string[];
  citations: { ict_office: Cited | null; data_owner: Cited | null; csirt: Cited | null };
  created_at: string;
  updated_at: string;
}

export interface IncidentPage {
  items: IncidentSummary[];
  next_cursor: string | null;
}

// Something an incident may be linked to, found by search.
export type { LinkCandidate } from './recordPages';

const orNull =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || v === undefined || check(v);

const isCited = (v: unknown): v is Cited => isObject(v) && isString(v.article) && isString(v.citation);
const isPersonRef = (v: unknown): v is PersonRef => isObject(v) && isNumber(v.id) && isString(v.name);
const isUserRef = (v: unknown): v is UserRef => isObject(v) && isNumber(v.id) && isString(v.display_name);

const isStage = (v: unknown): v is ProgrammeStage => isObject(v) && isString(v.stage) && isString(v.note) && isStringOrNull(v.date);

export function isProgramme(v: unknown): v is Programme {
  return (
    isObject(v) &&
    isObject(v.scope) &&
    SCOPE_ITEMS.every((k) => isBoolean((v.scope as Record<string, unknown>)[k])) &&
    isString(v.scope.description) &&
    orNull(isPersonRef)(v.person_in_charge) &&
    orNull(isPersonRef)(v.suggested_person_in_charge) &&
    isArrayOf(v.stages, isStage) &&
    isObject(v.csirt) &&
    isString(v.csirt.name) &&
    isString(v.csirt.decree) &&
    isArrayOf(v.csirt.members, isPersonRef) &&
    isObject(v.report_hours) &&
    isNumber(v.report_hours.ict_office) &&
    isNumber(v.report_hours.data_owner) &&
    orNull(isCited)(v.citation) &&
    isNumber(v.version)
  );
}

export function isPolicy(v: unknown): v is Policy {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.kind) &&
    isString(v.title) &&
    isString(v.body) &&
    orNull((f: unknown): f is { sha256: string; name: string } => isObject(f) && isString(f.sha256) && isString(f.name))(v.file) &&
    isString(v.status) &&
    isNumber(v.revision) &&
    orNull((p: unknown): p is PublishedRevision => isObject(p) && isNumber(p.revision) && isString(p.published_at))(v.published) &&
    isNumber(v.acknowledged) &&
    isNumber(v.agencies) &&
    isNumber(v.version)
  );
}

export const isPolicyList = (v: unknown): v is { items: Policy[] } => isObject(v) && isArrayOf(v.items, isPolicy);

export const isAcknowledgement = (v: unknown): v is Acknowledgement =>
  isObject(v) && isNumber(v.agency_id) && isNumber(v.revision) && isString(v.acknowledged_at);

const isAgencyCoverage = (v: unknown): v is AgencyCoverage =>
  isObject(v) &&
  isNumber(v.agency_id) &&
  isString(v.name) &&
  isString(v.short_name) &&
  isString(v.state) &&
  isNumberOrNull(v.acknowledged_revision ?? null) &&
  isStringOrNull(v.acknowledged_at ?? null) &&
  orNull(isUserRef)(v.acknowledged_by);

export const isCoverage = (v: unknown): v is Coverage =>
  isObject(v) && isNumber(v.revision) && isNumber(v.acknowledged) && isNumber(v.total) && isArrayOf(v.agencies, isAgencyCoverage);

const isNotice = (v: unknown): v is IncidentNotice =>
  isObject(v) && isBoolean(v.required) && isStringOrNull(v.due_at ?? null) && isStringOrNull(v.sent_at ?? null) && isString(v.state);

export function isIncidentSummary(v: unknown): v is IncidentSummary {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.number) &&
    isObject(v.agency) &&
    isNumber(v.agency.id) &&
    isString(v.agency.short_name) &&
    isString(v.title) &&
    isString(v.severity) &&
    isBoolean(v.serious) &&
    isString(v.stage) &&
    isString(v.detected_at) &&
    isObject(v.notices) &&
    isNotice(v.notices.ict_office) &&
    isNotice(v.notices.data_owner) &&
    isBoolean(v.overdue) &&
    isNumber(v.version)
  );
}

const isLink = (v: unknown): v is IncidentLink => isObject(v) && isNumber(v.id) && isString(v.kind) && isNumber(v.target_id) && isString(v.label);
const isEvent = (v: unknown): v is IncidentEvent => isObject(v) && isNumber(v.id) && isString(v.at) && orNull(isUserRef)(v.actor) && isString(v.action);

export function isIncident(v: unknown): v is Incident {
  return (
    isIncidentSummary(v) &&
    isObject(v) &&
    isString(v.description) &&
    isArrayOf(v.links, isLink) &&
    isArrayOf(v.events, isEvent) &&
    isArrayOf(v.allowed_actions, isString) &&
    isObject(v.citations)
  );
}

export const isIncidentPage = (v: unknown): v is IncidentPage =>
  isObject(v) && isArrayOf(v.items, isIncidentSummary) && (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor));

// The incidents past a deadline: notices not sent after their due time, and
// incidents open longer than the limit of their severity.
export interface OverdueList {
  notices: Array<{ incident: IncidentSummary; kind: string; due_at: string; hours_overdue: number }>;
  notices_total: number;
  open_too_long: Array<{ incident: IncidentSummary; open_days: number; limit_days: number }>;
  open_too_long_total: number;
}

export const isOverdueList = (v: unknown): v is OverdueList =>
  isObject(v) &&
  isNumber(v.notices_total) &&
  isNumber(v.open_too_long_total) &&
  isArrayOf(v.notices, (n): n is OverdueList['notices'][number] => isObject(n) && isIncidentSummary(n.incident) && isString(n.kind)) &&
  isArrayOf(v.open_too_long, (n): n is OverdueList['open_too_long'][number] => isObject(n) && isIncidentSummary(n.incident) && isNumber(n.open_days) && isNumber(n.limit_days));
