// Shapes of the knowledge base answers (Manajemen Pengetahuan, docs/management-processes-contract.md
// "Knowledge management") and checks that an answer really has them. The checks look at what
// the pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const ARTICLE_KINDS = ['how_to', 'known_error', 'faq', 'lesson_learned', 'technology_transfer'] as const;
// The processes of Madiun Pasal 37 ayat (2): pengumpulan, pengolahan, penyimpanan, then out of the base.
export const ARTICLE_STATUSES = ['collected', 'processed', 'published', 'archived'] as const;
export const ARTICLE_ACTIONS = ['submit_for_review', 'publish', 'review', 'return_to_draft', 'archive', 'restore'] as const;
export const TRANSFER_KINDS = ['session', 'handover'] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

export interface Wording {
  id: string;
  en: string;
}

export interface Someone {
  id: number;
  display_name: string;
}

export interface ArticleUsage {
  views: number;
  uses: number;
  rating_average: number | null;
  rating_count: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  summary: string;
  kind: string;
  status: string;
  agency: { id: number; name: string; short_name: string };
  owner: Someone | null;
  keywords: string[];
  revision: number;
  published_at: string | null;
  review_due_on: string | null;
  review_due: boolean;
  usage: ArticleUsage;
  updated_at: string;
  version: number;
  rank?: number;
  snippet?: string;
}

export interface ArticleLink {
  id: number;
  kind: string; // ticket | application
  target: { id: number; label: string };
  used: boolean;
  created_at: string;
  created_by: Someone | null;
}

export interface Transfer {
  id: number;
  kind: string;
  held_on: string;
  title: string;
  audience: string;
  agencies: Array<{ id: number; short_name: string }>;
  participants: number;
  notes?: string | null;
  file: { sha256: string; name: string; media_type: string; size_bytes: number } | null;
  created_at: string;
}

export interface ArticleEvent {
  at: string;
  actor: Someone | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
}

export interface RevisionLine {
  revision: number;
  published_at: string;
  published_by: Someone | null;
  title: string;
}

export interface Obligation {
  article: string;
  text: string;
  citation: string;
}

export interface Article extends ArticleSummary {
  body: string;
  symptom: string | null;
  cause: string | null;
  workaround: string | null;
  last_reviewed_at: string | null;
  my_rating: { stars: number; comment: string | null } | null;
  links: ArticleLink[];
  transfers: Transfer[];
  revisions: RevisionLine[];
  events: ArticleEvent[];
  allowed_actions: string[];
  obligation: Obligation | null;
  created_at: string;
}

export interface ArticleList {
  items: ArticleSummary[];
  next_cursor: string | null;
}

export interface Suggestion {
  id: number;
  title: string;
  summary: string;
  kind: string;
  agency: { id: number; short_name: string };
  rating: { average: number | null; count: number };
  uses: number;
  linked_to_application: boolean;
  matched: string[];
  why: Wording | null;
}

export interface RatingAnswer {
  rating: { average: number | null; count: number };
  my_rating: { stars: number; comment: string | null } | null;
}

const isSomeoneOrNull = (v: unknown): v is Someone | null => v === null || v === undefined || (isObject(v) && isNumber(v.id) && isString(v.display_name));
const isUsage = (v: unknown): v is ArticleUsage =>
  isObject(v) && isNumber(v.views) && isNumber(v.uses) && isNumberOrNull(v.rating_average ?? null) && isNumber(v.rating_count);
const isAgencyRef = (v: unknown): v is { id: number; short_name: string } => isObject(v) && isNumber(v.id) && isString(v.short_name);

export function isArticleSummary(v: unknown): v is ArticleSummary {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.title) &&
    isString(v.summary) &&
    isString(v.kind) &&
    isString(v.status) &&
    isAgencyRef(v.agency) &&
    isString((v.agency as Record<string, unknown>).name) &&
    isSomeoneOrNull(v.owner) &&
    isArrayOf(v.keywords, isString) &&
    isStringOrNull(v.review_due_on ?? null) &&
    isBoolean(v.review_due) &&
    isUsage(v.usage) &&
    isNumber(v.version)
  );
}

const isLink = (v: unknown): v is ArticleLink =>
  isObject(v) && isNumber(v.id) && isString(v.kind) && isObject(v.target) && isNumber(v.target.id) && isString(v.target.label) && isBoolean(v.used);
const isTransfer = (v: unknown): v is Transfer =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.kind) &&
  isString(v.held_on) &&
  isString(v.title) &&
  isString(v.audience) &&
  isArrayOf(v.agencies, isAgencyRef) &&
  isNumber(v.participants) &&
  (v.file === null || v.file === undefined || (isObject(v.file) && isString(v.file.sha256) && isString(v.file.name)));
const isEvent = (v: unknown): v is ArticleEvent => isObject(v) && isString(v.at) && isString(v.action) && isSomeoneOrNull(v.actor);
const isRevisionLine = (v: unknown): v is RevisionLine => isObject(v) && isNumber(v.revision) && isString(v.title);

export function isArticle(v: unknown): v is Article {
  return (
    isArticleSummary(v) &&
    isObject(v) &&
    isString(v.body) &&
    isStringOrNull(v.symptom ?? null) &&
    isStringOrNull(v.cause ?? null) &&
    isStringOrNull(v.workaround ?? null) &&
    (v.my_rating === null || v.my_rating === undefined || (isObject(v.my_rating) && isNumber(v.my_rating.stars))) &&
    isArrayOf(v.links, isLink) &&
    isArrayOf(v.transfers, isTransfer) &&
    isArrayOf(v.revisions ?? [], isRevisionLine) &&
    isArrayOf(v.events ?? [], isEvent) &&
    isArrayOf(v.allowed_actions, isString)
  );
}

export function isArticleList(v: unknown): v is ArticleList {
  return isObject(v) && isArrayOf(v.items, isArticleSummary) && (v.next_cursor === null || v.next_cursor === undefined || isString(v.next_cursor));
}

const isSuggestion = (v: unknown): v is Suggestion =>
  isObject(v) &&
  isNumber(v.id) &&
  isString(v.title) &&
  isString(v.summary) &&
  isString(v.kind) &&
  isAgencyRef(v.agency) &&
  isObject(v.rating) &&
  isNumber(v.rating.count) &&
  isArrayOf(v.matched ?? [], isString);

export function isSuggestionList(v: unknown): v is { items: Suggestion[] } {
  return isObject(v) && isArrayOf(v.items, isSuggestion);
}

export function isRatingAnswer(v: unknown): v is RatingAnswer {
  return isObject(v) && isObject(v.rating) && isNumber(v.rating.count) && isNumberOrNull(v.rating.average ?? null);
}

export const isArticleLink = isLink;
export const isTransferRecord = isTransfer;
