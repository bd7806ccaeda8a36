// The risk management API (Manajemen Risiko SPBE, docs/risk-security-audit-contract.md):
// the region's criteria, the register with its treatments, the heat map and the
// committee's view, the units' contexts, the monitoring reports and the register workbook.
import { apiGet, apiPatch, apiPost, apiPut, type RequestOptions, type Result } from './client';
import {
  isCriteriaAnswer,
  isHeatMap,
  isOverdueList,
  isRegionRiskView,
  isRisk,
  isRiskContext,
  isRiskContextList,
  isRiskList,
  isRiskReport,
  isRiskReportList,
  isRiskTreatment,
  type CriteriaAnswer,
  type HeatMap,
  type OverdueTreatment,
  type RegionRiskView,
  type Risk,
  type RiskContext,
  type RiskCriteria,
  type RiskList,
  type RiskReport,
  type RiskReportList,
  type RiskTreatment,
} from './riskTypes';

export const RISKS_PATH = '/api/v1/risks';
export const RISK_CRITERIA_PATH = '/api/v1/risk-criteria';
export const riskPath = (id: number) => `${RISKS_PATH}/${id}`;
export const riskPagePath = (id: number) => `/risiko/${id}`;
export const riskContextPath = (id: number) => `/api/v1/risk-contexts/${id}`;
export const riskReportPath = (id: number) => `/api/v1/risk-reports/${id}`;

const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v).trim() !== '') q.set(k, String(v).trim());
  const text = q.toString();
  return text ? `?${text}` : '';
};

// The workbook in the layout of the national forms (Formulir 2.0-5.0).
export const registerWorkbookPath = (year: number | string, agencyId: number | string | null) =>
  `/api/v1/risk-register.xlsx${query({ year, agency_id: agencyId })}`;

// ---- Criteria -------------------------------------------------------------------

export function getRiskCriteria(options?: RequestOptions): Promise<Result<CriteriaAnswer>> {
  return apiGet(RISK_CRITERIA_PATH, isCriteriaAnswer, options);
}

// If-Match "0" replaces the national default.
export function updateRiskCriteria(criteria: RiskCriteria, etag: string): Promise<Result<CriteriaAnswer>> {
  return apiPut(RISK_CRITERIA_PATH, criteria, isCriteriaAnswer, { ifMatch: etag });
}

// ---- Register ---------------------------------------------------------------------

export interface RiskFilter {
  year: string;
  agency_id: string;
  level: string;
  polarity: string;
  category: string;
  treat: string; // '' | 'true' | 'false'
  status: string;
  q: string;
  likelihood?: string; // with impact: one cell of the heat map
  impact?: string;
}

