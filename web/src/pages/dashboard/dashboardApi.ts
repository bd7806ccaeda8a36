// GET /api/v1/dashboard: the leadership dashboard in one answer (docs/compliance-contract.md,
// "Leadership dashboard"). Every number comes with the href of the page listing its records.
import { apiGet, type RequestOptions, type Result } from '../../api/client';
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString } from '../../api/checks';
import { isTally, type Tally, type Text, type TrendPoint } from '../../api/compliance';
import { isWording } from '../../api/ictAuditTypes';

export interface Counted {
  count: number;
  href: string;
}

export interface LowAgency {
  agency_id: number;
  name: string;
  tally: Tally;
  href: string;
}

export type ComplianceCard =
  | { available: false; reason: Text; href: string }
  | {
      available: true;
      as_of: string;
      profile: { name: string; citation: string };
      tally: Tally;
      href: string;
      open: Counted;
      overdue: Counted;
      due_soon: Counted;
      calendar_href: string;
      lowest_agencies: LowAgency[];
      trend: TrendPoint[];
    };

export interface RiskLevel extends Counted {
  level: number;
  name: string;
  colour: string;
  colour_name: string;
}

export interface SlaRow {
  key: string; // YYYY-MM, or last_12_months
  label: string;
  opened: number;
  response_met_pct: number | null;
  resolution_met_pct: number | null;
}

export interface BudgetArea {
  area: string;
  label: Text;
  amount: number;
  share_percent: number;
  href: string;
}

export interface Dashboard {
  as_of: string;
  compliance: ComplianceCard;
  risks: { year: number; total: Counted; levels: RiskLevel[]; href: string };
  ict_audits: { due_soon_days: number; overdue: Counted; due_soon: Counted; findings_overdue: Counted; href: string };
  incidents: { open: Counted; overdue_notices: Counted; open_too_long: Counted; href: string };
  service_desk: { current: SlaRow & { href: string }; last_12_months: SlaRow & { href: string }; months: SlaRow[]; href: string };
  budget: { year: number; total: { amount: number; plans: number; href: string }; by_area: BudgetArea[]; agencies_without_plan: Counted; href: string };
}

export const DASHBOARD_PATH = '/api/v1/dashboard';

const isCounted = (v: unknown): v is Counted => isObject(v) && isNumber(v.count) && isString(v.href);
const isLowAgency = (v: unknown): v is LowAgency => isObject(v) && isNumber(v.agency_id) && isString(v.name) && isTally(v.tally) && isString(v.href);
const isTrendPoint = (v: unknown): v is TrendPoint => isObject(v) && isString(v.taken_on) && isTally(v.tally) && isBoolean(v.live);
const isCompliance = (v: unknown): v is ComplianceCard =>
  isObject(v) &&
  isString(v.href) &&
  (v.available === false
    ? isWording(v.reason)
    : v.available === true &&
      isString(v.as_of) &&
      isObject(v.profile) &&
      isString(v.profile.citation) &&
      isTally(v.tally) &&
      isCounted(v.open) &&
      isCounted(v.overdue) &&
      isCounted(v.due_soon) &&
      isString(v.calendar_href) &&
      isArrayOf(v.lowest_agencies, isLowAgency) &&
      isArrayOf(v.trend, isTrendPoint));
const isRiskLevel = (v: unknown): v is RiskLevel => isCounted(v) && isObject(v) && isNumber(v.level) && isString(v.name) && isString(v.colour);
const isSlaRow = (v: unknown): v is SlaRow =>
  isObject(v) && isString(v.key) && isNumber(v.opened) && isNumberOrNull(v.response_met_pct) && isNumberOrNull(v.resolution_met_pct);
const isBudgetArea = (v: unknown): v is BudgetArea =>
  isObject(v) && isString(v.area) && isWording(v.label) && isNumber(v.amount) && isNumber(v.share_percent) && isString(v.href);

// Every key of `keys` in `v` is a number with its link.
const hasCounts = (v: unknown, keys: string[]) => isObject(v) && keys.every((k) => isCounted(v[k]));

export const isDashboard = (v: unknown): v is Dashboard =>
  isObject(v) &&
  isString(v.as_of) &&
  isCompliance(v.compliance) &&
  hasCounts(v.risks, ['total']) &&
  isObject(v.risks) &&
  isNumber(v.risks.year) &&
  isArrayOf(v.risks.levels, isRiskLevel) &&
  hasCounts(v.ict_audits, ['overdue', 'due_soon', 'findings_overdue']) &&
  hasCounts(v.incidents, ['open', 'overdue_notices', 'open_too_long']) &&
  isObject(v.service_desk) &&
  isSlaRow(v.service_desk.current) &&
  isSlaRow(v.service_desk.last_12_months) &&
  isArrayOf(v.service_desk.months, isSlaRow) &&
  hasCounts(v.budget, ['agencies_without_plan']) &&
  isObject(v.budget) &&
  isObject(v.budget.total) &&
  isNumber(v.budget.total.amount) &&
  isArrayOf(v.budget.by_area, isBudgetArea);

export function getDashboard(options?: RequestOptions): Promise<Result<Dashboard>> {
  return apiGet(DASHBOARD_PATH, isDashboard, options);
}
