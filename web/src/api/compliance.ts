// Compliance with the region's own regulation (docs/compliance-contract.md): the region,
// one agency, the obligations, the calendar of duties and the statements of compliance
// people make for duties Simpul keeps no record of. The shapes the server answers with
// (src/modules/compliance/json.cpp) and the calls.
import { apiGet, apiPost, type RequestOptions, type Result } from './client';
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const COMPLIANCE_PATH = '/api/v1/compliance';
export const COMPLIANCE_PAGE = '/kepatuhan';
export const OBLIGATIONS_PAGE = '/kepatuhan/kewajiban';
export const CALENDAR_PAGE = '/kepatuhan/kalender';
export const STATEMENT_CREATE_PAGE = '/kepatuhan/pernyataan/baru';
export const agencyCompliancePage = (id: number) => `/kepatuhan/pd/${id}`;
export const obligationPage = (id: string) => `${OBLIGATIONS_PAGE}/${encodeURIComponent(id)}`;
export const statementPage = (id: number) => `/kepatuhan/pernyataan/${id}`;
export const statementPath = (id: number) => `${COMPLIANCE_PATH}/statements/${id}`;

// The report a Kepala Dinas signs off: the region's, or one agency's.
export function reportPath(format: 'pdf' | 'xlsx', agencyId?: number): string {
  return `${COMPLIANCE_PATH}/report.${format}${agencyId ? `?agency_id=${agencyId}` : ''}`;
}

// Worst first: the order a list of duties is read in.
export const STATUSES = ['overdue', 'not_met', 'due_soon', 'met', 'not_applicable'] as const;
export type Status = (typeof STATUSES)[number];
export const isStatus = (v: unknown): v is Status => (STATUSES as readonly unknown[]).includes(v);
// Still owed: what an agency has to act on.
export const OPEN_STATUSES: readonly Status[] = ['overdue', 'not_met', 'due_soon'];

export interface Text {
  id: string;
  en: string;
}
const isText = (v: unknown): v is Text => isObject(v) && isString(v.id) && isString(v.en);

export interface Tally {
  overdue: number;
  not_met: number;
  due_soon: number;
  met: number;
  not_applicable: number;
  applicable: number;
  share_met: number | null; // 0..1; null when nothing applies
}
export const isTally = (v: unknown): v is Tally =>
  isObject(v) && STATUSES.every((s) => isNumber(v[s])) && isNumber(v.applicable) && isNumberOrNull(v.share_met);

export interface Obligation {
  id: string;
  article: string;
  text: string; // the regulation's original sentence
  citation: string; // e.g. "Perwali Madiun 29/2021 Pasal 20 ayat (1)"
  binds: string;
  when: string | null;
  rule: { kind: string } & Record<string, unknown>;
}
const isObligation = (v: unknown): v is Obligation =>
  isObject(v) && isString(v.id) && isString(v.article) && isString(v.text) && isString(v.citation) && isString(v.binds) && isObject(v.rule) && isString(v.rule.kind);

export interface Subject {
  kind: string;
  id: string;
  name: string;
  agency_id: number | null;
  href: string | null;
}
const isSubject = (v: unknown): v is Subject => isObject(v) && isString(v.kind) && isString(v.id) && isString(v.name) && isNumberOrNull(v.agency_id) && isStringOrNull(v.href);

export interface Evidence {
  kind: string;
  id: string;
  label: Text;
  href: string | null;
  date: string | null;
}
const isEvidence = (v: unknown): v is Evidence => isObject(v) && isString(v.kind) && isText(v.label) && isStringOrNull(v.href) && isStringOrNull(v.date);

export interface Finding {
  obligation: Obligation;
  subject: Subject;
  status: Status;
  status_label: Text;
  due_on: string | null;
  reason: Text;
  evidence: Evidence[];
  basis: string; // "data" | "statement"
}
export const isFinding = (v: unknown): v is Finding =>
  isObject(v) &&
  isObligation(v.obligation) &&
  isSubject(v.subject) &&
  isStatus(v.status) &&
  isText(v.status_label) &&
  isStringOrNull(v.due_on) &&
  isText(v.reason) &&
  isArrayOf(v.evidence, isEvidence) &&
  isString(v.basis);

export interface TrendPoint {
  taken_on: string;
  tally: Tally;
  live?: boolean; // today's figure, computed now rather than from a snapshot
}
const isTrendPoint = (v: unknown): v is TrendPoint => isObject(v) && isString(v.taken_on) && isTally(v.tally) && (v.live === undefined || isBoolean(v.live));

export interface AgencyRow {
  agency_id: number;
  name: string;
  tally: Tally;
  next_due: string | null;
  href: string;
}
const isAgencyRow = (v: unknown): v is AgencyRow => isObject(v) && isNumber(v.agency_id) && isString(v.name) && isTally(v.tally) && isStringOrNull(v.next_due ?? null);

export interface RegionCompliance {
  as_of: string;
  profile: { name: string; citation: string };
  tally: Tally;
  agencies: AgencyRow[];
  region_duties: Finding[];
  trend: TrendPoint[];
}
const isRegionCompliance = (v: unknown): v is RegionCompliance =>
  isObject(v) &&
  isString(v.as_of) &&
  isObject(v.profile) &&
  isTally(v.tally) &&
  isArrayOf(v.agencies, isAgencyRow) &&
  isArrayOf(v.region_duties, isFinding) &&
  (v.trend === undefined || isArrayOf(v.trend, isTrendPoint));

