// The change management API (docs/management-processes-contract.md "Change
// management"): requests for change with their stages and approval, the change
// calendar, and the searches that find what a change may be linked to.
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import { isArrayOf, isNumber, isObject, isString } from './checks';
import { searchLinkCandidates } from './security';
import type { LinkCandidate } from './securityTypes';
import type { Page } from './types';
import { isCalendar, isChange, isChangePage, type Calendar, type Change, type ChangeLinkKind, type ChangeSummary } from './changeTypes';

export const CHANGES_PATH = '/api/v1/changes';
export const changePath = (id: number) => `${CHANGES_PATH}/${id}`;
export const changePagePath = (id: number) => `/perubahan/${id}`;
export const CHANGE_CREATE_PATH = '/perubahan/baru';
export const CALENDAR_PAGE_PATH = '/perubahan/kalender';
// The calendar's month of a local date-time (YYYY-MM-DDTHH:MM).
export const calendarMonthPath = (local: string) => `${CALENDAR_PAGE_PATH}?tahun=${local.slice(0, 4)}&bulan=${Number(local.slice(5, 7))}`;

export interface ChangeFilter {
  stage: string;
  agency_id: string;
  target_kind: string;
  risk_level: string;
  q: string;
}

export function listChanges(filter: Partial<ChangeFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<Page<ChangeSummary>>> {
  const query = new URLSearchParams({ limit: '50' });
  for (const key of ['stage', 'agency_id', 'target_kind', 'risk_level'] as const) if (filter[key]) query.set(key, filter[key]!);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${CHANGES_PATH}?${query.toString()}`, isChangePage, options);
}

export function listExportPath(filter: Partial<ChangeFilter>): string {
  const query = new URLSearchParams();
  for (const key of ['stage', 'agency_id', 'target_kind', 'risk_level'] as const) if (filter[key]) query.set(key, filter[key]!);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  const q = query.toString();
  return `${CHANGES_PATH}/export.xlsx${q ? `?${q}` : ''}`;
}

export function getChange(id: number, options?: RequestOptions): Promise<Result<Change>> {
  return apiGet(changePath(id), isChange, options);
}

export interface ChangeInput {
  title?: string;
  description?: string;
  reason?: string;
  agency_id?: number;
  target_kind?: string;
  target_label?: string;
  links?: Array<{ kind: string; id: number }>;
  change_type?: string;
  risk_level?: string;
  risk_notes?: string;
  impact?: string;
  rollback_plan?: string;
  planned_start?: string; // the region's local time, YYYY-MM-DDTHH:MM
  planned_end?: string;
  implementer?: string;
}

export function createChange(input: ChangeInput): Promise<Result<Change>> {
  return apiPost(CHANGES_PATH, input, isChange);
}

export function updateChange(id: number, changes: ChangeInput, etag: string): Promise<Result<Change>> {
  return apiPatch(changePath(id), changes, isChange, { ifMatch: etag });
}

export interface ActionInput {
  action: string;
  note: string;
  implemented_at?: string;
  result?: string;
  lessons?: string;
}

// A step, with the version the user saw (If-Match): 412 when someone changed it meanwhile.
export function takeChangeAction(id: number, input: ActionInput, etag: string): Promise<Result<Change>> {
  return apiPost(`${changePath(id)}/actions`, input, isChange, { ifMatch: etag });
}

export interface CalendarFilter {
  year: number;
  month: number | null;
  agency_id: string;
  target_kind: string;
}

export function getCalendar(filter: CalendarFilter, options?: RequestOptions): Promise<Result<Calendar>> {
  const query = new URLSearchParams({ year: String(filter.year) });
  if (filter.month) query.set('month', String(filter.month));
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.target_kind) query.set('target_kind', filter.target_kind);
  return apiGet(`${CHANGES_PATH}/calendar?${query.toString()}`, isCalendar, options);
}

// ---- what a change may be linked to ------------------------------------------

type Row = Record<string, unknown>;
const isRows = (v: unknown): v is { items: Row[] } => isObject(v) && isArrayOf(v.items, (i): i is Row => isObject(i) && isNumber(i.id));
const word = (v: unknown) => (isString(v) ? v : '');

// Applications, hosts and risks are found as an incident's links are; tickets by their number or words.
export async function searchChangeLinks(kind: ChangeLinkKind, q: string, options?: RequestOptions): Promise<Result<LinkCandidate[]>> {
  if (kind !== 'ticket') return searchLinkCandidates(kind, q, options);
  const query = new URLSearchParams({ limit: '50' });
  if (q.trim()) query.set('q', q.trim());
  const answer = await apiGet(`/api/v1/tickets?${query.toString()}`, isRows, options);
  if (!answer.ok) return answer;
  const found = answer.data.items.map((r) => ({
    id: r.id as number,
    label: `${word(r.number)} — ${word(r.title)}`,
    agency: isObject(r.agency) ? word(r.agency.short_name) : word(r.agency_short_name),
  }));
  return { ok: true, data: found, status: answer.status };
}

