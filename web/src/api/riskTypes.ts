// Shapes of the risk management answers (Manajemen Risiko SPBE after PermenPANRB 5/2020,
// docs/risk-security-audit-contract.md "Risk management" and "Risk contexts, monitoring
// reports and the register workbook") and checks that an answer really has them. The
// checks look at what the pages use and let further members through.
import { isArrayOf, isNumber, isObject, isString } from './checks';

export const POLARITIES = ['negative', 'positive'] as const;
export const RISK_STATUSES = ['open', 'treating', 'closed'] as const;
export const CONTROL_KINDS = ['sop', 'supervision', 'tiered_review', 'regulation', 'routine_monitoring'] as const;
// Formulir 4.0: the options of a positive and of a negative risk (PermenPANRB 5/2020, Tabel 12).
export const TREATMENT_OPTIONS = {
  positive: ['escalate', 'exploit', 'enhance', 'share', 'accept'],
  negative: ['escalate', 'mitigate', 'transfer', 'avoid', 'accept'],
} as const;
export const TREATMENT_STATUSES = ['planned', 'in_progress', 'done'] as const;
export const REPORT_PERIODS = ['q1', 'q2', 'q3', 'annual'] as const;

// ---- The region's criteria (Formulir 2.6-2.10) ------------------------------

export interface RiskCategory {
  key: string;
  name: string;
  appetite_positive: number; // the smallest magnitude of a positive risk that is treated
  appetite_negative: number;
}

export interface ImpactArea {
  key: string;
  name: string;
}

export interface ScaleLevel {
  level: number;
  name: string;
  criteria: string; // e.g. "X ≤ 5% per tahun; kurang dari 2 kali"
}

export interface LevelBand {
  level: number;
  name: string;
  from: number;
  to: number;
  colour: string; // #rrggbb
  colour_name?: string;
}

export interface RiskCriteria {
  categories: RiskCategory[];
  impact_areas: ImpactArea[];
  likelihood_levels: ScaleLevel[];
  impact_levels: ScaleLevel[];
  matrix: number[][]; // matrix[likelihood - 1][impact - 1] = magnitude (Besaran Risiko)
  levels: LevelBand[];
}

export interface CriteriaAnswer {
  criteria: RiskCriteria;
  is_default: boolean;
  version: number;
  updated_at: string | null;
}

const isCategory = (v: unknown): v is RiskCategory =>
  isObject(v) && isString(v.key) && isString(v.name) && isNumber(v.appetite_positive) && isNumber(v.appetite_negative);
const isArea = (v: unknown): v is ImpactArea => isObject(v) && isString(v.key) && isString(v.name);
const isScale = (v: unknown): v is ScaleLevel => isObject(v) && isNumber(v.level) && isString(v.name);
const isBand = (v: unknown): v is LevelBand => isObject(v) && isNumber(v.level) && isString(v.name) && isNumber(v.from) && isNumber(v.to) && isString(v.colour);

export function isRiskCriteria(v: unknown): v is RiskCriteria {
  return (
    isObject(v) &&
    isArrayOf(v.categories, isCategory) &&
    isArrayOf(v.impact_areas, isArea) &&
    isArrayOf(v.likelihood_levels, isScale) &&
    isArrayOf(v.impact_levels, isScale) &&
    Array.isArray(v.matrix) &&
    v.matrix.every((row) => isArrayOf(row, isNumber)) &&
    isArrayOf(v.levels, isBand)
  );
}

export const isCriteriaAnswer = (v: unknown): v is CriteriaAnswer => isObject(v) && isRiskCriteria(v.criteria) && isNumber(v.version);

// ---- The register (Formulir 3.0) and treatments (Formulir 4.0) ---------------

// An assessed level: the magnitude, its level band and whether it must be treated.
export interface Assessment {
  likelihood: number;
  impact_level: number;
  magnitude: number;
  level: number;
  level_name: string;
  colour: string;
  treat: boolean;
}

const isAssessment = (v: unknown): v is Assessment => isObject(v) && isNumber(v.magnitude) && isNumber(v.level) && isString(v.level_name) && isString(v.colour);

