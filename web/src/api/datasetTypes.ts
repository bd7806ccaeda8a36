// Shapes of the data catalogue (Data dan Informasi), the data-sharing agreements
// and the public open-data catalogue (docs/registries-contract.md, "Datasets"),
// with small checks that an answer really has that shape.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';
import { isStoredFile, type StoredFile } from './files';

export const CLASSIFICATIONS = ['public', 'internal', 'restricted', 'secret'] as const;
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly', 'irregular'] as const;
export const DATA_KEYS = ['none', 'nik', 'nip', 'other'] as const;
export const ACCESS_MODES = ['read_only', 'api', 'file_transfer', 'database_link'] as const;
export const AGREEMENT_STATES = ['draft', 'scheduled', 'active', 'expired', 'ended'] as const;

export interface SharedWith {
  agreement_id: number;
  consumer_agency_id: number;
  consumer_agency_name: string;
  access_mode: string;
  valid_from: string;
  expires_on: string;
  expiring_soon: boolean;
  state: string;
}

// The fields the public catalogue shows too (no walidata, no classification).
export interface PublicDataset {
  id: number;
  code: string;
  title: string;
  description: string;
  owner_agency_id: number;
  owner_agency_name: string;
  owner_agency_short_name: string;
  update_frequency: string;
  last_updated: string | null;
  next_update_due: string | null;
  update_overdue: boolean;
  formats: string[];
  keywords: string[];
  theme: string;
  temporal_coverage: string;
  spatial_coverage: string;
  licence: string;
  landing_page: string;
  access_url: string;
  contact_point: { name: string; email: string };
  issued: string | null;
  master_data: boolean;
  reference_data: boolean;
  data_key: string;
  updated_at: string;
}

export interface Dataset extends PublicDataset {
  data_steward_id: number | null;
  data_steward: { id: number; name: string } | null;
  classification: string;
  status: string;
  version: number;
  created_at: string;
  shared_with?: SharedWith[];
}

export interface DatasetList {
  items: Dataset[];
  next_cursor: string | null;
  total: number;
  overdue: number;
}

export interface PublicDatasetList {
  items: PublicDataset[];
  next_cursor: string | null;
  total: number;
}

export interface Agreement {
  id: number;
  provider_agency_id: number;
  provider_agency_name: string;
  consumer_agency_id: number;
  consumer_agency_name: string;
  title: string;
  purpose: string;
  scope: string;
  access_mode: string;
  interoperability_standard: string;
  document_number: string;
  document_sha256: string | null;
  document?: StoredFile | null;
  valid_from: string;
  expires_on: string;
  dataset_ids: number[];
  datasets?: Array<{ id: number; code: string; title: string; classification: string; status: string }>;
  status: string;
  state: string;
  grants_access: boolean;
  expiring_soon: boolean;
  days_to_expiry: number | null;
  activated_by: string | null;
  activated_at: string | null;
  ended_by: string | null;
  ended_at: string | null;
  end_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AgreementList {
  items: Agreement[];
  next_cursor: string | null;
  total: number;
  expiring_soon: number;
}

const isText = (v: unknown) => isString(v);
const isDateOrNull = isStringOrNull;

export function isPublicDataset(v: unknown): v is PublicDataset {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.code) &&
    isString(v.title) &&
    isNumber(v.owner_agency_id) &&
    isString(v.owner_agency_short_name) &&
    isString(v.update_frequency) &&
    isDateOrNull(v.last_updated) &&
    isArrayOf(v.formats, isString) &&
    isArrayOf(v.keywords, isString) &&
    isObject(v.contact_point)
  );
}

export function isDataset(v: unknown): v is Dataset {
  return (
    isPublicDataset(v) &&
    isObject(v) &&
    isString(v.classification) &&
    isNumberOrNull(v.data_steward_id) &&
    isBoolean(v.update_overdue) &&
    isString(v.status) &&
    isNumber(v.version) &&
    (v.shared_with === undefined || Array.isArray(v.shared_with))
  );
}

export function isDatasetList(v: unknown): v is DatasetList {
  return isObject(v) && isArrayOf(v.items, isDataset) && isNumber(v.total) && isNumber(v.overdue);
}

export function isPublicDatasetList(v: unknown): v is PublicDatasetList {
  return isObject(v) && isArrayOf(v.items, isPublicDataset) && isNumber(v.total);
}

export function isAgreement(v: unknown): v is Agreement {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.provider_agency_id) &&
    isNumber(v.consumer_agency_id) &&
    isString(v.title) &&
    isText(v.purpose) &&
    isString(v.access_mode) &&
    isString(v.valid_from) &&
    isString(v.expires_on) &&
    isArrayOf(v.dataset_ids, isNumber) &&
    isString(v.status) &&
    isString(v.state) &&
    isBoolean(v.expiring_soon) &&
    isNumber(v.version) &&
    (v.document === undefined || v.document === null || isStoredFile(v.document))
  );
}

export function isAgreementList(v: unknown): v is AgreementList {
  return isObject(v) && isArrayOf(v.items, isAgreement) && isNumber(v.total);
}
