// Shapes of the master plan answers (Rencana Induk SPBE, docs/governance-contract.md
// "Master plan") and checks that an answer really has them.
import { isArrayOf, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const MASTER_PLAN_STATUSES = ['draft', 'enacted', 'superseded'] as const;

// The five parts of a plan that are lists of statements, in the regulation's order.
export const MASTER_PLAN_LISTS = ['missions', 'goals', 'targets', 'policy_directions', 'strategies'] as const;
export type MasterPlanList = (typeof MASTER_PLAN_LISTS)[number];

export const MASTER_PLAN_REASONS = [
  'scheduled',
  'evaluation_results',
  'strategic_policy_change',
  'legislation_change',
  'national_master_plan_change',
  'rpjmd_change',
] as const;

export interface LabelText {
  id: string;
  en: string;
}

export interface ReasonOption {
  code: string;
  label: LabelText;
  article: string | null;
}

export interface MasterPlanReview {
  id: number;
  review_date: string;
  reasons: string[];
  outcome: 'unchanged' | 'revised' | string;
  note: string;
  recorded_by: string;
  created_at: string;
}

export interface MasterPlan {
  id: number;
  title: string;
  start_year: number;
  end_year: number;
  vision: string;
  missions: string[];
  goals: string[];
  targets: string[];
  policy_directions: string[];
  strategies: string[];
  rpjmd_reference: string | null;
  decree_number: string | null;
  decree_date: string | null;
  status: string;
  enacted_at: string | null;
  superseded_at: string | null;
  superseded_by: number | null;
  supersede_note: string | null;
  reviews: MasterPlanReview[];
  review_months: number;
  review_article: string | null;
  next_review_due: string | null;
  review_state: 'on_track' | 'due_soon' | 'overdue' | string | null;
  review_reason_options: ReasonOption[];
  contents_article: string | null;
  allowed_actions: string[];
  version: number;
  created_at: string;
  updated_at: string;
}

const isStrings = (v: unknown): v is string[] => isArrayOf(v, isString);

export const isLabelText = (v: unknown): v is LabelText => isObject(v) && isString(v.id) && isString(v.en);

export const isReasonOption = (v: unknown): v is ReasonOption =>
  isObject(v) && isString(v.code) && isLabelText(v.label) && isStringOrNull(v.article);

function isReview(v: unknown): v is MasterPlanReview {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.review_date) &&
    isStrings(v.reasons) &&
    isString(v.outcome) &&
    isString(v.note) &&
    isString(v.recorded_by)
  );
}

export function isMasterPlan(v: unknown): v is MasterPlan {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.title) &&
    isNumber(v.start_year) &&
    isNumber(v.end_year) &&
    isString(v.vision) &&
    MASTER_PLAN_LISTS.every((key) => isStrings(v[key])) &&
    isStringOrNull(v.rpjmd_reference) &&
    isStringOrNull(v.decree_number) &&
    isStringOrNull(v.decree_date) &&
    isString(v.status) &&
    isNumberOrNull(v.superseded_by) &&
    isArrayOf(v.reviews, isReview) &&
    isNumber(v.review_months) &&
    isStringOrNull(v.next_review_due) &&
    (v.review_state === null || isString(v.review_state)) &&
    isArrayOf(v.review_reason_options, isReasonOption) &&
    isStrings(v.allowed_actions) &&
    isNumber(v.version)
  );
}

export const isMasterPlanList = (v: unknown): v is { items: MasterPlan[] } => isObject(v) && isArrayOf(v.items, isMasterPlan);
