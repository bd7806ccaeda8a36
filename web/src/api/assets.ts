// The ICT asset API (Manajemen Aset TIK, docs/management-processes-contract.md "ICT assets"):
// the register with its filters and the spreadsheet export, one asset with its steps,
// compatibility statement and links, the expiry warnings and their window, the yearly
// inventory report for the regional asset office, and the spreadsheet import.
import { apiDelete, apiGet, apiPatch, apiPost, apiPut, type RequestOptions, type Result } from './client';
import { isArrayOf, isNumber, isObject, isString } from './checks';
import {
  isAsset,
  isAssetLink,
  isAssetList,
  isAssetSettings,
  isCompatibilityAnswer,
  isExpiringAnswer,
  isInventoryReport,
  isInventoryReportList,
  type Asset,
  type AssetAction,
  type AssetLink,
  type AssetLinkKind,
  type AssetList,
  type AssetSettings,
  type CompatibilityAnswer,
  type ExpiringAnswer,
  type InventoryReport,
} from './assetTypes';
import type { Page } from './types';
import type { LinkCandidate } from './recordPages';

export const ASSETS_PATH = '/api/v1/assets';
export const REPORTS_PATH = `${ASSETS_PATH}/inventory-reports`;
export const assetPath = (id: number) => `${ASSETS_PATH}/${id}`;
export const assetPagePath = (id: number) => `/aset/${id}`;
export const reportPath = (id: number) => `${REPORTS_PATH}/${id}`;
export const ASSETS_PAGE = '/aset';
export const PER_PAGE = 50;

const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v).trim() !== '') q.set(k, String(v).trim());
  const text = q.toString();
  return text ? `?${text}` : '';
};

// ---- The register ------------------------------------------------------------

export interface AssetFilter {
  agency_id: string;
  kind: string;
  category: string;
  stage: string;
  q: string;
  expiring: boolean; // within the region's warning window
}

const filterParams = (filter: AssetFilter, warningDays: number | null) => ({
  agency_id: filter.agency_id,
  kind: filter.kind,
  category: filter.category,
  stage: filter.stage,
  q: filter.q,
  expiring_within_days: filter.expiring ? (warningDays ?? 90) : undefined,
});

// The spreadsheet of the list as filtered (no paging).
export const assetsWorkbookPath = (filter: AssetFilter, warningDays: number | null) => `${ASSETS_PATH}/export.xlsx${query(filterParams(filter, warningDays))}`;

export type AssetPage = Page<Asset> & { total: number };

// The server pages by number; the list pages hand the next page number on as the cursor.
export async function listAssets(filter: AssetFilter, warningDays: number | null, cursor: string | null, options?: RequestOptions): Promise<Result<AssetPage>> {
  const page = cursor ? Number(cursor) : 1;
  const answer = await apiGet(`${ASSETS_PATH}${query({ ...filterParams(filter, warningDays), page, per_page: PER_PAGE })}`, isAssetList, options);
  if (!answer.ok) return answer;
  const { items, total } = answer.data;
  const next = page * PER_PAGE < total ? String(page + 1) : null;
  return { ...answer, data: { items, total, next_cursor: next } };
}

export function getAsset(id: number, options?: RequestOptions): Promise<Result<Asset>> {
  return apiGet(assetPath(id), isAsset, options);
}

export interface AssetInput {
  kind?: string;
  category?: string;
  code?: string;
  name?: string;
  owner_agency_id?: number;
  stage?: string;
  brand?: string;
  model?: string;
  software_version?: string;
  serial_number?: string;
  location?: string;
  acquired_on?: string | null;
  value?: number | null;
  warranty_until?: string | null;
  licence_kind?: string | null;
  licence_until?: string | null;
  seats?: number | null;
  application_id?: number | null;
  regional_asset_code?: string;
  notes?: string;
}

export function createAsset(input: AssetInput): Promise<Result<Asset>> {
  return apiPost(ASSETS_PATH, input, isAsset);
}

export function updateAsset(id: number, changes: AssetInput, etag: string): Promise<Result<Asset>> {
  return apiPatch(assetPath(id), changes, isAsset, { ifMatch: etag });
}

export interface StepInput {
  action: AssetAction;
  on?: string;
  note?: string;
  reason?: string; // dispose
  decree_reference?: string; // dispose
}

export function takeAssetStep(id: number, step: StepInput, etag: string): Promise<Result<Asset>> {
  return apiPost(`${assetPath(id)}/actions`, step, isAsset, { ifMatch: etag });
}

// ---- Compatibility (Kendari Pasal 19 ayat (8)) ----------------------------------

// Assets in use anywhere in the region, found by code, name or serial number.
export function searchAssetsInUse(q: string, options?: RequestOptions): Promise<Result<AssetList>> {
  return apiGet(`${ASSETS_PATH}${query({ stage: 'in_use', q, per_page: 30 })}`, isAssetList, options);
}