export interface RiskTreatment {
  id: number;
  risk_id: number;
  treatment_option: string;
  actions: string;
  output: string;
  starts_on: string;
  due_on: string;
  owner_agency_id: number;
  owner_agency_short_name: string;
  supporting_agencies: number[];
  status: string;
  done_on: string | null;
  residual: Assessment | null;
  overdue: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Risk {
  id: number;
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  year: number;
  number: number;
  polarity: string;
  spbe_goal: string;
  indicator: string;
  event: string;
  cause: string;
  category: string;
  category_name: string;
  impact: string;
  impact_area: string;
  impact_area_name: string;
  controls: string[];
  controls_note: string;
  likelihood: number;
  likelihood_note: string;
  impact_level: number;
  impact_note: string;
  magnitude: number;
  level: number;
  level_name: string;
  colour: string;
  appetite: number;
  treat: boolean;
  priority_rank: number | null;
  status: string;
  residual: Assessment | null;
  needs_treatment: boolean;
  may_close: boolean;
  treatment_count: number;
  overdue_treatments: number;
  version: number;
  created_at: string;
  updated_at: string;
  treatments?: RiskTreatment[]; // in the detail
}

export function isRiskTreatment(v: unknown): v is RiskTreatment {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.treatment_option) &&
    isString(v.actions) &&
    isString(v.status) &&
    isString(v.starts_on) &&
    isString(v.due_on) &&
    isNumber(v.owner_agency_id) &&
    (v.residual === null || isAssessment(v.residual)) &&
    isNumber(v.version)
  );
}

export function isRisk(v: unknown): v is Risk {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.agency_id) &&
    isString(v.agency_short_name) &&
    isNumber(v.number) &&
    isString(v.polarity) &&
    isString(v.event) &&
    isString(v.category) &&
    isNumber(v.likelihood) &&
    isNumber(v.impact_level) &&
    isNumber(v.magnitude) &&
    isNumber(v.level) &&
    isString(v.level_name) &&
    isString(v.colour) &&
    isString(v.status) &&
    (v.residual === null || v.residual === undefined || isAssessment(v.residual)) &&
    isNumber(v.version) &&
    (v.treatments === undefined || isArrayOf(v.treatments, isRiskTreatment))
  );
}

export interface RiskList {
  items: Risk[];
  next_cursor: string | null;
  total: number;
}

export const isRiskList = (v: unknown): v is RiskList => isObject(v) && isArrayOf(v.items, isRisk) && isNumber(v.total);

// ---- The heat map, the committee's view, overdue treatments ---------------------

export interface HeatCell {
  likelihood: number;
  impact: number;
  magnitude: number;
  level: number;
  level_name: string;
  colour: string;
  count: number;
}

export interface LevelCount {
  level: number;
  name: string;
  colour: string;
  count: number;
}

export interface HeatMap {
  year: number;
  agency_id: number | null;
  cells: HeatCell[];
  totals: LevelCount[];
  total: number;
  to_treat: number;
}

const isCell = (v: unknown): v is HeatCell =>
  isObject(v) && isNumber(v.likelihood) && isNumber(v.impact) && isNumber(v.magnitude) && isNumber(v.level) && isString(v.colour) && isNumber(v.count);
const isLevelCount = (v: unknown): v is LevelCount => isObject(v) && isNumber(v.level) && isString(v.name) && isNumber(v.count);
export const isHeatMap = (v: unknown): v is HeatMap =>
  isObject(v) && isArrayOf(v.cells, isCell) && isArrayOf(v.totals, isLevelCount) && isNumber(v.total) && isNumber(v.to_treat);

export interface RiskCounts {
  total: number;
  by_level: Array<{ level: number; count: number }>;
  to_treat: number;
  open: number;
  treating: number;
  closed: number;
  overdue_treatments: number;
}

export interface AgencyRiskSummary extends RiskCounts {
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
}

export interface RegionRiskView {
  year: number;
  agencies: AgencyRiskSummary[];
  totals: RiskCounts;
  top_risks: Risk[];
}

const isCounts = (v: unknown): v is RiskCounts => isObject(v) && isNumber(v.total) && Array.isArray(v.by_level) && isNumber(v.to_treat);
const isAgencySummary = (v: unknown): v is AgencyRiskSummary => isObject(v) && isCounts(v) && isNumber(v.agency_id) && isString(v.agency_short_name);
export const isRegionRiskView = (v: unknown): v is RegionRiskView =>
  isObject(v) && isArrayOf(v.agencies, isAgencySummary) && isCounts(v.totals) && isArrayOf(v.top_risks, isRisk);

export interface OverdueTreatment extends RiskTreatment {
  risk: { id: number; agency_id: number; agency_short_name: string; number: number; event: string; magnitude: number; level: number; level_name: string; colour: string };
  days_overdue: number;
}