export interface AgencyCompliance {
  as_of: string;
  agency: { id: number; name: string };
  tally: Tally;
  findings: Finding[];
  trend?: TrendPoint[];
}
const isAgencyCompliance = (v: unknown): v is AgencyCompliance =>
  isObject(v) && isString(v.as_of) && isObject(v.agency) && isNumber(v.agency.id) && isTally(v.tally) && isArrayOf(v.findings, isFinding);

export interface ObligationRow {
  obligation: Obligation;
  tally: Tally;
  basis: string;
}
export interface ObligationList {
  as_of: string;
  obligations: ObligationRow[];
}
const isObligationList = (v: unknown): v is ObligationList =>
  isObject(v) && isArrayOf(v.obligations, (o): o is ObligationRow => isObject(o) && isObligation(o.obligation) && isTally(o.tally));

export interface ObligationCompliance {
  as_of: string;
  obligation: Obligation;
  tally: Tally;
  findings: Finding[];
}
const isObligationCompliance = (v: unknown): v is ObligationCompliance =>
  isObject(v) && isString(v.as_of) && isObligation(v.obligation) && isTally(v.tally) && isArrayOf(v.findings, isFinding);

export interface DutyCalendar {
  from: string;
  to: string;
  duties: Finding[];
}
const isDutyCalendar = (v: unknown): v is DutyCalendar => isObject(v) && isString(v.from) && isString(v.to) && isArrayOf(v.duties, isFinding);

export interface Statement {
  id: number;
  obligation_id: string;
  subject_kind: string;
  subject_id: string;
  agency_id: number | null;
  done_on: string;
  valid_until: string | null;
  reference: string;
  note: string;
  file_sha256: string | null;
  created_by: string;
  created_at: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  version: number;
  status: 'in_force' | 'withdrawn';
  obligation: Obligation | null; // null when the profile no longer holds it
  subject: Subject | null;
  file_href: string | null;
  href: string;
}
export const isStatement = (v: unknown): v is Statement =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.obligation_id) &&
  isString(v.subject_kind) &&
  isString(v.subject_id) &&
  isString(v.done_on) &&
  isString(v.reference) &&
  isNumber(v.version) &&
  isStringOrNull(v.withdrawn_at ?? null) &&
  (v.status === 'in_force' || v.status === 'withdrawn') &&
  (v.obligation === null || isObligation(v.obligation)) &&
  (v.subject === null || isSubject(v.subject));

// ---- calls ------------------------------------------------------------------------

export function getRegionCompliance(options?: RequestOptions): Promise<Result<RegionCompliance>> {
  return apiGet(COMPLIANCE_PATH, isRegionCompliance, options);
}

export function getAgencyCompliance(agencyId: number, options?: RequestOptions): Promise<Result<AgencyCompliance>> {
  return apiGet(`${COMPLIANCE_PATH}/agencies/${agencyId}`, isAgencyCompliance, options);
}

export function getObligations(options?: RequestOptions): Promise<Result<ObligationList>> {
  return apiGet(`${COMPLIANCE_PATH}/obligations`, isObligationList, options);
}

export function getObligationCompliance(id: string, options?: RequestOptions): Promise<Result<ObligationCompliance>> {
  return apiGet(`${COMPLIANCE_PATH}/obligations/${encodeURIComponent(id)}`, isObligationCompliance, options);
}

export interface CalendarRange {
  from: string; // YYYY-MM-DD, or '' for the server's default
  to: string;
  agency_id: string;
}

export function getDutyCalendar(range: CalendarRange, options?: RequestOptions): Promise<Result<DutyCalendar>> {
  const query = new URLSearchParams();
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  if (range.agency_id) query.set('agency_id', range.agency_id);
  const q = query.toString();
  return apiGet(`${COMPLIANCE_PATH}/calendar${q ? `?${q}` : ''}`, isDutyCalendar, options);
}

export function getStatement(id: number, options?: RequestOptions): Promise<Result<Statement>> {
  return apiGet(statementPath(id), isStatement, options);
}

export interface StatementInput {
  obligation_id: string;
  subject_kind: string;
  subject_id: string;
  done_on: string;
  valid_until?: string;
  reference: string;
  note?: string;
  file_sha256?: string;
}

export function createStatement(input: StatementInput): Promise<Result<Statement>> {
  return apiPost(`${COMPLIANCE_PATH}/statements`, input, isStatement);
}

// With the version the user saw (If-Match): 412 when someone changed it meanwhile.
export function withdrawStatement(id: number, reason: string, etag: string): Promise<Result<Statement>> {
  return apiPost(`${statementPath(id)}/withdraw`, { reason }, isStatement, { ifMatch: etag });
}

// The address of the form that records a statement for one duty of one subject.
export function statementFormPage(obligationId: string, subject: { kind: string; id: string }): string {
  const query = new URLSearchParams({ obligation: obligationId, kind: subject.kind, subject: subject.id });
  return `${STATEMENT_CREATE_PAGE}?${query.toString()}`;
}
