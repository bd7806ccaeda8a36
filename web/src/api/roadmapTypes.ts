// Shapes of the roadmap answers (Peta Rencana SPBE, docs/governance-contract.md
// "Roadmap") and checks that an answer really has them.
import { isArrayOf, isNumber, isObject, isString, isStringOrNull } from './checks';

export const ROADMAP_STATUSES = ['draft', 'enacted', 'superseded'] as const;
export const AREAS = ['governance', 'management', 'services', 'infrastructure', 'applications', 'security', 'audit'] as const;
export const PLANNED_STATUSES = ['planned', 'not_planned'] as const;
export const ACTUAL_STATUSES = ['not_started', 'in_progress', 'done', 'delayed', 'cancelled'] as const;

export interface LabelText {
  id: string;
  en: string;
}

export interface AreaOption {
  code: string;
  label: LabelText;
}

export interface ChangeReason {
  code: string;
  label: LabelText;
  article: string | null;
}

export interface YearPlan {
  year: number;
  target: string;
  planned_status: string;
  actual_status: string;
}

export interface Activity {
  id: number;
  roadmap_id: number;
  program: string;
  name: string;
  area: string;
  area_label: LabelText;
  owner_agency_id: number;
  owner_agency_name: string;
  description: string;
  years: YearPlan[];
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Monitoring {
  id: number;
  roadmap_id: number;
  year: number;
  date: string;
  summary: string;
  findings: string;
  recorded_by: string;
  created_at: string;
}

export interface RoadmapChange {
  id: number;
  activity_id: number | null;
  action: string;
  fields: string[];
  reason: string;
  article: string | null;
  note: string;
  decree_number: string | null;
  decree_date: string | null;
  changed_by: string;
  changed_at: string;
}

// A roadmap as listed (no children).
export interface RoadmapSummary {
  id: number;
  title: string;
  start_year: number;
  end_year: number;
  decree_number: string | null;
  decree_date: string | null;
  status: string;
  enacted_by: string | null;
  enacted_at: string | null;
  activity_count?: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Roadmap extends RoadmapSummary {
  activities: Activity[];
  monitoring: Monitoring[];
  changes: RoadmapChange[];
  areas_without_activities: string[];
  monitoring_missing_years: number[];
  change_reasons: ChangeReason[];
}

export interface RoadmapList {
  items: RoadmapSummary[];
  areas: AreaOption[];
  change_reasons: ChangeReason[];
}

export const isLabelText = (v: unknown): v is LabelText => isObject(v) && isString(v.id) && isString(v.en);
const isAreaOption = (v: unknown): v is AreaOption => isObject(v) && isString(v.code) && isLabelText(v.label);
const isChangeReason = (v: unknown): v is ChangeReason => isObject(v) && isString(v.code) && isLabelText(v.label) && isStringOrNull(v.article);

const isYearPlan = (v: unknown): v is YearPlan =>
  isObject(v) && isNumber(v.year) && isString(v.target) && isString(v.planned_status) && isString(v.actual_status);

export function isActivity(v: unknown): v is Activity {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.roadmap_id) &&
    isString(v.program) &&
    isString(v.name) &&
    isString(v.area) &&
    isLabelText(v.area_label) &&
    isNumber(v.owner_agency_id) &&
    isString(v.owner_agency_name) &&
    isString(v.description) &&
    isArrayOf(v.years, isYearPlan) &&
    isNumber(v.version)
  );
}

export const isMonitoring = (v: unknown): v is Monitoring =>
  isObject(v) && isNumber(v.id) && isNumber(v.year) && isString(v.date) && isString(v.summary) && isString(v.findings) && isString(v.recorded_by);

const isChange = (v: unknown): v is RoadmapChange =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.action) &&
  isArrayOf(v.fields, isString) &&
  isString(v.reason) &&
  isStringOrNull(v.article) &&
  isString(v.changed_by) &&
  isString(v.changed_at);

export function isRoadmapSummary(v: unknown): v is RoadmapSummary {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.title) &&
    isNumber(v.start_year) &&
    isNumber(v.end_year) &&
    isStringOrNull(v.decree_number) &&
    isStringOrNull(v.decree_date) &&
    isString(v.status) &&
    isNumber(v.version)
  );
}

export function isRoadmap(v: unknown): v is Roadmap {
  return (
    isRoadmapSummary(v) &&
    isObject(v) &&
    isArrayOf(v.activities, isActivity) &&
    isArrayOf(v.monitoring, isMonitoring) &&
    isArrayOf(v.changes, isChange) &&
    isArrayOf(v.areas_without_activities, isString) &&
    isArrayOf(v.monitoring_missing_years, isNumber) &&
    isArrayOf(v.change_reasons, isChangeReason)
  );
}

export const isRoadmapList = (v: unknown): v is RoadmapList =>
  isObject(v) && isArrayOf(v.items, isRoadmapSummary) && isArrayOf(v.areas, isAreaOption) && isArrayOf(v.change_reasons, isChangeReason);
