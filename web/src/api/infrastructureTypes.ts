// Shapes of the infrastructure registry answers (docs/registries-contract.md,
// "Infrastructure"): facilities, hosts, networks, IP ranges, domains, LAN diagram
// submissions and backup reports, and checks that an answer really has them. The
// checks look at what the pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const FACILITY_KINDS = ['data_center', 'recovery_center'] as const;
export const HOST_KINDS = ['physical_server', 'virtual_machine', 'vps'] as const;
export const HOST_STATUSES = ['active', 'retired'] as const;
export const NETWORK_KINDS = ['wan', 'lan'] as const;
export const DOMAIN_KINDS = ['region_domain', 'agency_subdomain', 'website', 'email'] as const;
export const BACKUP_KINDS = ['full', 'incremental'] as const;
export const BACKUP_RESULTS = ['ok', 'failed'] as const;

export interface Facility {
  id: number;
  name: string;
  kind: string;
  location: string;
  operator_agency_id: number | null;
  operator_agency_short_name?: string | null;
  tier: string;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FacilityRef {
  id: number;
  name: string;
  kind: string;
}

export interface Host {
  id: number;
  owner_agency_id: number;
  agency_name: string;
  agency_short_name: string;
  name: string;
  kind: string;
  facility_id: number | null;
  facility: FacilityRef | null;
  uptime_commitment: number | null;
  operating_system: string;
  purpose: string;
  addresses: string[];
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface HostSummary {
  total: number;
  by_kind: Record<string, number>;
}

export interface HostList {
  items: Host[];
  next_cursor: string | null;
  summary?: HostSummary;
}

export interface Network {
  id: number;
  owner_agency_id: number | null;
  agency_name: string | null;
  agency_short_name: string | null;
  name: string;
  kind: string;
  description: string;
  version: number;
}

export interface IpRange {
  id: number;
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  cidr: string;
  family: number;
  purpose: string;
  allocated_by: string;
  version: number;
  created_at: string;
}

export interface Domain {
  id: number;
  agency_id: number | null;
  agency_name: string | null;
  agency_short_name: string | null;
  name: string;
  kind: string;
  purpose: string;
  version: number;
}

export interface NamingRule {
  kind: string;
  pattern: string;
  citation: string;
}

export interface DomainList {
  items: Domain[];
  next_cursor: string | null;
  naming_rules?: NamingRule[];
}

export interface LanDiagram {
  id: number;
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  submitted_on: string;
  file_sha256: string;
  note: string;
  submitted_by: string;
  created_at: string;
}

export interface LanAgencyStatus {
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  latest_submitted_on: string | null;
  due_on: string | null;
  submissions: number;
  stale: boolean;
  never_submitted: boolean;
}

export interface LanDiagramStatus {
  period: string;
  citation: string | null;
  today: string;
  agencies: LanAgencyStatus[];
  summary: { current: number; stale: number; never_submitted: number };
}

export interface Backup {
  id: number;
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  host_id: number | null;
  host_name: string | null;
  subject: string;
  done_on: string;
  kind: string;
  facility_id: number | null;
  facility: FacilityRef | null;
  location_note: string;
  result: string;
  note: string;
  reported_by: string;
  created_at: string;
}

export interface BackupAgency {
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  latest_done_on: string | null;
  latest_result: string | null;
  latest_ok_on: string | null;
  reports: number;
}

export interface BackupLatest {
  citation: string | null;
  agencies: BackupAgency[];
}

const isPage = (v: unknown, check: (item: unknown) => boolean): boolean =>
  isObject(v) && Array.isArray(v.items) && v.items.every(check) && (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor));

const isFacilityRef = (v: unknown): v is FacilityRef => isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.kind);

export function isFacility(v: unknown): v is Facility {
  return isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.kind) && isString(v.location) && isNumberOrNull(v.operator_agency_id) && isString(v.tier) && isNumber(v.version);
}
export const isFacilityPage = (v: unknown): v is { items: Facility[]; next_cursor: string | null } => isPage(v, isFacility);

export function isHost(v: unknown): v is Host {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.owner_agency_id) &&
    isString(v.name) &&
    isString(v.kind) &&
    isNumberOrNull(v.facility_id) &&
    (v.facility === null || v.facility === undefined || isFacilityRef(v.facility)) &&
    isNumberOrNull(v.uptime_commitment) &&
    isArrayOf(v.addresses, isString) &&
    isString(v.status) &&
    isNumber(v.version)
  );
}
export const isHostList = (v: unknown): v is HostList => isPage(v, isHost);

export function isNetwork(v: unknown): v is Network {
  return isObject(v) && isNumber(v.id) && isNumberOrNull(v.owner_agency_id) && isString(v.name) && isString(v.kind) && isString(v.description) && isNumber(v.version);
}
export const isNetworkPage = (v: unknown): v is { items: Network[]; next_cursor: string | null } => isPage(v, isNetwork);

export function isIpRange(v: unknown): v is IpRange {
  return isObject(v) && isNumber(v.id) && isNumber(v.agency_id) && isString(v.cidr) && isNumber(v.family) && isString(v.purpose) && isNumber(v.version);
}
export const isIpRangePage = (v: unknown): v is { items: IpRange[]; next_cursor: string | null } => isPage(v, isIpRange);

export function isDomain(v: unknown): v is Domain {
  return isObject(v) && isNumber(v.id) && isNumberOrNull(v.agency_id) && isString(v.name) && isString(v.kind) && isString(v.purpose) && isNumber(v.version);
}
const isNamingRule = (v: unknown): v is NamingRule => isObject(v) && isString(v.kind) && isString(v.pattern) && isString(v.citation);
export const isDomainList = (v: unknown): v is DomainList =>
  isPage(v, isDomain) && (!isObject(v) || v.naming_rules === undefined || isArrayOf(v.naming_rules, isNamingRule));

export function isLanDiagram(v: unknown): v is LanDiagram {
  return isObject(v) && isNumber(v.id) && isNumber(v.agency_id) && isString(v.submitted_on) && isString(v.file_sha256) && isString(v.note) && isString(v.submitted_by);
}
export const isLanDiagramPage = (v: unknown): v is { items: LanDiagram[]; next_cursor: string | null } => isPage(v, isLanDiagram);

const isLanAgencyStatus = (v: unknown): v is LanAgencyStatus =>
  isObject(v) && isNumber(v.agency_id) && isString(v.agency_short_name) && isStringOrNull(v.latest_submitted_on) && isStringOrNull(v.due_on) && isNumber(v.submissions) && isBoolean(v.stale);

export function isLanDiagramStatus(v: unknown): v is LanDiagramStatus {
  return isObject(v) && isString(v.period) && isStringOrNull(v.citation) && isString(v.today) && isArrayOf(v.agencies, isLanAgencyStatus) && isObject(v.summary);
}

export function isBackup(v: unknown): v is Backup {
  return isObject(v) && isNumber(v.id) && isNumber(v.agency_id) && isString(v.done_on) && isString(v.kind) && isString(v.result) && isString(v.subject);
}
export const isBackupPage = (v: unknown): v is { items: Backup[]; next_cursor: string | null } => isPage(v, isBackup);

const isBackupAgency = (v: unknown): v is BackupAgency =>
  isObject(v) && isNumber(v.agency_id) && isString(v.agency_short_name) && isStringOrNull(v.latest_done_on) && isStringOrNull(v.latest_result) && isStringOrNull(v.latest_ok_on) && isNumber(v.reports);

export function isBackupLatest(v: unknown): v is BackupLatest {
  return isObject(v) && isStringOrNull(v.citation) && isArrayOf(v.agencies, isBackupAgency);
}
