// The budget plan (Rencana dan Anggaran SPBE) API: list, create, the note, lines
// (add, change, delete), the workflow (submit → coordinate → verify, or return)
// and the consolidated view of a year (docs/governance-contract.md "Budget plans").
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isBudgetLine,
  isBudgetPlanList,
  isConsolidated,
  isFullBudgetPlan,
  type BudgetLine,
  type BudgetPlan,
  type Consolidated,
  type FullBudgetPlan,
} from './budgetPlanTypes';

export const BUDGET_PLANS_PATH = '/api/v1/budget-plans';
export const CONSOLIDATED_PATH = `${BUDGET_PLANS_PATH}/consolidated`;
export const budgetPlanPath = (id: number) => `${BUDGET_PLANS_PATH}/${id}`;
export const budgetLinePath = (id: number) => `/api/v1/budget-lines/${id}`;

export interface PlanFilter {
  year?: string;
  agency_id?: string;
  status?: string;
}

export function listBudgetPlans(filter: PlanFilter, options?: RequestOptions): Promise<Result<{ items: BudgetPlan[] }>> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  const text = query.toString();
  return apiGet(text ? `${BUDGET_PLANS_PATH}?${text}` : BUDGET_PLANS_PATH, isBudgetPlanList, options);
}

export function getBudgetPlan(id: number, options?: RequestOptions): Promise<Result<FullBudgetPlan>> {
  return apiGet(budgetPlanPath(id), isFullBudgetPlan, options);
}

export function createBudgetPlan(input: { agency_id?: number; year: number | null; note?: string }): Promise<Result<FullBudgetPlan>> {
  return apiPost(BUDGET_PLANS_PATH, input, isFullBudgetPlan);
}

export function updateBudgetPlan(id: number, note: string, etag: string): Promise<Result<FullBudgetPlan>> {
  return apiPatch(budgetPlanPath(id), { note }, isFullBudgetPlan, { ifMatch: etag });
}

export interface LineInput {
  description?: string;
  amount?: number;
  area?: string;
  roadmap_activity_id?: number | null;
  procurement?: boolean;
}

export function addLine(planId: number, input: LineInput): Promise<Result<BudgetLine>> {
  return apiPost(`${budgetPlanPath(planId)}/lines`, input, isBudgetLine);
}

export function updateLine(id: number, changes: LineInput, etag: string): Promise<Result<BudgetLine>> {
  return apiPatch(budgetLinePath(id), changes, isBudgetLine, { ifMatch: etag });
}

export function deleteLine(id: number, etag: string): Promise<Result<undefined>> {
  return apiDelete(budgetLinePath(id), { ifMatch: etag });
}

export type WorkflowStep = 'submit' | 'coordinate' | 'verify' | 'return';

export function takeStep(id: number, step: WorkflowStep, etag: string, reason?: string): Promise<Result<FullBudgetPlan>> {
  return apiPost(`${budgetPlanPath(id)}/${step}`, step === 'return' ? { reason } : {}, isFullBudgetPlan, { ifMatch: etag });
}

export function getConsolidated(year: string, options?: RequestOptions): Promise<Result<Consolidated>> {
  return apiGet(year ? `${CONSOLIDATED_PATH}?year=${encodeURIComponent(year)}` : CONSOLIDATED_PATH, isConsolidated, options);
}

