// The information security API (docs/risk-security-audit-contract.md "Information
// security"): the region's security programme, the policies with their
// acknowledgement by every agency, and the security incidents with their stages,
// notices and links; plus the searches that find what an incident may be linked to.
import { isArrayOf, isNumber, isObject, isString } from './checks';
import { isPersonPage, type Person } from './organisationTypes';
import type { Page } from './types';
import { apiDelete, apiGet, apiPatch, apiPost, apiPut, type RequestOptions, type Result } from './client';
import {
  isAcknowledgement,
  isCoverage,
  isIncident,
  isIncidentPage,
  isOverdueList,
  isPolicy,
  isPolicyList,
  isProgramme,
  type Acknowledgement,
  type Coverage,
  type Incident,
  type IncidentLinkKind,
  type IncidentPage,
  type LinkCandidate,
  type NoticeKind,
  type OverdueList,
  type Policy,
  type Programme,
  type ScopeItem,
} from './securityTypes';

export const SECURITY_PATH = '/api/v1/security';
export const PROGRAMME_PATH = `${SECURITY_PATH}/programme`;
export const POLICIES_PATH = `${SECURITY_PATH}/policies`;
export const INCIDENTS_PATH = `${SECURITY_PATH}/incidents`;
export const policyPath = (id: number) => `${POLICIES_PATH}/${id}`;
export const incidentPath = (id: number) => `${INCIDENTS_PATH}/${id}`;
export const policyPagePath = (id: number) => `/keamanan/kebijakan/${id}`;
export const incidentPagePath = (id: number) => `/keamanan/insiden/${id}`;
export const INCIDENT_CREATE_PATH = '/keamanan/insiden/baru';

// ---- programme ----------------------------------------------------------------

export function getProgramme(options?: RequestOptions): Promise<Result<Programme>> {
  return apiGet(PROGRAMME_PATH, isProgramme, options);
}

export interface ProgrammeInput {
  scope: Record<ScopeItem, boolean> & { description: string };
  person_in_charge_id: number | null;
  stages: Array<{ stage: string; note: string; date: string | null }>;
  csirt: { name: string; decree: string; member_ids: number[] };
  report_hours: { ict_office: number; data_owner: number };
}

export function saveProgramme(input: ProgrammeInput, etag: string): Promise<Result<Programme>> {
  return apiPut(PROGRAMME_PATH, input, isProgramme, { ifMatch: etag });
}

// ---- policies -----------------------------------------------------------------

export function listPolicies(options?: RequestOptions): Promise<Result<{ items: Policy[] }>> {
  return apiGet(POLICIES_PATH, isPolicyList, options);
}

export function getPolicy(id: number, options?: RequestOptions): Promise<Result<Policy>> {
  return apiGet(policyPath(id), isPolicy, options);
}

export interface PolicyInput {
  kind?: string;
  title?: string;
  body?: string;
  file_sha256?: string | null;
}

export function createPolicy(input: PolicyInput): Promise<Result<Policy>> {
  return apiPost(POLICIES_PATH, input, isPolicy);
}

export function updatePolicy(id: number, changes: PolicyInput, etag: string): Promise<Result<Policy>> {
  return apiPatch(policyPath(id), changes, isPolicy, { ifMatch: etag });
}

export function publishPolicy(id: number, etag: string): Promise<Result<Policy>> {
  return apiPost(`${policyPath(id)}/publish`, {}, isPolicy, { ifMatch: etag });
}

export function getCoverage(id: number, options?: RequestOptions): Promise<Result<Coverage>> {
  return apiGet(`${policyPath(id)}/acknowledgements`, isCoverage, options);
}

export function acknowledgePolicy(id: number, agencyId: number): Promise<Result<Acknowledgement>> {
  return apiPost(`${policyPath(id)}/acknowledgements`, { agency_id: agencyId }, isAcknowledgement);
}

// ---- incidents ----------------------------------------------------------------

export interface IncidentFilter {
  agency_id: string;
  stage: string; // a stage, 'open', or '' for all
  severity: string;
  overdue: boolean;
  q: string;
}

