// The shapes of one indicator of a self-assessment campaign as the evaluation API gives them
// (docs/evaluation-contract.md): the indicator with its levels and the answer, the evidence
// (data dukung) and the questions to agencies. The campaign, its indicator list and the
// suggestions are in evaluationTypes.ts. The guards check what the pages read.
import { isArrayOf, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';
import type { ExternalLevels } from './evaluationTypes';

export interface IndicatorLevel {
  value: number;
  name: string;
  criteria: string;
}

export interface NamedPart {
  number: number;
  name: string;
}

// GET/PUT …/campaigns/{id}/indicators/{no}: the indicator as the list shows it, with its levels’
// criteria and the answer's own record (who saved it last; version 0 while never answered).
export interface IndicatorDetail {
  number: number;
  name: string;
  question: string;
  domain: NamedPart;
  aspect: NamedPart;
  scale: { key: string; name: string };
  weight: string; // "1.30" (% of the index)
  levels: IndicatorLevel[];
  level: number | null;
  explanation: string;
  target: number;
  gap: number | null;
  verified: { by: string; at: string } | null;
  version: number; // of the answer; 0: never answered
  answer: { updated_by: string | null; updated_at: string | null };
  external: ExternalLevels | null; // the external stages' levels (after sign-off)
}

export interface Evidence {
  id: number;
  indicator_no: number;
  kind: string; // file | record | url
  title: string;
  file: { sha256: string; name: string; href: string } | null;
  record: { kind: string; id: string; title: string; href: string } | null;
  url: string | null;
  agency: { id: number; short_name: string } | null;
  question_id: number | null;
  note: string;
  added_by: string;
  added_at: string;
}

export interface EvidenceInput {
  kind: 'file' | 'record' | 'url';
  title?: string; // none: the server names it (the file's name, the record's title, the address)
  file_sha256?: string;
  record_kind?: string;
  record_id?: string;
  url?: string;
  agency_id?: number;
  question_id?: number;
  note?: string;
}

export interface Question {
  id: number;
  campaign_id: number;
  campaign_year?: number;
  indicator_no: number;
  indicator_name: string;
  agency: { id: number; short_name: string; name: string };
  question: string;
  due_on: string | null;
  asked_by: string;
  asked_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  evidence_count: number;
  version: number;
}

export interface QuestionInput {
  agency_id: number;
  question: string;
  due_on?: string;
}

export interface RecordKindOption {
  kind: string;
  label_id: string;
  label_en: string;
}

const isNamedPart = (v: unknown): v is NamedPart => isObject(v) && isNumber(v.number) && isString(v.name);

const isLevel = (v: unknown): v is IndicatorLevel => isObject(v) && isNumber(v.value) && isString(v.name) && isString(v.criteria);

const isVerified = (v: unknown) => v === null || (isObject(v) && isString(v.by) && isString(v.at));

export const isIndicatorDetail = (v: unknown): v is IndicatorDetail =>
  isObject(v) &&
  isNumber(v.number) &&
  isString(v.name) &&
  isNamedPart(v.domain) &&
  isNamedPart(v.aspect) &&
  isObject(v.scale) &&
  isString(v.scale.name) &&
  isString(v.weight) &&
  isArrayOf(v.levels, isLevel) &&
  isNumberOrNull(v.level) &&
  isString(v.explanation) &&
  isNumber(v.target) &&
  isNumberOrNull(v.gap) &&
  isVerified(v.verified) &&
  isNumber(v.version) &&
  isObject(v.answer);

// Whether any external stage has been entered for the indicator.
export const hasExternal = (d: IndicatorDetail): boolean => !!d.external && (d.external.document !== null || d.external.interview !== null || d.external.visit !== null);

const isAgencyRef = (v: unknown): v is { id: number; short_name: string } => isObject(v) && isNumber(v.id) && isString(v.short_name);

export function isEvidence(v: unknown): v is Evidence {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.kind) &&
    isString(v.title) &&
    (v.file === null || v.file === undefined || (isObject(v.file) && isString(v.file.href))) &&
    (v.record === null || v.record === undefined || (isObject(v.record) && isString(v.record.kind) && isString(v.record.href))) &&
    (v.url === null || v.url === undefined || isString(v.url)) &&
    (v.agency === null || v.agency === undefined || isAgencyRef(v.agency)) &&
    isString(v.added_by)
  );
}

export const isEvidenceList = (v: unknown): v is { items: Evidence[] } => isObject(v) && isArrayOf(v.items, isEvidence);

export function isQuestion(v: unknown): v is Question {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.campaign_id) &&
    isNumber(v.indicator_no) &&
    isObject(v.agency) &&
    isNumber(v.agency.id) &&
    isString(v.question) &&
    isStringOrNull(v.due_on ?? null) &&
    isStringOrNull(v.answer ?? null) &&
    isNumber(v.version)
  );
}

export const isQuestionList = (v: unknown): v is { items: Question[] } => isObject(v) && isArrayOf(v.items, isQuestion);

const isRecordKind = (v: unknown): v is RecordKindOption => isObject(v) && isString(v.kind) && isString(v.label_id) && isString(v.label_en);
export const isRecordKindList = (v: unknown): v is { items: RecordKindOption[] } => isObject(v) && isArrayOf(v.items, isRecordKind);