export function listRisks(filter: Partial<RiskFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<RiskList>> {
  return apiGet(`${RISKS_PATH}${query({ limit: 100, ...filter, cursor })}`, isRiskList, options);
}

export function getRisk(id: number, options?: RequestOptions): Promise<Result<Risk>> {
  return apiGet(riskPath(id), isRisk, options);
}

export interface RiskInput {
  agency_id?: number;
  year?: number;
  polarity?: string;
  spbe_goal?: string;
  indicator?: string;
  event?: string;
  cause?: string;
  category?: string;
  impact?: string;
  impact_area?: string;
  controls?: string[];
  controls_note?: string;
  likelihood?: number;
  likelihood_note?: string;
  impact_level?: number;
  impact_note?: string;
  priority_rank?: number | null;
}

export function createRisk(input: RiskInput): Promise<Result<Risk>> {
  return apiPost(RISKS_PATH, input, isRisk);
}

export function updateRisk(id: number, changes: RiskInput, etag: string): Promise<Result<Risk>> {
  return apiPatch(riskPath(id), changes, isRisk, { ifMatch: etag });
}

// Closing (allowed when the risk needs no further treatment) and reopening.
export function setRiskStatus(id: number, status: 'closed' | 'open', etag: string): Promise<Result<Risk>> {
  return apiPatch(riskPath(id), { status }, isRisk, { ifMatch: etag });
}

export interface TreatmentInput {
  treatment_option?: string;
  actions?: string;
  output?: string;
  starts_on?: string;
  due_on?: string;
  owner_agency_id?: number;
  supporting_agencies?: number[];
  status?: string;
  done_on?: string | null;
  residual_likelihood?: number | null;
  residual_impact_level?: number | null;
}

export function addTreatment(riskId: number, input: TreatmentInput): Promise<Result<RiskTreatment>> {
  return apiPost(`${riskPath(riskId)}/treatments`, input, isRiskTreatment);
}

export function updateTreatment(riskId: number, id: number, changes: TreatmentInput, etag: string): Promise<Result<RiskTreatment>> {
  return apiPatch(`${riskPath(riskId)}/treatments/${id}`, changes, isRiskTreatment, { ifMatch: etag });
}

export function getHeatMap(filter: { year: string; agency_id: string }, options?: RequestOptions): Promise<Result<HeatMap>> {
  return apiGet(`${RISKS_PATH}/heat-map${query(filter)}`, isHeatMap, options);
}

export function getRegionView(year: string, options?: RequestOptions): Promise<Result<RegionRiskView>> {
  return apiGet(`${RISKS_PATH}/region-view${query({ year })}`, isRegionRiskView, options);
}

export function listOverdueTreatments(filter: { year: string; agency_id: string }, options?: RequestOptions): Promise<Result<{ items: OverdueTreatment[]; total: number }>> {
  return apiGet(`${RISKS_PATH}/overdue-treatments${query({ ...filter, limit: 100 })}`, isOverdueList, options);
}

// ---- Contexts (Formulir 2.0) -------------------------------------------------------

export function listRiskContexts(filter: { year?: string | number; agency_id?: string | number }, options?: RequestOptions) {
  return apiGet(`/api/v1/risk-contexts${query(filter)}`, isRiskContextList, options);
}

export function getRiskContext(id: number, options?: RequestOptions): Promise<Result<RiskContext>> {
  return apiGet(riskContextPath(id), isRiskContext, options);
}

export interface ContextInput {
  agency_id?: number;
  year?: number;
  duties?: string;
  functions?: string;
  goals?: Array<{ unit_goal: string; spbe_goal: string; indicator: string; target: string }>;
  structure?: { owner: number | null; coordinator: number | null; manager: number | null };
  stakeholders?: Array<{ name: string; relation: string }>;
  regulations?: Array<{ name: string; mandate: string }>;
  integrity_pact_sha256?: string | null;
}

export function createRiskContext(input: ContextInput): Promise<Result<RiskContext>> {
  return apiPost('/api/v1/risk-contexts', input, isRiskContext);
}

export function updateRiskContext(id: number, changes: ContextInput, etag: string): Promise<Result<RiskContext>> {
  return apiPatch(riskContextPath(id), changes, isRiskContext, { ifMatch: etag });
}

// ---- Monitoring reports (Formulir 5.0) ------------------------------------------------

export function listRiskReports(filter: { year?: string; agency_id?: string }, options?: RequestOptions): Promise<Result<RiskReportList>> {
  return apiGet(`/api/v1/risk-reports${query(filter)}`, isRiskReportList, options);
}

export function getRiskReport(id: number, options?: RequestOptions): Promise<Result<RiskReport>> {
  return apiGet(riskReportPath(id), isRiskReport, options);
}

export function createRiskReport(input: { agency_id: number; year: number; period: string }): Promise<Result<RiskReport>> {
  return apiPost('/api/v1/risk-reports', input, isRiskReport);
}

export function updateRiskReport(id: number, changes: { summary?: string; recommendations?: string }, etag: string): Promise<Result<RiskReport>> {
  return apiPatch(riskReportPath(id), changes, isRiskReport, { ifMatch: etag });
}

export function riskReportStep(id: number, step: 'refresh' | 'submit', etag: string): Promise<Result<RiskReport>> {
  return apiPost(`${riskReportPath(id)}/${step}`, {}, isRiskReport, { ifMatch: etag });
}
