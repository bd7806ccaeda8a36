// The master plan (Rencana Induk SPBE) API: list, create, change (If-Match),
// enact by decree, supersede, and record reviews (docs/governance-contract.md).
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import { isMasterPlan, isMasterPlanList, type MasterPlan } from './masterPlanTypes';

export const MASTER_PLANS_PATH = '/api/v1/master-plans';
export const masterPlanPath = (id: number) => `${MASTER_PLANS_PATH}/${id}`;

export function listMasterPlans(status = '', options?: RequestOptions): Promise<Result<{ items: MasterPlan[] }>> {
  return apiGet(status ? `${MASTER_PLANS_PATH}?status=${encodeURIComponent(status)}` : MASTER_PLANS_PATH, isMasterPlanList, options);
}

export function getMasterPlan(id: number, options?: RequestOptions): Promise<Result<MasterPlan>> {
  return apiGet(masterPlanPath(id), isMasterPlan, options);
}

export interface MasterPlanInput {
  title?: string;
  start_year?: number | null;
  end_year?: number | null;
  vision?: string | null;
  missions?: string[];
  goals?: string[];
  targets?: string[];
  policy_directions?: string[];
  strategies?: string[];
  rpjmd_reference?: string | null;
  decree_number?: string | null;
  decree_date?: string | null;
}

export function createMasterPlan(input: MasterPlanInput): Promise<Result<MasterPlan>> {
  return apiPost(MASTER_PLANS_PATH, input, isMasterPlan);
}

export function updateMasterPlan(id: number, changes: MasterPlanInput, etag: string): Promise<Result<MasterPlan>> {
  return apiPatch(masterPlanPath(id), changes, isMasterPlan, { ifMatch: etag });
}

export interface EnactInput {
  decree_number?: string;
  decree_date?: string;
  supersede_overlapping?: boolean;
}

export function enactMasterPlan(id: number, input: EnactInput, etag: string): Promise<Result<MasterPlan>> {
  return apiPost(`${masterPlanPath(id)}/enact`, input, isMasterPlan, { ifMatch: etag });
}

export function supersedeMasterPlan(id: number, note: string, etag: string): Promise<Result<MasterPlan>> {
  return apiPost(`${masterPlanPath(id)}/supersede`, note ? { note } : {}, isMasterPlan, { ifMatch: etag });
}

export interface MasterPlanReviewInput {
  review_date: string;
  reasons: string[];
  outcome: string;
  note?: string;
}

// If-Match is optional for a review (it adds, it overwrites nothing).
export function addMasterPlanReview(id: number, input: MasterPlanReviewInput, etag?: string): Promise<Result<MasterPlan>> {
  return apiPost(`${masterPlanPath(id)}/reviews`, input, isMasterPlan, etag ? { ifMatch: etag } : {});
}
