// The infrastructure registry API (docs/registries-contract.md, "Infrastructure"):
// facilities, hosts (with exports and history), networks, IP ranges, domains,
// LAN diagram submissions with their status, and backup reports with the latest
// per agency. Edits send If-Match.
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import type { Page } from './types';
import {
  isBackup,
  isBackupLatest,
  isBackupPage,
  isDomain,
  isDomainList,
  isFacility,
  isFacilityPage,
  isHost,
  isHostList,
  isIpRange,
  isIpRangePage,
  isLanDiagram,
  isLanDiagramPage,
  isLanDiagramStatus,
  isNetwork,
  isNetworkPage,
  type Backup,
  type BackupLatest,
  type Domain,
  type DomainList,
  type Facility,
  type Host,
  type HostList,
  type IpRange,
  type LanDiagram,
  type LanDiagramStatus,
  type Network,
} from './infrastructureTypes';

export const FACILITIES_PATH = '/api/v1/facilities';
export const HOSTS_PATH = '/api/v1/hosts';
export const NETWORKS_PATH = '/api/v1/networks';
export const IP_RANGES_PATH = '/api/v1/ip-ranges';
export const DOMAINS_PATH = '/api/v1/domains';
export const LAN_DIAGRAMS_PATH = '/api/v1/lan-diagrams';
export const BACKUPS_PATH = '/api/v1/backups';

export const hostPath = (id: number) => `${HOSTS_PATH}/${id}`;
export const hostPagePath = (id: number) => `/elemen/infrastruktur/server/${id}`;
export const INFRA_PAGE = '/elemen/infrastruktur';

function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// ---- facilities
export function listFacilities(options?: RequestOptions): Promise<Result<Page<Facility>>> {
  return apiGet(withQuery(FACILITIES_PATH, { limit: '100' }), isFacilityPage, options);
}
export interface FacilityInput {
  name?: string;
  kind?: string;
  location?: string | null;
  operator_agency_id?: number | null;
  tier?: string | null;
  notes?: string | null;
}
export function createFacility(input: FacilityInput): Promise<Result<Facility>> {
  return apiPost(FACILITIES_PATH, input, isFacility);
}
export function updateFacility(id: number, changes: FacilityInput, etag: string): Promise<Result<Facility>> {
  return apiPatch(`${FACILITIES_PATH}/${id}`, changes, isFacility, { ifMatch: etag });
}
export function getFacility(id: number, options?: RequestOptions): Promise<Result<Facility>> {
  return apiGet(`${FACILITIES_PATH}/${id}`, isFacility, options);
}