export function getCompatibility(id: number, options?: RequestOptions): Promise<Result<CompatibilityAnswer>> {
  return apiGet(`${assetPath(id)}/compatibility`, isCompatibilityAnswer, options);
}

export function stateCompatibility(id: number, statement: { compatible_with: number[]; note: string }, etag: string): Promise<Result<Asset>> {
  return apiPut(`${assetPath(id)}/compatibility`, statement, isAsset, { ifMatch: etag });
}

// ---- Links to hosts, applications and tickets -----------------------------------

export function addAssetLink(id: number, kind: AssetLinkKind, targetId: number): Promise<Result<AssetLink>> {
  return apiPost(`${assetPath(id)}/links`, { kind, target_id: targetId }, isAssetLink);
}

export function removeAssetLink(id: number, linkId: number): Promise<Result<undefined>> {
  return apiDelete(`${assetPath(id)}/links/${linkId}`);
}

export type { LinkCandidate };

type Row = Record<string, unknown>;
const isRows = (v: unknown): v is { items: Row[] } => isObject(v) && isArrayOf(v.items, (i): i is Row => isObject(i) && isNumber(i.id));
const text = (v: unknown) => (isString(v) ? v : '');
const agencyOf = (r: Row) => text(r.agency_short_name) || (isObject(r.agency) ? text(r.agency.short_name) : '') || text(r.owner_agency_short_name);

const SEARCHES: Record<AssetLinkKind, { path: (q: string) => string; label: (r: Row) => string; localFilter: boolean }> = {
  // Hosts have no text filter on the server: the region's hosts are filtered here.
  host: {
    path: () => '/api/v1/hosts?limit=100',
    label: (r) => `${text(r.name)}${Array.isArray(r.addresses) && r.addresses.length ? ` (${r.addresses.filter(isString).join(', ')})` : ''}`,
    localFilter: true,
  },
  application: {
    path: (q) => `/api/v1/applications?limit=50${q ? `&q=${encodeURIComponent(q)}` : ''}`,
    label: (r) => `${text(r.code)} — ${text(r.name)}`,
    localFilter: false,
  },
  ticket: {
    path: (q) => `/api/v1/tickets?limit=50${q ? `&q=${encodeURIComponent(q)}` : ''}`,
    label: (r) => `${text(r.number)} — ${text(r.title)}`,
    localFilter: false,
  },
};

export async function searchLinkCandidates(kind: AssetLinkKind, q: string, options?: RequestOptions): Promise<Result<LinkCandidate[]>> {
  const search = SEARCHES[kind];
  const answer = await apiGet(search.path(q.trim()), isRows, options);
  if (!answer.ok) return answer;
  const words = q.trim().toLowerCase();
  const found = answer.data.items
    .map((r) => ({ id: r.id as number, label: search.label(r), agency: agencyOf(r) }))
    .filter((c) => !search.localFilter || !words || c.label.toLowerCase().includes(words));
  return { ok: true, data: found, status: answer.status };
}

// Applications a software asset may licence, found by words.
export function searchApplications(q: string, options?: RequestOptions): Promise<Result<LinkCandidate[]>> {
  return searchLinkCandidates('application', q, options);
}

// ---- Expiry warnings -------------------------------------------------------------

export function listExpiring(agencyId: string, options?: RequestOptions): Promise<Result<ExpiringAnswer>> {
  return apiGet(`${ASSETS_PATH}/expiring${query({ agency_id: agencyId, limit: 500 })}`, isExpiringAnswer, options);
}

export function getAssetSettings(options?: RequestOptions): Promise<Result<AssetSettings>> {
  return apiGet(`${ASSETS_PATH}/settings`, isAssetSettings, options);
}

export function updateAssetSettings(warningDays: number, etag: string): Promise<Result<AssetSettings>> {
  return apiPut(`${ASSETS_PATH}/settings`, { warning_days: warningDays }, isAssetSettings, { ifMatch: etag });
}

// ---- Inventory reports (Kendari Pasal 19 ayat (11)-(12)) ----------------------------

export function listInventoryReports(options?: RequestOptions): Promise<Result<{ items: InventoryReport[] }>> {
  return apiGet(REPORTS_PATH, isInventoryReportList, options);
}

export function getInventoryReport(id: number, options?: RequestOptions): Promise<Result<InventoryReport>> {
  return apiGet(reportPath(id), isInventoryReport, options);
}

export function createInventoryReport(year: number): Promise<Result<InventoryReport>> {
  return apiPost(REPORTS_PATH, { year }, isInventoryReport);
}

export function submitInventoryReport(id: number, input: { sent_on: string; recipient: string }, etag: string): Promise<Result<InventoryReport>> {
  return apiPost(`${reportPath(id)}/submit`, input, isInventoryReport, { ifMatch: etag });
}

export const reportWorkbookPath = (id: number) => `${reportPath(id)}/export.xlsx`;
