// Shapes of the ICT asset answers (Manajemen Aset TIK, docs/management-processes-contract.md
// "ICT assets") and checks that an answer really has them. The checks look at what the
// pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const ASSET_KINDS = ['hardware', 'software'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

// The kind decides which categories are allowed (the server answers 422 otherwise).
export const ASSET_CATEGORIES: Record<AssetKind, readonly string[]> = {
  hardware: ['computer', 'laptop', 'server', 'network_device', 'storage', 'printer', 'peripheral', 'security_device', 'other'],
  software: ['operating_system', 'office_software', 'database_software', 'application_licence', 'security_software', 'other'],
};
export const ALL_CATEGORIES = [...new Set([...ASSET_CATEGORIES.hardware, ...ASSET_CATEGORIES.software])];

export const ASSET_STAGES = ['planning', 'procurement', 'in_use', 'maintenance', 'disposed'] as const;
// A new asset starts in planning, or in use / in maintenance when an existing device is recorded.
export const START_STAGES = ['planning', 'in_use', 'maintenance'] as const;
export const LICENCE_KINDS = ['perpetual', 'subscription', 'open_source', 'oem'] as const;
export const ASSET_ACTIONS = ['procure', 'put_in_use', 'start_maintenance', 'end_maintenance', 'dispose'] as const;
export type AssetAction = (typeof ASSET_ACTIONS)[number];

// The steps each stage allows (Madiun Pasal 35 ayat (2)); the server decides in the end (409).
export const STEPS_FROM: Record<string, readonly AssetAction[]> = {
  planning: ['procure'],
  procurement: ['put_in_use'],
  in_use: ['start_maintenance', 'dispose'],
  maintenance: ['end_maintenance', 'dispose'],
  disposed: [],
};

export const LINK_KINDS = ['host', 'application', 'ticket'] as const;
export type AssetLinkKind = (typeof LINK_KINDS)[number];

export interface Compatibility {
  compatible_with: number[];
  note: string;
  stated_on: string | null;
  stated_by: string;
}

export interface Disposal {
  on: string;
  reason: string;
  decree_reference: string;
}

export interface AssetLink {
  id: number;
  kind: string;
  target_id: number;
  target_name: string;
  created_at: string;
}

export interface AssetEvent {
  id: number;
  action: string;
  from_stage: string | null;
  to_stage: string;
  on: string;
  note: string;
  reason: string;
  decree_reference: string;
  actor: string;
  created_at: string;
}

export interface Asset {
  id: number;
  kind: string;
  category: string;
  code: string;
  name: string;
  brand: string;
  model: string;
  software_version: string;
  serial_number: string;
  owner_agency_id: number;
  owner_agency_name: string;
  location: string;
  stage: string;
  stage_since: string;
  acquired_on: string | null;
  value: number | null;
  warranty_until: string | null;
  licence_kind: string | null;
  licence_until: string | null;
  seats: number | null;
  application_id: number | null;
  application_name: string | null;
  regional_asset_code: string;
  notes: string;
  warranty_days_left: number | null;
  licence_days_left: number | null;
  compatibility: Compatibility | null;
  disposal: Disposal | null;
  version: number;
  created_at: string;
  updated_at: string;
  links?: AssetLink[]; // GET one
  events?: AssetEvent[]; // GET one
}

export interface AssetList {
  items: Asset[];
  total: number;
  page: number;
  per_page: number;
}

const str = (v: unknown) => isString(v);
const optStr = (v: unknown) => v === undefined || isStringOrNull(v);
const optNum = (v: unknown) => v === undefined || isNumberOrNull(v);

export const isAssetLink = (v: unknown): v is AssetLink => isObject(v) && isNumber(v.id) && isString(v.kind) && isNumber(v.target_id) && isString(v.target_name);
export const isAssetEvent = (v: unknown): v is AssetEvent => isObject(v) && isNumber(v.id) && isString(v.action) && isString(v.to_stage) && isString(v.on);

const isCompatibility = (v: unknown): v is Compatibility => v === null || v === undefined || (isObject(v) && isArrayOf(v.compatible_with, isNumber));
const isDisposal = (v: unknown): v is Disposal => v === null || v === undefined || (isObject(v) && isString(v.on));

export function isAsset(v: unknown): v is Asset {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    str(v.kind) &&
    str(v.category) &&
    str(v.code) &&
    str(v.name) &&
    isNumber(v.owner_agency_id) &&
    str(v.stage) &&
    isNumber(v.version) &&
    optStr(v.acquired_on) &&
    optNum(v.value) &&
    optStr(v.warranty_until) &&
    optStr(v.licence_until) &&
    optNum(v.warranty_days_left) &&
    optNum(v.licence_days_left) &&
    isCompatibility(v.compatibility) &&
    isDisposal(v.disposal) &&
    (v.links === undefined || isArrayOf(v.links, isAssetLink)) &&
    (v.events === undefined || isArrayOf(v.events, isAssetEvent))
  );
}