// ---- hosts
export interface HostFilter {
  agency_id: string;
  facility_id: string;
  kind: string;
  status: string;
}
export function listHosts(filter: Partial<HostFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<HostList>> {
  return apiGet(withQuery(HOSTS_PATH, { ...filter, cursor }), isHostList, options);
}
export function getHost(id: number, options?: RequestOptions): Promise<Result<Host>> {
  return apiGet(hostPath(id), isHost, options);
}
export interface HostInput {
  owner_agency_id?: number;
  name?: string;
  kind?: string;
  facility_id?: number | null;
  uptime_commitment?: number | null;
  operating_system?: string | null;
  purpose?: string | null;
  addresses?: string[] | null;
  status?: string;
}
export function createHost(input: HostInput): Promise<Result<Host>> {
  return apiPost(HOSTS_PATH, input, isHost);
}
export function updateHost(id: number, changes: HostInput, etag: string): Promise<Result<Host>> {
  return apiPatch(hostPath(id), changes, isHost, { ifMatch: etag });
}

// ---- networks
export function listNetworks(cursor: string | null, options?: RequestOptions): Promise<Result<Page<Network>>> {
  return apiGet(withQuery(NETWORKS_PATH, { cursor }), isNetworkPage, options);
}
export interface NetworkInput {
  name?: string;
  kind?: string;
  owner_agency_id?: number;
  description?: string | null;
}
export function createNetwork(input: NetworkInput): Promise<Result<Network>> {
  return apiPost(NETWORKS_PATH, input, isNetwork);
}

// ---- IP ranges
export function listIpRanges(agencyId: string, cursor: string | null, options?: RequestOptions): Promise<Result<Page<IpRange>>> {
  return apiGet(withQuery(IP_RANGES_PATH, { agency_id: agencyId, cursor }), isIpRangePage, options);
}
export interface IpRangeInput {
  agency_id: number;
  cidr: string;
  purpose?: string | null;
}
export function createIpRange(input: IpRangeInput): Promise<Result<IpRange>> {
  return apiPost(IP_RANGES_PATH, input, isIpRange);
}

// ---- domains, websites, official e-mail
export function listDomains(cursor: string | null, options?: RequestOptions): Promise<Result<DomainList>> {
  return apiGet(withQuery(DOMAINS_PATH, { cursor }), isDomainList, options);
}
export interface DomainInput {
  agency_id: number | null;
  name: string;
  kind: string;
  purpose?: string | null;
}
export function createDomain(input: DomainInput): Promise<Result<Domain>> {
  return apiPost(DOMAINS_PATH, input, isDomain);
}

// ---- LAN diagrams
export function listLanDiagrams(agencyId: string, cursor: string | null, options?: RequestOptions): Promise<Result<Page<LanDiagram>>> {
  return apiGet(withQuery(LAN_DIAGRAMS_PATH, { agency_id: agencyId, cursor }), isLanDiagramPage, options);
}
export function getLanDiagramStatus(options?: RequestOptions): Promise<Result<LanDiagramStatus>> {
  return apiGet(`${LAN_DIAGRAMS_PATH}/status`, isLanDiagramStatus, options);
}
export interface LanDiagramInput {
  agency_id: number;
  submitted_on: string;
  file_sha256: string;
  note?: string | null;
}
export function submitLanDiagram(input: LanDiagramInput): Promise<Result<LanDiagram>> {
  return apiPost(LAN_DIAGRAMS_PATH, input, isLanDiagram);
}

// ---- backups
export function listBackups(agencyId: string, cursor: string | null, options?: RequestOptions): Promise<Result<Page<Backup>>> {
  return apiGet(withQuery(BACKUPS_PATH, { agency_id: agencyId, cursor }), isBackupPage, options);
}
export function getLatestBackups(options?: RequestOptions): Promise<Result<BackupLatest>> {
  return apiGet(`${BACKUPS_PATH}/latest`, isBackupLatest, options);
}
export interface BackupInput {
  agency_id: number;
  host_id?: number | null;
  subject?: string | null;
  done_on: string;
  kind: string;
  facility_id?: number | null;
  location_note?: string | null;
  result: string;
  note?: string | null;
}
export function reportBackup(input: BackupInput): Promise<Result<Backup>> {
  return apiPost(BACKUPS_PATH, input, isBackup);
}

// ---- changes to networks (name, description), IP ranges and domains, with If-Match
export function getNetwork(id: number, options?: RequestOptions): Promise<Result<Network>> {
  return apiGet(`${NETWORKS_PATH}/${id}`, isNetwork, options);
}
export function updateNetwork(id: number, changes: Record<string, unknown>, etag: string): Promise<Result<Network>> {
  return apiPatch(`${NETWORKS_PATH}/${id}`, changes, isNetwork, { ifMatch: etag });
}
export function getIpRange(id: number, options?: RequestOptions): Promise<Result<IpRange>> {
  return apiGet(`${IP_RANGES_PATH}/${id}`, isIpRange, options);
}
export function updateIpRange(id: number, changes: Record<string, unknown>, etag: string): Promise<Result<IpRange>> {
  return apiPatch(`${IP_RANGES_PATH}/${id}`, changes, isIpRange, { ifMatch: etag });
}
export function getDomain(id: number, options?: RequestOptions): Promise<Result<Domain>> {
  return apiGet(`${DOMAINS_PATH}/${id}`, isDomain, options);
}
export function updateDomain(id: number, changes: Record<string, unknown>, etag: string): Promise<Result<Domain>> {
  return apiPatch(`${DOMAINS_PATH}/${id}`, changes, isDomain, { ifMatch: etag });
}
