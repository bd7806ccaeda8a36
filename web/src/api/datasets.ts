// The data catalogue API (Data dan Informasi): list with counts, create, change
// (If-Match), the data-sharing agreements (draft, change, activate, end) and the
// public open-data catalogue read without signing in (docs/registries-contract.md).
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isAgreement,
  isAgreementList,
  isDataset,
  isDatasetList,
  isPublicDataset,
  isPublicDatasetList,
  type Agreement,
  type AgreementList,
  type Dataset,
  type DatasetList,
  type PublicDataset,
  type PublicDatasetList,
} from './datasetTypes';

export const DATASETS_PATH = '/api/v1/datasets';
export const AGREEMENTS_PATH = '/api/v1/data-sharing-agreements';
export const datasetPath = (id: number) => `${DATASETS_PATH}/${id}`;
export const agreementPath = (id: number) => `${AGREEMENTS_PATH}/${id}`;
export const datasetPagePath = (id: number) => `/elemen/data/${id}`;
export const agreementPagePath = (id: number) => `/elemen/berbagi-data/${id}`;
export const openDataPagePath = (id: number) => `/data-terbuka/${id}`;

export interface DatasetFilter {
  agency_id: string;
  classification: string;
  overdue: string; // '', 'true'
  q: string;
}

export function listDatasets(filter: Partial<DatasetFilter>, cursor: string | null, options?: RequestOptions, limit = 50): Promise<Result<DatasetList>> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.classification) query.set('classification', filter.classification);
  if (filter.overdue) query.set('overdue', filter.overdue);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${DATASETS_PATH}?${query.toString()}`, isDatasetList, options);
}

export function getDataset(id: number, options?: RequestOptions): Promise<Result<Dataset>> {
  return apiGet(datasetPath(id), isDataset, options);
}

export interface DatasetInput {
  owner_agency_id?: number;
  code?: string;
  title?: string;
  description?: string | null;
  data_steward_id?: number | null;
  classification?: string;
  update_frequency?: string;
  last_updated?: string | null;
  formats?: string[];
  keywords?: string[];
  theme?: string | null;
  temporal_coverage?: string | null;
  spatial_coverage?: string | null;
  licence?: string | null;
  landing_page?: string | null;
  access_url?: string | null;
  contact_name?: string | null;
  contact_email?: string | null;
  issued?: string | null;
  master_data?: boolean;
  reference_data?: boolean;
  data_key?: string;
  status?: string;
}

export function createDataset(input: DatasetInput): Promise<Result<Dataset>> {
  return apiPost(DATASETS_PATH, input, isDataset);
}

export function updateDataset(id: number, changes: DatasetInput, etag: string): Promise<Result<Dataset>> {
  return apiPatch(datasetPath(id), changes, isDataset, { ifMatch: etag });
}

export interface AgreementFilter {
  agency_id: string;
  status: string;
  expiring_soon: string;
  dataset_id?: string;
}

export function listAgreements(filter: Partial<AgreementFilter>, cursor: string | null, options?: RequestOptions, limit = 50): Promise<Result<AgreementList>> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.status) query.set('status', filter.status);
  if (filter.expiring_soon) query.set('expiring_soon', filter.expiring_soon);
  if (filter.dataset_id) query.set('dataset_id', filter.dataset_id);
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${AGREEMENTS_PATH}?${query.toString()}`, isAgreementList, options);
}

export function getAgreement(id: number, options?: RequestOptions): Promise<Result<Agreement>> {
  return apiGet(agreementPath(id), isAgreement, options);
}

export interface AgreementInput {
  provider_agency_id?: number;
  consumer_agency_id?: number;
  title?: string;
  purpose?: string;
  scope?: string | null;
  access_mode?: string;
  interoperability_standard?: string | null;
  document_number?: string | null;
  document_sha256?: string | null;
  valid_from?: string;
  expires_on?: string;
  dataset_ids?: number[];
}

export function createAgreement(input: AgreementInput): Promise<Result<Agreement>> {
  return apiPost(AGREEMENTS_PATH, input, isAgreement);
}

export function updateAgreement(id: number, changes: AgreementInput, etag: string): Promise<Result<Agreement>> {
  return apiPatch(agreementPath(id), changes, isAgreement, { ifMatch: etag });
}

export function activateAgreement(id: number, etag: string): Promise<Result<Agreement>> {
  return apiPost(`${agreementPath(id)}/activate`, {}, isAgreement, { ifMatch: etag });
}

export function endAgreement(id: number, etag: string, reason: string): Promise<Result<Agreement>> {
  return apiPost(`${agreementPath(id)}/end`, reason.trim() ? { reason: reason.trim() } : {}, isAgreement, { ifMatch: etag });
}

// The public catalogue: public, active datasets of one region, without signing in.
export function listPublicDatasets(
  regionId: string,
  filter: { agency_id?: string; q?: string },
  cursor: string | null,
  options?: RequestOptions,
): Promise<Result<PublicDatasetList>> {
  const query = new URLSearchParams({ region_id: regionId, limit: '50' });
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`/api/v1/public/datasets?${query.toString()}`, isPublicDatasetList, options);
}

export function getPublicDataset(regionId: string, id: number, options?: RequestOptions): Promise<Result<PublicDataset>> {
  return apiGet(`/api/v1/public/datasets/${id}?region_id=${encodeURIComponent(regionId)}`, isPublicDataset, options);
}
