// The national SPBE evaluation (docs/evaluation-contract.md): the region's yearly campaigns
// (the self-assessment against a framework), their index and the trend over the years, the
// assessor team, sign-off and reopening, the external results, the frameworks and the levels
// Simpul's records suggest. Changes send the version the user saw (If-Match). The indicator
// page's calls (answers, evidence, questions) are in evaluationIndicator.ts.
import { apiDelete, apiGet, apiPost, apiPut, type RequestOptions, type Result } from './client';
import { isNumber, isObject } from './checks';
import {
  isCampaign,
  isCampaignIndex,
  isCampaignSummary,
  isExternalOverview,
  isFramework,
  isFrameworkSummary,
  isIndicatorRow,
  isSuggestion,
  isTrendYear,
  itemsOf,
  type Campaign,
  type CampaignIndex,
  type CampaignInput,
  type CampaignSummary,
  type ExternalOverview,
  type ExternalStage,
  type Framework,
  type FrameworkSummary,
  type IndicatorRow,
  type Suggestion,
  type TrendYear,
} from './evaluationTypes';

export const EVALUATION_PATH = '/api/v1/evaluation';
const campaignPath = (id: number) => `${EVALUATION_PATH}/campaigns/${id}`;
const version = (v: number) => ({ ifMatch: `"${v}"` });

// The pages (routes.ts).
export const EVALUATION_PAGE = '/evaluasi';
export const FRAMEWORKS_PAGE = '/evaluasi/kerangka';
export const QUESTION_INBOX_PAGE = '/evaluasi/pertanyaan';
export const campaignPage = (id: number) => `/evaluasi/${id}`;
export const teamPage = (id: number) => `/evaluasi/${id}/tim`;
export const externalPage = (id: number) => `/evaluasi/${id}/hasil-eksternal`;
export const suggestionsPage = (id: number) => `/evaluasi/${id}/usulan`;
export const indicatorPage = (id: number, no: number) => `/evaluasi/${id}/indikator/${no}`;
export const frameworkPage = (code: string) => `${FRAMEWORKS_PAGE}/${encodeURIComponent(code)}`;

// The report downloads (the "reports" part of the API).
export const selfAssessmentPdfPath = (id: number) => `${campaignPath(id)}/self-assessment.pdf`;
export const resultReportPath = (id: number, format: 'pdf' | 'xlsx') => `${campaignPath(id)}/result.${format}`;

// A list answered bare or as {items}: checked, then handed on as an array.
function getList<T>(path: string, check: (v: unknown) => v is T, options?: RequestOptions): Promise<Result<T[]>> {
  const isList = (v: unknown): v is unknown => itemsOf(v, check) !== null;
  return apiGet(path, isList, options).then((answer) => (answer.ok ? { ...answer, data: itemsOf(answer.data, check)! } : answer));
}

// ---- Campaigns ------------------------------------------------------------------------

export const listCampaigns = (options?: RequestOptions): Promise<Result<CampaignSummary[]>> =>
  getList(`${EVALUATION_PATH}/campaigns`, isCampaignSummary, options);

export const getCampaign = (id: number, options?: RequestOptions): Promise<Result<Campaign>> => apiGet(campaignPath(id), isCampaign, options);

const isCreated = (v: unknown): v is { id: number } => isObject(v) && isNumber(v.id);
export const createCampaign = (input: CampaignInput): Promise<Result<{ id: number }>> => apiPost(`${EVALUATION_PATH}/campaigns`, input, isCreated);

export const getCampaignIndex = (id: number, options?: RequestOptions): Promise<Result<CampaignIndex>> =>
  apiGet(`${campaignPath(id)}/index`, isCampaignIndex, options);

export const getTrend = (options?: RequestOptions): Promise<Result<TrendYear[]>> => getList(`${EVALUATION_PATH}/trend`, isTrendYear, options);

export interface IndicatorFilter {
  aspect?: number;
  unverified?: boolean;
}
export function listIndicators(id: number, filter: IndicatorFilter, options?: RequestOptions): Promise<Result<IndicatorRow[]>> {
  const query = new URLSearchParams();
  if (filter.aspect) query.set('aspect', String(filter.aspect));
  if (filter.unverified) query.set('unverified', 'true');
  const q = query.toString();
  return getList(`${campaignPath(id)}/indicators${q ? `?${q}` : ''}`, isIndicatorRow, options);
}

// Sign-off and reopening: the coordinator, with the campaign's version.
export const signOff = (c: { id: number; version: number }): Promise<Result<unknown>> =>
  apiPost(`${campaignPath(c.id)}/sign-off`, {}, isAnything, version(c.version));
export const reopen = (c: { id: number; version: number }, reason: string): Promise<Result<unknown>> =>
  apiPost(`${campaignPath(c.id)}/reopen`, { reason }, isAnything, version(c.version));
const isAnything = (_v: unknown): _v is unknown => true;

// ---- The team -------------------------------------------------------------------------

export const putAssessor = (id: number, userId: number, input: { role: string; unit: string }): Promise<Result<unknown>> =>
  apiPut(`${campaignPath(id)}/assessors/${userId}`, input, isAnything);
export const removeAssessor = (id: number, userId: number): Promise<Result<undefined>> => apiDelete(`${campaignPath(id)}/assessors/${userId}`);

// ---- External results -----------------------------------------------------------------

export const getExternal = (id: number, options?: RequestOptions): Promise<Result<ExternalOverview>> =>
  apiGet(`${campaignPath(id)}/external`, isExternalOverview, options);

// The levels not yet entered at a stage, all at once (all or nothing): {"1": 3, …}.
// A whole stage in one request, all or nothing: new and corrected levels, the results to take
// off, and the version seen of each result corrected or taken off.
export interface ExternalStageChange {
  levels: Record<string, number>;
  remove: number[];
  versions: Record<string, number>;
  note: string;
}
export const putExternalStage = (id: number, stage: ExternalStage, change: ExternalStageChange): Promise<Result<unknown>> =>
  apiPut(`${campaignPath(id)}/external/${stage}`, {
    ...(Object.keys(change.levels).length > 0 ? { levels: change.levels } : {}),
    ...(change.remove.length > 0 ? { remove: change.remove } : {}),
    ...(Object.keys(change.versions).length > 0 ? { versions: change.versions } : {}),
    ...(change.note ? { note: change.note } : {}),
  }, isAnything);
// A correction of one indicator's level at a stage, on the version seen.

// ---- Frameworks -----------------------------------------------------------------------

export const listFrameworks = (options?: RequestOptions): Promise<Result<FrameworkSummary[]>> =>
  getList(`${EVALUATION_PATH}/frameworks`, isFrameworkSummary, options);
export const getFramework = (code: string, options?: RequestOptions): Promise<Result<Framework>> =>
  apiGet(`${EVALUATION_PATH}/frameworks/${encodeURIComponent(code)}`, isFramework, options);
export const importFramework = (yaml: string): Promise<Result<Framework>> => apiPost(`${EVALUATION_PATH}/frameworks`, { yaml }, isFramework);

// ---- Suggested levels -----------------------------------------------------------------

export const listSuggestions = (id: number, options?: RequestOptions): Promise<Result<Suggestion[]>> =>
  getList(`${campaignPath(id)}/suggestions`, isSuggestion, options);
