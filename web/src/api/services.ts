// The services API (Layanan SPBE), the links between elements, impact and
// dependencies, and the lists of each registry to choose an element from
// (docs/registries-contract.md "Services and links").
import { isObject, isPageOf, type Json } from './checks';
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import { isElementLink, isImpactAnswer, isService, type ElementKind, type ElementLink, type ElementOption, type ImpactAnswer, type Service } from './serviceTypes';
import type { Page } from './types';

export const SERVICES_PATH = '/api/v1/services';
export const servicePath = (id: number) => `${SERVICES_PATH}/${id}`;
export const servicePagePath = (id: number) => `/elemen/layanan/${id}`;
// The page of an element's own record, where the registry has one.
export function elementPagePath(kind: string, id: number): string | null {
  switch (kind) {
    case 'service':
      return servicePagePath(id);
    case 'application':
      return `/elemen/aplikasi/${id}`;
    case 'dataset':
      return `/elemen/data/${id}`;
    case 'host':
      return `/elemen/infrastruktur/server/${id}`;
    default:
      return null;
  }
}
export const impactPagePath = (kind: string, id: number, only?: string) => `/elemen/dampak?kind=${kind}&id=${id}${only ? `&only=${only}` : ''}`;

export interface ServiceFilter {
  agency_id: string;
  kind: string;
  channel: string;
  status: string;
  q: string;
}

export function listServices(filter: Partial<ServiceFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<Page<Service>>> {
  const query = new URLSearchParams();
  for (const key of ['agency_id', 'kind', 'channel', 'status'] as const) if (filter[key]) query.set(key, filter[key]!);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return apiGet(text ? `${SERVICES_PATH}?${text}` : SERVICES_PATH, (v): v is Page<Service> => isPageOf(v, isService), options);
}

export function getService(id: number, options?: RequestOptions): Promise<Result<Service>> {
  return apiGet(servicePath(id), isService, options);
}

export interface ServiceInput {
  owner_agency_id?: number;
  code?: string;
  name?: string;
  kind?: string;
  sector?: string | null;
  channels?: string[];
  description?: string | null;
  status?: string;
  participating_agency_ids?: number[] | null;
}

export function createService(input: ServiceInput): Promise<Result<Service>> {
  return apiPost(SERVICES_PATH, input, isService);
}

export function updateService(id: number, changes: ServiceInput, etag: string): Promise<Result<Service>> {
  return apiPatch(servicePath(id), changes, isService, { ifMatch: etag });
}

export function coordinateIntegration(id: number, etag: string, note: string): Promise<Result<Service>> {
  return apiPost(`${servicePath(id)}/coordinate-integration`, note ? { note } : {}, isService, { ifMatch: etag });
}

export function addElementLink(from: { kind: string; id: number }, to: { kind: string; id: number }, note: string): Promise<Result<ElementLink>> {
  return apiPost('/api/v1/element-links', { from, to, ...(note ? { note } : {}) }, isElementLink);
}

// Every link touching one element (pages of 100, at most 20 pages), oldest first.
export async function listElementLinks(kind: ElementKind, id: number, options?: RequestOptions): Promise<Result<ElementLink[]>> {
  const found: ElementLink[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const query = new URLSearchParams({ kind, id: String(id), limit: '100' });
    if (cursor) query.set('cursor', cursor);
    const answer: Result<Page<ElementLink>> = await apiGet(`/api/v1/element-links?${query.toString()}`, (v): v is Page<ElementLink> => isPageOf(v, isElementLink), options);
    if (!answer.ok) return answer;
    found.push(...answer.data.items);
    cursor = answer.data.next_cursor ?? null;
    if (!cursor) break;
  }
  return { ok: true, status: 200, data: found };
}

export function removeElementLink(id: number): Promise<Result<undefined>> {
  return apiDelete(`/api/v1/element-links/${id}`);
}

export function getImpact(direction: 'impact' | 'dependencies', kind: string, id: number, only: string, options?: RequestOptions): Promise<Result<ImpactAnswer>> {
  const query = new URLSearchParams({ kind, id: String(id) });
  if (only) query.set('only', only);
  return apiGet(`/api/v1/${direction}?${query.toString()}`, isImpactAnswer, options);
}

// Each registry's list, and how one of its records is named in a choice.
const REGISTRY: Record<ElementKind, { path: string; label: (r: Json) => string }> = {
  service: { path: '/api/v1/services', label: (r) => `${str(r.agency_short_name)} · ${str(r.code)} — ${str(r.name)}` },
  application: { path: '/api/v1/applications', label: (r) => `${str(r.agency_short_name)} · ${str(r.code)} — ${str(r.name)}` },
  dataset: { path: '/api/v1/datasets', label: (r) => `${str(r.owner_agency_short_name)} · ${str(r.code)} — ${str(r.title)}` },
  host: { path: '/api/v1/hosts', label: (r) => `${str(r.agency_short_name)} · ${str(r.name)}` },
  network: { path: '/api/v1/networks', label: (r) => (r.agency_short_name ? `${str(r.agency_short_name)} · ${str(r.name)}` : str(r.name)) },
  facility: { path: '/api/v1/facilities', label: (r) => str(r.name) },
};

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const isRecords = (v: unknown): v is Page<Json> => isPageOf(v, (item): item is Json => isObject(item) && typeof item.id === 'number');

// Every element of a kind the caller may see (pages of 100, at most 20 pages).
export async function listElementOptions(kind: ElementKind, options?: RequestOptions): Promise<Result<ElementOption[]>> {
  const { path, label } = REGISTRY[kind];
  const found: ElementOption[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const answer: Result<Page<Json>> = await apiGet(`${path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, isRecords, options);
    if (!answer.ok) return answer;
    for (const r of answer.data.items) found.push({ id: r.id as number, label: label(r).replace(/^ · /, '') });
    cursor = answer.data.next_cursor ?? null;
    if (!cursor) break;
  }
  return { ok: true, status: 200, data: found };
}
