// The knowledge base API (Manajemen Pengetahuan, docs/management-processes-contract.md
// "Knowledge management"): search, articles and their steps, ratings, links to tickets and
// applications, transfers, and the suggestions offered while a ticket is written.
import { apiDelete, apiGet, apiPatch, apiPost, apiPut, type RequestOptions, type Result } from './client';
import {
  isArticle,
  isArticleLink,
  isArticleList,
  isRatingAnswer,
  isSuggestionList,
  isTransferRecord,
  type Article,
  type ArticleAction,
  type ArticleLink,
  type ArticleList,
  type RatingAnswer,
  type Suggestion,
  type Transfer,
} from './knowledgeTypes';

export const KNOWLEDGE_PATH = '/api/v1/knowledge';
export const KNOWLEDGE_PAGE = '/pengetahuan';
export const articlePath = (id: number) => `${KNOWLEDGE_PATH}/${id}`;
export const articlePagePath = (id: number) => `${KNOWLEDGE_PAGE}/${id}`;

const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v).trim() !== '') q.set(k, String(v).trim());
  const text = q.toString();
  return text ? `?${text}` : '';
};

export interface KnowledgeFilter {
  q: string;
  kind: string;
  agency_id: string;
  status: string;
}

export function searchArticles(filter: Partial<KnowledgeFilter> & { ticket_id?: number; application_id?: number; limit?: number }, cursor: string | null, options?: RequestOptions): Promise<Result<ArticleList>> {
  return apiGet(`${KNOWLEDGE_PATH}${query({ limit: 20, ...filter, cursor })}`, isArticleList, options);
}

export function listReviewDue(agencyId: number | null, options?: RequestOptions): Promise<Result<ArticleList>> {
  return apiGet(`${KNOWLEDGE_PATH}/review-due${query({ agency_id: agencyId })}`, isArticleList, options);
}

export function getArticle(id: number, options?: RequestOptions): Promise<Result<Article>> {
  return apiGet(articlePath(id), isArticle, options);
}

export interface ArticleInput {
  title?: string;
  summary?: string;
  body?: string;
  kind?: string;
  symptom?: string | null;
  cause?: string | null;
  workaround?: string | null;
  keywords?: string[];
  agency_id?: number;
  review_due_on?: string | null;
}

export function createArticle(input: ArticleInput): Promise<Result<Article>> {
  return apiPost(KNOWLEDGE_PATH, input, isArticle);
}

export function updateArticle(id: number, changes: ArticleInput, etag: string): Promise<Result<Article>> {
  return apiPatch(articlePath(id), changes, isArticle, { ifMatch: etag });
}

export function takeArticleStep(id: number, action: ArticleAction, note: string, etag: string): Promise<Result<Article>> {
  return apiPost(`${articlePath(id)}/actions`, note ? { action, note } : { action }, isArticle, { ifMatch: etag });
}

// The article page counts its view once when it opens (reading with GET never writes).
export function countArticleView(id: number): Promise<Result<{ views: number }>> {
  return apiPost(`${articlePath(id)}/views`, undefined, isViewCount);
}

function isViewCount(body: unknown): body is { views: number } {
  return typeof body === 'object' && body !== null && typeof (body as { views?: unknown }).views === 'number';
}

export function rateArticle(id: number, stars: number, comment: string): Promise<Result<RatingAnswer>> {
  return apiPost(`${articlePath(id)}/ratings`, comment ? { stars, comment } : { stars }, isRatingAnswer);
}

export function addArticleLink(id: number, kind: 'ticket' | 'application', targetId: number, used = false): Promise<Result<ArticleLink>> {
  return apiPost(`${articlePath(id)}/links`, used ? { kind, target_id: targetId, used } : { kind, target_id: targetId }, isArticleLink);
}

export function removeArticleLink(id: number, linkId: number): Promise<Result<undefined>> {
  return apiDelete(`${articlePath(id)}/links/${linkId}`);
}

export interface TransferInput {
  kind: string;
  held_on: string;
  title: string;
  audience: string;
  agency_ids?: number[];
  participants: number;
  sha256?: string;
  notes?: string;
}

export function addTransfer(id: number, input: TransferInput): Promise<Result<Transfer>> {
  return apiPost(`${articlePath(id)}/transfers`, input, isTransferRecord);
}

export function removeTransfer(id: number, transferId: number): Promise<Result<undefined>> {
  return apiDelete(`${articlePath(id)}/transfers/${transferId}`);
}

export function suggestArticles(text: string, applicationId: number | null, options?: RequestOptions): Promise<Result<{ items: Suggestion[] }>> {
  return apiGet(`${KNOWLEDGE_PATH}/suggestions${query({ text, application_id: applicationId, limit: 5 })}`, isSuggestionList, options);
}

// The region's review period: how many months after publishing (or a review) an article is due again.
export interface KnowledgeSettings {
  review_months: number;
  version: number;
}

const isSettings = (v: unknown): v is KnowledgeSettings =>
  typeof v === 'object' && v !== null && typeof (v as KnowledgeSettings).review_months === 'number' && typeof (v as KnowledgeSettings).version === 'number';

export function getKnowledgeSettings(options?: RequestOptions): Promise<Result<KnowledgeSettings>> {
  return apiGet(`${KNOWLEDGE_PATH}/settings`, isSettings, options);
}

export function updateKnowledgeSettings(reviewMonths: number, etag: string): Promise<Result<KnowledgeSettings>> {
  return apiPut(`${KNOWLEDGE_PATH}/settings`, { review_months: reviewMonths }, isSettings, { ifMatch: etag });
}
