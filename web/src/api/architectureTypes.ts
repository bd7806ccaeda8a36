// Shapes of the architecture answers (Arsitektur SPBE, docs/governance-contract.md
// "Architecture") and checks that an answer really has them.
import { isArrayOf, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';
import { isLabelText, isReasonOption, type LabelText, type ReasonOption } from './masterPlanTypes';

export const ARCHITECTURE_STATUSES = ['draft', 'in_review', 'enacted', 'superseded'] as const;

export const ARCHITECTURE_DOMAINS = ['business_process', 'data_information', 'infrastructure', 'application', 'security', 'service'] as const;

export const ARCHITECTURE_REVIEW_KINDS = ['mid_term', 'final_year', 'annual', 'on_demand'] as const;

export interface ArchitectureDomain {
  domain: string;
  label: LabelText;
  description: string;
  agency_id: number | null;
  agency_name: string | null;
  article: string | null;
}

export interface ArchitectureReview {
  id: number;
  kind: string;
  review_date: string;
  reasons: string[];
  note: string;
  decree_number: string | null;
  decree_date: string | null;
  recorded_by: string;
  created_at: string;
}

export interface DueReview {
  kind: string;
  year: number;
  due_date: string;
  state: 'done' | 'on_track' | 'due_soon' | 'overdue' | 'not_in_force' | string;
  review_id: number | null;
}

export interface Architecture {
  id: number;
  title: string;
  start_year: number;
  end_year: number;
  mid_term_year: number;
  reference_summary: string;
  decree_number: string | null;
  decree_date: string | null;
  decree_article: string | null;
  status: string;
  next_statuses: string[];
  domains: ArchitectureDomain[];
  reviews: ArchitectureReview[];
  review_schedule: { kind: string; article: string | null };
  review_kinds: string[];
  review_reason_options: ReasonOption[];
  due_reviews: DueReview[];
  version: number;
  created_at: string;
  updated_at: string;
}

const isStrings = (v: unknown): v is string[] => isArrayOf(v, isString);

const isDomain = (v: unknown): v is ArchitectureDomain =>
  isObject(v) &&
  isString(v.domain) &&
  isLabelText(v.label) &&
  isString(v.description) &&
  isNumberOrNull(v.agency_id) &&
  isStringOrNull(v.agency_name) &&
  isStringOrNull(v.article);

const isReview = (v: unknown): v is ArchitectureReview =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.kind) &&
  isString(v.review_date) &&
  isStrings(v.reasons) &&
  isString(v.note) &&
  isStringOrNull(v.decree_number) &&
  isStringOrNull(v.decree_date) &&
  isString(v.recorded_by);

const isDueReview = (v: unknown): v is DueReview =>
  isObject(v) && isString(v.kind) && isNumber(v.year) && isString(v.due_date) && isString(v.state) && isNumberOrNull(v.review_id);

export function isArchitecture(v: unknown): v is Architecture {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.title) &&
    isNumber(v.start_year) &&
    isNumber(v.end_year) &&
    isNumber(v.mid_term_year) &&
    isString(v.reference_summary) &&
    isStringOrNull(v.decree_number) &&
    isStringOrNull(v.decree_date) &&
    isStringOrNull(v.decree_article) &&
    isString(v.status) &&
    isStrings(v.next_statuses) &&
    isArrayOf(v.domains, isDomain) &&
    isArrayOf(v.reviews, isReview) &&
    isObject(v.review_schedule) &&
    isString(v.review_schedule.kind) &&
    isStrings(v.review_kinds) &&
    isArrayOf(v.review_reason_options, isReasonOption) &&
    isArrayOf(v.due_reviews, isDueReview) &&
    isNumber(v.version)
  );
}

export const isArchitectureList = (v: unknown): v is { items: Architecture[] } => isObject(v) && isArrayOf(v.items, isArchitecture);
