// Shapes of the budget plan answers (Rencana dan Anggaran SPBE,
// docs/governance-contract.md "Budget plans") and checks that an answer really has them.
import { isArrayOf, isBoolean, isNumber, isObject, isString, isStringOrNull } from './checks';
import { isLabelText, type LabelText } from './roadmapTypes';

export const BUDGET_STATUSES = ['draft', 'submitted', 'coordinated', 'verified'] as const;

export interface LinkedActivity {
  id: number;
  roadmap_id: number;
  program: string;
  name: string;
  roadmap_title: string;
}

export interface BudgetLine {
  id: number;
  budget_plan_id: number;
  description: string;
  amount: number;
  area: string;
  area_label: LabelText;
  roadmap_activity_id: number | null;
  roadmap_activity: LinkedActivity | null;
  procurement: boolean;
  flags: string[];
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AreaTotal {
  area: string;
  label: LabelText;
  lines: number;
  amount: number;
  unlinked_lines: number;
  unlinked_amount: number;
}

export interface PlanTotals {
  lines: number;
  amount: number;
  unlinked_lines: number;
  unlinked_amount?: number;
  procurement_lines?: number;
  by_area?: AreaTotal[];
}

export interface Returned {
  by: string;
  at: string;
  reason: string;
}

export interface BudgetPlan {
  id: number;
  agency_id: number;
  agency_name: string;
  year: number;
  status: string;
  note: string;
  submitted_by: string | null;
  submitted_at: string | null;
  coordinated_by: string | null;
  coordinated_at: string | null;
  verified_by: string | null;
  verified_at: string | null;
  returned: Returned | null;
  lines?: BudgetLine[];
  totals: PlanTotals;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FullBudgetPlan extends BudgetPlan {
  lines: BudgetLine[];
  totals: Required<PlanTotals>;
}

export interface ConsolidatedArea extends AreaTotal {
  share_percent: number;
}

export interface ConsolidatedAgency {
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  budget_plan_id: number;
  status: string;
  lines: number;
  amount: number;
  unlinked_lines: number;
  unlinked_amount: number;
  procurement_lines: number;
  share_percent: number;
}

export interface Consolidated {
  year: number;
  total: { plans: number; lines: number; amount: number };
  unlinked: { lines: number; amount: number };
  procurement_lines: number;
  by_status: Record<string, { plans: number; amount: number }>;
  by_area: ConsolidatedArea[];
  by_agency: ConsolidatedAgency[];
  agencies_without_plan: { agency_id: number; agency_name: string }[];
}

const isLinked = (v: unknown): v is LinkedActivity =>
  isObject(v) && isNumber(v.id) && isNumber(v.roadmap_id) && isString(v.program) && isString(v.name) && isString(v.roadmap_title);

export function isBudgetLine(v: unknown): v is BudgetLine {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.budget_plan_id) &&
    isString(v.description) &&
    isNumber(v.amount) &&
    isString(v.area) &&
    isLabelText(v.area_label) &&
    (v.roadmap_activity_id === null || isNumber(v.roadmap_activity_id)) &&
    (v.roadmap_activity === null || isLinked(v.roadmap_activity)) &&
    isBoolean(v.procurement) &&
    isArrayOf(v.flags, isString) &&
    isNumber(v.version)
  );
}

const isAreaTotal = (v: unknown): v is AreaTotal =>
  isObject(v) && isString(v.area) && isLabelText(v.label) && isNumber(v.lines) && isNumber(v.amount) && isNumber(v.unlinked_lines);

const isTotals = (v: unknown): v is PlanTotals => isObject(v) && isNumber(v.lines) && isNumber(v.amount) && isNumber(v.unlinked_lines);

const isReturned = (v: unknown): v is Returned => isObject(v) && isString(v.by) && isString(v.at) && isString(v.reason);

export function isBudgetPlan(v: unknown): v is BudgetPlan {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.agency_id) &&
    isString(v.agency_name) &&
    isNumber(v.year) &&
    isString(v.status) &&
    isString(v.note) &&
    isStringOrNull(v.submitted_at) &&
    isStringOrNull(v.coordinated_at) &&
    isStringOrNull(v.verified_at) &&
    (v.returned === null || isReturned(v.returned)) &&
    isTotals(v.totals) &&
    isNumber(v.version)
  );
}

export const isFullBudgetPlan = (v: unknown): v is FullBudgetPlan =>
  isBudgetPlan(v) && isArrayOf(v.lines, isBudgetLine) && isObject(v.totals) && isArrayOf(v.totals.by_area, isAreaTotal);

export const isBudgetPlanList = (v: unknown): v is { items: BudgetPlan[] } => isObject(v) && isArrayOf(v.items, isBudgetPlan);

const isConsolidatedAgency = (v: unknown): v is ConsolidatedAgency =>
  isObject(v) &&
  isNumber(v.agency_id) &&
  isString(v.agency_name) &&
  isNumber(v.budget_plan_id) &&
  isString(v.status) &&
  isNumber(v.amount) &&
  isNumber(v.share_percent);

export function isConsolidated(v: unknown): v is Consolidated {
  return (
    isObject(v) &&
    isNumber(v.year) &&
    isObject(v.total) &&
    isNumber(v.total.amount) &&
    isObject(v.unlinked) &&
    isNumber(v.unlinked.lines) &&
    isObject(v.by_status) &&
    isArrayOf(v.by_area, (a: unknown): a is ConsolidatedArea => isAreaTotal(a) && isObject(a) && isNumber(a.share_percent)) &&
    isArrayOf(v.by_agency, isConsolidatedAgency) &&
    isArrayOf(v.agencies_without_plan, (a: unknown): a is { agency_id: number; agency_name: string } => isObject(a) && isNumber(a.agency_id) && isString(a.agency_name))
  );
}
