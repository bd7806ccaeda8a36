// The business process (Proses Bisnis) API: list with counts, create, change
// (If-Match), submit, coordinate or return (the organisation bureau), links
// between processes, the region-wide map (docs/governance-contract.md).
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isArchitectureOptions,
  isBusinessProcess,
  isProcessLink,
  isProcessList,
  isProcessMap,
  type ArchitectureOption,
  type BusinessProcess,
  type ProcessLink,
  type ProcessList,
  type ProcessMap,
} from './businessProcessTypes';

export const BUSINESS_PROCESSES_PATH = '/api/v1/business-processes';
export const businessProcessPath = (id: number) => `${BUSINESS_PROCESSES_PATH}/${id}`;
export const processPagePath = (id: number) => `/tata-kelola/proses-bisnis/${id}`;

export interface ProcessFilter {
  agency_id: string;
  status: string;
  q: string;
}

export function listBusinessProcesses(filter: Partial<ProcessFilter> = {}, options?: RequestOptions): Promise<Result<ProcessList>> {
  const query = new URLSearchParams();
  if (filter.agency_id) query.set('agency_id', filter.agency_id);
  if (filter.status) query.set('status', filter.status);
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  const text = query.toString();
  return apiGet(text ? `${BUSINESS_PROCESSES_PATH}?${text}` : BUSINESS_PROCESSES_PATH, isProcessList, options);
}

export function getBusinessProcess(id: number, options?: RequestOptions): Promise<Result<BusinessProcess>> {
  return apiGet(businessProcessPath(id), isBusinessProcess, options);
}

export function getProcessMap(options?: RequestOptions): Promise<Result<ProcessMap>> {
  return apiGet(`${BUSINESS_PROCESSES_PATH}/map`, isProcessMap, options);
}

// The architecture versions a process may be based on (the form leaves out superseded ones).
export function listArchitectureOptions(options?: RequestOptions): Promise<Result<{ items: ArchitectureOption[] }>> {
  return apiGet('/api/v1/architectures', isArchitectureOptions, options);
}

export interface StepInput {
  name: string;
  responsible: string;
}

export interface ProcessInput {
  agency_id?: number;
  code?: string;
  name?: string;
  kind?: string;
  description?: string | null;
  purpose?: string | null;
  outputs?: string | null;
  architecture_id?: number | null;
  steps?: StepInput[];
  related_services?: string[];
  related_applications?: string[];
}

export function createBusinessProcess(input: ProcessInput): Promise<Result<BusinessProcess>> {
  return apiPost(BUSINESS_PROCESSES_PATH, input, isBusinessProcess);
}

export function updateBusinessProcess(id: number, changes: ProcessInput, etag: string): Promise<Result<BusinessProcess>> {
  return apiPatch(businessProcessPath(id), changes, isBusinessProcess, { ifMatch: etag });
}

export type ProcessStepName = 'submit' | 'coordinate' | 'return';

// Every step sends the version the user saw (If-Match): 412 when someone changed it meanwhile.
export function takeProcessStep(id: number, step: ProcessStepName, etag: string, text?: string): Promise<Result<BusinessProcess>> {
  const body = step === 'return' ? { reason: text ?? '' } : step === 'coordinate' && text ? { note: text } : {};
  return apiPost(`${businessProcessPath(id)}/${step}`, body, isBusinessProcess, { ifMatch: etag });
}

export interface LinkInput {
  to_process_id: number;
  kind: string;
  note?: string;
}

export function addProcessLink(id: number, input: LinkInput): Promise<Result<ProcessLink>> {
  return apiPost(`${businessProcessPath(id)}/links`, input, isProcessLink);
}

export function removeProcessLink(linkId: number): Promise<Result<undefined>> {
  return apiDelete(`/api/v1/business-process-links/${linkId}`);
}
