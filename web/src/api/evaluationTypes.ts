// The shapes of the national SPBE evaluation's answers (docs/evaluation-contract.md):
// campaigns, the index, the trend, the team, external results, frameworks and the
// suggested levels, with small checks that an answer has that shape before the UI trusts
// it. Index values come as published text with a dot ("2.95"); the UI writes them in the
// reader's language (evaluationWords.ts). The indicator page's shapes are the other file's
// (evaluationIndicatorTypes.ts).
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const CAMPAIGN_KINDS = ['evaluation', 'monitoring'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_STATUSES = ['open', 'signed_off'] as const;
export const ASSESSOR_ROLES = ['coordinator', 'person_in_charge', 'data_entry', 'member'] as const;
export type AssessorRole = (typeof ASSESSOR_ROLES)[number];
// The roles only one person may hold.
export const SINGLE_SEAT_ROLES: readonly AssessorRole[] = ['coordinator', 'person_in_charge', 'data_entry'];
export const EXTERNAL_STAGES = ['document', 'interview', 'visit'] as const;
export type ExternalStage = (typeof EXTERNAL_STAGES)[number];

export interface Text {
  id: string;
  en: string;
}
export const isText = (v: unknown): v is Text => isObject(v) && isString(v.id) && isString(v.en);
const isOptionalString = (v: unknown) => v === undefined || isStringOrNull(v);
const isOptionalNumber = (v: unknown) => v === undefined || isNumberOrNull(v);

// A list the server answers bare or as {items: [...]} (the trend: {years}, the suggestions: {suggestions}).
export function itemsOf<T>(v: unknown, check: (item: unknown) => item is T): T[] | null {
  if (isArrayOf(v, check)) return v;
  if (isObject(v) && isArrayOf(v.items, check)) return v.items;
  if (isObject(v) && isArrayOf(v.years, check)) return v.years;
  if (isObject(v) && isArrayOf(v.suggestions, check)) return v.suggestions;
  return null;
}

// ---- The index -------------------------------------------------------------------------

export interface Overall {
  value: string; // "2.95"
  exact?: number;
  predicate: string;
}
const isOverall = (v: unknown): v is Overall => isObject(v) && isString(v.value) && isString(v.predicate);

export interface DomainValue {
  number: number;
  name: string;
  weight: string;
  value: string | null;
  answered: number;
  indicators: number;
}
const isDomainValue = (v: unknown): v is DomainValue =>
  isObject(v) && isNumber(v.number) && isString(v.name) && isStringOrNull(v.value) && isOptionalString(v.weight);

export interface AspectValue extends DomainValue {
  domain: number;
}
const isAspectValue = (v: unknown): v is AspectValue => isDomainValue(v) && isNumber((v as unknown as AspectValue).domain);

export interface IndexJson {
  overall: Overall | null;
  complete: boolean;
  answered: number;
  indicators: number;
  domains: DomainValue[];
  aspects: AspectValue[];
}
export const isIndexJson = (v: unknown): v is IndexJson =>
  isObject(v) &&
  (v.overall === null || isOverall(v.overall)) &&
  isBoolean(v.complete) &&
  isNumber(v.answered) &&
  isNumber(v.indicators) &&
  isArrayOf(v.domains, isDomainValue) &&
  isArrayOf(v.aspects, isAspectValue);

export interface Gap {
  indicator: number;
  level: number | null;
  target: number;
  gap: number;
}
export interface Difference {
  indicator: number;
  self: number | null;
  result: number;
  difference: number | null;
}

export interface CampaignIndex {
  self: IndexJson;
  result: IndexJson | null;
  weakest_aspects: number[]; // aspect numbers, weakest first
  gaps: Gap[];
  differences: Difference[];
}
export const isCampaignIndex = (v: unknown): v is CampaignIndex =>
  isObject(v) &&
  isIndexJson(v.self) &&
  (v.result === null || v.result === undefined || isIndexJson(v.result)) &&
  isArrayOf(v.weakest_aspects, isNumber) &&
  (v.gaps === undefined || Array.isArray(v.gaps)) &&
  (v.differences === undefined || Array.isArray(v.differences));

// ---- Campaigns -------------------------------------------------------------------------

// What a campaign's list entry and its page share.
interface CampaignBase {
  id: number;
  year: number;
  kind: string;
  framework_code: string;
  status: string;
  answered: number;
  indicators: number;
  verified: number;
  complete: boolean;
}
const isCampaignBase = (v: unknown): v is CampaignBase =>
  isObject(v) &&
  isNumber(v.id) &&
  isNumber(v.year) &&
  isString(v.kind) &&
  isString(v.framework_code) &&
  isString(v.status) &&
  isNumber(v.answered) &&
  isNumber(v.indicators) &&
  isNumber(v.verified);

// GET /campaigns: the self-assessment's index as published ("2.95") with its predicate.
export interface CampaignSummary extends CampaignBase {
  index: string | null;
  predicate: string | null;
}
export const isCampaignSummary = (v: unknown): v is CampaignSummary =>
  isCampaignBase(v) && isStringOrNull((v as unknown as CampaignSummary).index) && isOptionalString((v as unknown as CampaignSummary).predicate);

export interface Assessor {
  user_id: number;
  display_name: string;
  username: string;
  role: string;
  unit: string;
}
export const isAssessor = (v: unknown): v is Assessor =>
  isObject(v) && isNumber(v.user_id) && isString(v.display_name) && isString(v.role) && isOptionalString(v.unit);

export interface CampaignEvent {
  id: number;
  kind: string; // signed_off | reopened
  reason?: string; // reopened
  index?: string | null; // signed_off: the index as signed
  by: string;
  at: string;
}
export const isCampaignEvent = (v: unknown): v is CampaignEvent => isObject(v) && isString(v.kind) && isString(v.at);

// GET /campaigns/{id}: the stored fields, the team, the history and a summary of the index.
export interface Campaign extends CampaignBase {
  index: { overall: string | null; predicate: string | null; complete: boolean };
  target_level: number;
  target_index: string | null;
  decree_reference: string;
  created_by: string;
  created_at: string;
  version: number;
  framework_title?: string;
  index_name?: string;
  team: Assessor[];
  events: CampaignEvent[];
}
export const isCampaign = (v: unknown): v is Campaign =>
  isCampaignBase(v) &&
  isObject((v as unknown as Campaign).index) &&
  isNumber((v as unknown as Campaign).target_level) &&
  isArrayOf((v as unknown as Campaign).team, isAssessor) &&
  isArrayOf((v as unknown as Campaign).events, isCampaignEvent);

export interface CampaignInput {
  year: number;
  kind: string;
  framework_code?: string;
  target_level?: number;
  target_index?: string;
  decree_reference?: string;
}

// A refused sign-off (409) lists what is missing; read from the problem's extra members.
export interface MissingForSignOff {
  unanswered: number[];
  unverified: number[];
}

// ---- The indicators of a campaign ----------------------------------------------------

export interface ExternalLevels {
  document: number | null;
  interview: number | null;
  visit: number | null;
  result: number | null;
  difference: number | null;
}
const isExternalLevels = (v: unknown): v is ExternalLevels => isObject(v) && isOptionalNumber(v.result) && isOptionalNumber(v.difference);

export interface IndicatorRow {
  number: number;
  name: string;
  domain: { number: number; name: string };
  aspect: { number: number; name: string };
  scale: { key: string; name: string };
  weight: string;
  level: number | null;
  target: number;
  gap: number;
  verified: { by: string; at: string } | null;
  evidence_count: number;
  open_questions: number;
  external: ExternalLevels | null;
}
const isNumbered = (v: unknown): v is { number: number; name: string } => isObject(v) && isNumber(v.number) && isString(v.name);
export const isIndicatorRow = (v: unknown): v is IndicatorRow =>
  isObject(v) &&
  isNumber(v.number) &&
  isString(v.name) &&
  isNumbered(v.aspect) &&
  isNumbered(v.domain) &&
  isNumberOrNull(v.level) &&
  isNumber(v.target) &&
  (v.external === undefined || v.external === null || isExternalLevels(v.external));

// ---- The trend -------------------------------------------------------------------------

export interface TrendValue {
  value: string | null;
  predicate: string | null;
  source?: string; // official: self | result
}
export interface TrendYear {
  year: number;
  campaign_id: number;
  kind: string;
  status: string;
  framework_code: string;
  self: TrendValue | null;
  result: TrendValue | null;
  official: TrendValue | null;
}
const isTrendValue = (v: unknown): v is TrendValue => isObject(v) && isStringOrNull(v.value ?? null);
export const isTrendYear = (v: unknown): v is TrendYear =>
  isObject(v) &&
  isNumber(v.year) &&
  isNumber(v.campaign_id) &&
  (v.official === null || v.official === undefined || isTrendValue(v.official)) &&
  (v.self === null || v.self === undefined || isTrendValue(v.self));

// ---- External results ------------------------------------------------------------------

export interface StageEntry {
  level: number;
  note: string;
  entered_by: string;
  entered_at: string;
  version: number;
}
const isStageEntry = (v: unknown): v is StageEntry => isObject(v) && isNumber(v.level) && isNumber(v.version);
const isStageOrNull = (v: unknown) => v === null || isStageEntry(v);

export interface ExternalRow {
  number: number;
  name: string;
  self: number | null;
  document: StageEntry | null;
  interview: StageEntry | null;
  visit: StageEntry | null;
  result: number | null;
  difference: number | null;
}
const isExternalRow = (v: unknown): v is ExternalRow =>
  isObject(v) && isNumber(v.number) && isString(v.name) && isStageOrNull(v.document) && isStageOrNull(v.interview) && isStageOrNull(v.visit) && isNumberOrNull(v.result);

// GET …/external: per indicator its stages, result and difference; entry opens after a sign-off.
export interface ExternalOverview {
  campaign_id: number;
  entry_open: boolean;
  items: ExternalRow[];
}
export const isExternalOverview = (v: unknown): v is ExternalOverview => isObject(v) && isBoolean(v.entry_open) && isArrayOf(v.items, isExternalRow);

// ---- Frameworks ------------------------------------------------------------------------

export interface FrameworkSummary {
  code: string;
  title: string;
  citation: string;
  index_name: string;
  status: string; // in_force | draft
  builtin: boolean;
  domains: number;
  aspects: number;
  indicators: number;
}
export const isFrameworkSummary = (v: unknown): v is FrameworkSummary =>
  isObject(v) && isString(v.code) && isString(v.title) && isString(v.citation) && isBoolean(v.builtin) && isNumber(v.indicators);

export interface FrameworkLevel {
  value: number;
  name: string;
  criteria: string;
}
export interface FrameworkScale {
  key: string;
  name: string;
  levels: FrameworkLevel[];
}
export interface FrameworkBand {
  from: string; // "4.20"
  name: string;
}
export interface FrameworkIndicator {
  number: number;
  name: string;
  question?: string;
  scale: string;
  weight: string;
  criteria?: FrameworkLevel[];
  suggestion?: string;
  renamable?: boolean;
}
export interface FrameworkAspect {
  number: number;
  name: string;
  weight: string;
  indicators: FrameworkIndicator[];
}
export interface FrameworkDomain {
  number: number;
  name: string;
  weight: string;
  aspects: FrameworkAspect[];
}
export interface Framework {
  code: string;
  title: string;
  citation: string;
  index_name: string;
  status: string;
  effective_from?: string;
  builtin?: boolean;
  decimals?: number;
  default_target_level?: number;
  scales: FrameworkScale[];
  bands: FrameworkBand[];
  domains: FrameworkDomain[];
}
const isLevel = (v: unknown): v is FrameworkLevel => isObject(v) && isNumber(v.value) && isString(v.name);
const isScale = (v: unknown): v is FrameworkScale => isObject(v) && isString(v.key) && isString(v.name) && isArrayOf(v.levels, isLevel);
const isBand = (v: unknown): v is FrameworkBand => isObject(v) && isString(v.from) && isString(v.name);
const isFrameworkIndicator = (v: unknown): v is FrameworkIndicator => isObject(v) && isNumber(v.number) && isString(v.name) && isString(v.weight);
const isFrameworkAspect = (v: unknown): v is FrameworkAspect =>
  isObject(v) && isNumber(v.number) && isString(v.name) && isString(v.weight) && isArrayOf(v.indicators, isFrameworkIndicator);
const isFrameworkDomain = (v: unknown): v is FrameworkDomain =>
  isObject(v) && isNumber(v.number) && isString(v.name) && isString(v.weight) && isArrayOf(v.aspects, isFrameworkAspect);
export const isFramework = (v: unknown): v is Framework =>
  isObject(v) &&
  isString(v.code) &&
  isString(v.title) &&
  isArrayOf(v.scales, isScale) &&
  isArrayOf(v.bands, isBand) &&
  isArrayOf(v.domains, isFrameworkDomain);

// ---- Suggested levels ------------------------------------------------------------------

export interface SuggestionRecord {
  kind: string;
  id: string;
  title: string;
  href: string | null;
}
export interface Suggestion {
  indicator: number;
  indicator_name: string;
  rule: string;
  level: number;
  scale_level_name: string;
  reasons: Text[];
  records: SuggestionRecord[];
  record_counts: { kind: string; count: number }[];
  self_level: number | null;
  differs: boolean;
}
const isSuggestionRecord = (v: unknown): v is SuggestionRecord => isObject(v) && isString(v.kind) && isString(v.title);
export const isSuggestion = (v: unknown): v is Suggestion =>
  isObject(v) && isNumber(v.indicator) && isNumber(v.level) && isArrayOf(v.reasons, isText) && isArrayOf(v.records, isSuggestionRecord);