export function listIncidents(filter: Partial<IncidentFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<IncidentPage>> {
  const query = new URLSearchParams({ limit: '50' });
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.stage) query.set('stage', filter.stage);
  if (filter.severity) query.set('severity', filter.severity);
  if (filter.overdue) query.set('overdue', 'true');
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${INCIDENTS_PATH}?${query.toString()}`, isIncidentPage, options);
}

// The first `limit` of each overdue list (most overdue first) with the totals.
export function listOverdue(limit: number, options?: RequestOptions): Promise<Result<OverdueList>> {
  return apiGet(`${INCIDENTS_PATH}/overdue?limit=${limit}`, isOverdueList, options);
}

export function getIncident(id: number, options?: RequestOptions): Promise<Result<Incident>> {
  return apiGet(incidentPath(id), isIncident, options);
}

export interface IncidentInput {
  agency_id?: number;
  title?: string;
  description?: string;
  severity?: string;
  serious?: boolean;
  detected_at?: string;
  ict_office_reported_at?: string;
  lessons_learned?: string;
}

export function createIncident(input: IncidentInput): Promise<Result<Incident>> {
  return apiPost(INCIDENTS_PATH, input, isIncident);
}

export function updateIncident(id: number, changes: IncidentInput, etag: string): Promise<Result<Incident>> {
  return apiPatch(incidentPath(id), changes, isIncident, { ifMatch: etag });
}

// A stage step, with the version the user saw (If-Match): 412 when someone changed it meanwhile.
export function takeIncidentAction(id: number, action: string, note: string, etag: string, lessonsLearned?: string): Promise<Result<Incident>> {
  const body = lessonsLearned !== undefined ? { action, note, lessons_learned: lessonsLearned } : { action, note };
  return apiPost(`${incidentPath(id)}/actions`, body, isIncident, { ifMatch: etag });
}

export interface NoticeInput {
  kind: NoticeKind;
  sent_at: string;
  note?: string;
  sha256?: string;
}

export function recordNotice(id: number, input: NoticeInput): Promise<Result<Incident>> {
  return apiPost(`${incidentPath(id)}/notices`, input, isIncident);
}

export function addIncidentLink(id: number, kind: IncidentLinkKind, targetId: number): Promise<Result<Incident>> {
  return apiPost(`${incidentPath(id)}/links`, { kind, target_id: targetId }, isIncident);
}

export function removeIncidentLink(id: number, linkId: number): Promise<Result<undefined>> {
  return apiDelete(`${incidentPath(id)}/links/${linkId}`);
}

// ---- what an incident may be linked to ----------------------------------------

type Row = Record<string, unknown>;
const isRows = (v: unknown): v is { items: Row[] } => isObject(v) && isArrayOf(v.items, (i): i is Row => isObject(i) && isNumber(i.id));
const text = (v: unknown) => (isString(v) ? v : '');

const SEARCHES: Record<IncidentLinkKind, { path: (q: string) => string; label: (r: Row) => string; agency: (r: Row) => string; localFilter: boolean }> = {
  // Hosts have no text filter on the server: the region's hosts are filtered here.
  host: {
    path: () => '/api/v1/hosts?limit=100',
    label: (r) => `${text(r.name)}${Array.isArray(r.addresses) && r.addresses.length ? ` (${r.addresses.filter(isString).join(', ')})` : ''}`,
    agency: (r) => text(r.agency_short_name),
    localFilter: true,
  },
  application: {
    path: (q) => `/api/v1/applications?limit=50&q=${encodeURIComponent(q)}`,
    label: (r) => `${text(r.code)} — ${text(r.name)}`,
    agency: (r) => text(r.agency_short_name),
    localFilter: false,
  },
  dataset: {
    path: (q) => `/api/v1/datasets?limit=50&q=${encodeURIComponent(q)}`,
    label: (r) => `${text(r.code) ? `${text(r.code)} — ` : ''}${text(r.title) || text(r.name)}`,
    agency: (r) => text(r.owner_agency_short_name) || text(r.agency_short_name),
    localFilter: false,
  },
  risk: {
    path: (q) => `/api/v1/risks?limit=50&q=${encodeURIComponent(q)}`,
    label: (r) => `${text(r.agency_short_name)} ${isNumber(r.year) ? r.year : ''}/${isNumber(r.number) ? r.number : ''} — ${text(r.event)}`,
    agency: (r) => text(r.agency_short_name),
    localFilter: false,
  },
};

export async function searchLinkCandidates(kind: IncidentLinkKind, q: string, options?: RequestOptions): Promise<Result<LinkCandidate[]>> {
  const search = SEARCHES[kind];
  const answer = await apiGet(search.path(q.trim()), isRows, options);
  if (!answer.ok) return answer;
  const words = q.trim().toLowerCase();
  const found = answer.data.items
    .map((r) => ({ id: r.id as number, label: search.label(r), agency: search.agency(r) }))
    .filter((c) => !search.localFilter || !words || c.label.toLowerCase().includes(words));
  return { ok: true, data: found, status: answer.status };
}

// Every person of the region (for the person in charge and the CSIRT members): page after page, up to a sane limit.
export async function listRegionPeople(options?: RequestOptions): Promise<Result<Person[]>> {
  const all: Person[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages += 1) {
    const query = new URLSearchParams({ limit: '100' });
    if (cursor) query.set('cursor', cursor);
    const answer: Result<Page<Person>> = await apiGet(`/api/v1/people?${query.toString()}`, isPersonPage, options);
    if (!answer.ok) return answer;
    all.push(...answer.data.items);
    cursor = answer.data.next_cursor;
    if (!cursor) break;
  }
  return { ok: true, data: all, status: 200 };
}