export const isAssetList = (v: unknown): v is AssetList => isObject(v) && isArrayOf(v.items, isAsset) && isNumber(v.total);

// ---- Compatibility (Kendari Pasal 19 ayat (8)) --------------------------------

export interface Obligation {
  id: string;
  article: string;
  text: string;
  citation: string;
}

export interface CompatibleAsset {
  id: number;
  code: string;
  name: string;
  category: string;
  stage?: string;
  brand?: string;
  model?: string;
}

export interface CompatibilityAnswer {
  asset_id: number;
  required: boolean;
  obligation: Obligation | null;
  statement: { compatible_with: CompatibleAsset[]; note: string; stated_on: string | null; stated_by: string } | null;
  candidates: CompatibleAsset[];
}

const isObligation = (v: unknown): v is Obligation | null => v === null || v === undefined || (isObject(v) && isString(v.article));
const isCompatibleAsset = (v: unknown): v is CompatibleAsset => isObject(v) && isNumber(v.id) && isString(v.code) && isString(v.name);

export const isCompatibilityAnswer = (v: unknown): v is CompatibilityAnswer =>
  isObject(v) &&
  isBoolean(v.required) &&
  isObligation(v.obligation) &&
  (v.statement === null || v.statement === undefined || (isObject(v.statement) && isArrayOf(v.statement.compatible_with, isCompatibleAsset))) &&
  isArrayOf(v.candidates, isCompatibleAsset);

// ---- Expiry warnings -----------------------------------------------------------

export interface ExpiringItem {
  asset_id: number;
  code: string;
  name: string;
  kind: string;
  category: string;
  owner_agency_id: number;
  owner_agency_name: string;
  what: string; // warranty | licence
  until: string;
  days_left: number;
  status: string; // expired | expiring
}

export interface ExpiringAnswer {
  today: string;
  warning_days: number;
  totals: { expired: number; expiring: number };
  items: ExpiringItem[];
}

const isExpiringItem = (v: unknown): v is ExpiringItem =>
  isObject(v) && isNumber(v.asset_id) && isString(v.code) && isString(v.name) && isString(v.what) && isString(v.until) && isNumber(v.days_left) && isString(v.status);

export const isExpiringAnswer = (v: unknown): v is ExpiringAnswer =>
  isObject(v) && isNumber(v.warning_days) && isObject(v.totals) && isNumber(v.totals.expired) && isNumber(v.totals.expiring) && isArrayOf(v.items, isExpiringItem);

export interface AssetSettings {
  warning_days: number;
  version: number;
}

export const isAssetSettings = (v: unknown): v is AssetSettings => isObject(v) && isNumber(v.warning_days) && isNumber(v.version);

// ---- Inventory reports (Kendari Pasal 19 ayat (11)-(12)) -------------------------

export interface ReportRow {
  agency_id: number;
  agency_name: string;
  category: string;
  kind: string;
  planning: number;
  procurement: number;
  in_use: number;
  maintenance: number;
  disposed: number;
  count: number;
  value: number;
}

export interface MissingCode {
  asset_id: number;
  code: string;
  name: string;
  owner_agency_name: string;
}

export interface InventoryReport {
  id: number;
  year: number;
  state: string; // draft | sent
  made_on: string;
  recipient_suggestion: string;
  recipient: string;
  sent_on: string | null;
  obligation: Obligation | null;
  totals: { count: number; value: number };
  rows?: ReportRow[];
  missing_regional_code?: MissingCode[];
  missing_regional_code_count: number;
  version: number;
  created_at: string;
  updated_at: string;
}

const isReportRow = (v: unknown): v is ReportRow => isObject(v) && isNumber(v.agency_id) && isString(v.category) && isNumber(v.count) && isNumber(v.value);
const isMissing = (v: unknown): v is MissingCode => isObject(v) && isNumber(v.asset_id) && isString(v.code) && isString(v.name);

export const isInventoryReport = (v: unknown): v is InventoryReport =>
  isObject(v) &&
  isNumber(v.id) &&
  isNumber(v.year) &&
  isString(v.state) &&
  isObligation(v.obligation) &&
  isObject(v.totals) &&
  isNumber(v.totals.count) &&
  isNumber(v.totals.value) &&
  isNumber(v.version) &&
  (v.rows === undefined || isArrayOf(v.rows, isReportRow)) &&
  (v.missing_regional_code === undefined || isArrayOf(v.missing_regional_code, isMissing));

export const isInventoryReportList = (v: unknown): v is { items: InventoryReport[] } => isObject(v) && isArrayOf(v.items, isInventoryReport);