const isOverdueTreatment = (v: unknown): v is OverdueTreatment => isRiskTreatment(v) && isObject(v) && isObject(v.risk) && isNumber(v.risk.id) && isNumber(v.days_overdue);
export const isOverdueList = (v: unknown): v is { items: OverdueTreatment[]; total: number } =>
  isObject(v) && isArrayOf(v.items, isOverdueTreatment) && isNumber(v.total);

// ---- Contexts (Formulir 2.0) --------------------------------------------------

export interface AgencyRef {
  id: number;
  name: string;
  short_name: string;
}

export interface PersonRef {
  id: number;
  name: string;
  nip: string;
}

export interface ContextGoal {
  unit_goal: string;
  spbe_goal: string;
  indicator: string;
  target: string;
}

export interface NamedRelation {
  name: string;
  relation: string;
}

export interface NamedMandate {
  name: string;
  mandate: string;
}

export interface AttachedFile {
  sha256: string;
  name: string;
  media_type: string;
  size_bytes: number;
}

export interface RiskContext {
  id: number;
  agency: AgencyRef;
  year: number;
  duties: string;
  functions: string;
  goals: ContextGoal[];
  structure: { owner: PersonRef | null; coordinator: PersonRef | null; manager: PersonRef | null };
  stakeholders: NamedRelation[];
  regulations: NamedMandate[];
  integrity_pact: AttachedFile | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const isAgencyRef = (v: unknown): v is AgencyRef => isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.short_name);

export const isRiskContext = (v: unknown): v is RiskContext =>
  isObject(v) &&
  isNumber(v.id) &&
  isAgencyRef(v.agency) &&
  isNumber(v.year) &&
  isString(v.duties) &&
  isString(v.functions) &&
  Array.isArray(v.goals) &&
  isObject(v.structure) &&
  Array.isArray(v.stakeholders) &&
  Array.isArray(v.regulations) &&
  isNumber(v.version);

export const isRiskContextList = (v: unknown): v is { items: RiskContext[] } => isObject(v) && isArrayOf(v.items, isRiskContext);

// ---- Monitoring reports (Formulir 5.0) ------------------------------------------

export interface ReportEntry {
  risk_id: number;
  number: number;
  polarity: string;
  event: string;
  spbe_goal: string;
  magnitude: number;
  level: number;
  projected_magnitude: number;
  projected_level: number;
  treatments_done: Array<{ treatment_id: number; actions: string; output: string; done_on: string | null }>;
  treatments_planned: Array<{ treatment_id: number; actions: string; output: string; starts_on: string; due_on: string; status: string }>;
  owner: string;
  schedule: { starts_on: string; due_on: string } | null;
}

export interface RiskReportSummary {
  id: number;
  agency: AgencyRef;
  year: number;
  period: string;
  status: string;
  period_starts_on: string;
  period_ends_on: string;
  due_on: string;
  overdue: boolean;
  entry_count: number;
  submitted_at: string | null;
  version: number;
  updated_at: string;
}

export interface RiskReport extends RiskReportSummary {
  entries: ReportEntry[];
  summary: string;
  recommendations: string;
  submitted_by: { id: number; display_name: string } | null;
  created_at: string;
  allowed_actions: string[];
}

export interface MissingReport {
  agency: AgencyRef;
  year: number;
  period: string;
  period_ends_on: string;
  due_on: string;
  overdue: boolean;
  draft_report_id: number | null;
}

export interface RiskReportList {
  year: number;
  items: RiskReportSummary[];
  missing: MissingReport[];
}

const isReportSummary = (v: unknown): v is RiskReportSummary =>
  isObject(v) && isNumber(v.id) && isAgencyRef(v.agency) && isNumber(v.year) && isString(v.period) && isString(v.status) && isString(v.due_on) && isNumber(v.version);
const isMissing = (v: unknown): v is MissingReport => isObject(v) && isAgencyRef(v.agency) && isString(v.period) && isString(v.due_on);

export const isRiskReport = (v: unknown): v is RiskReport =>
  isReportSummary(v) && isObject(v) && Array.isArray(v.entries) && isString(v.summary) && isString(v.recommendations) && Array.isArray(v.allowed_actions);
export const isRiskReportList = (v: unknown): v is RiskReportList =>
  isObject(v) && isNumber(v.year) && isArrayOf(v.items, isReportSummary) && isArrayOf(v.missing, isMissing);
