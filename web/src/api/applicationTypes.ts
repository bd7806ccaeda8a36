// Shapes of the application registry's answers (Aplikasi SPBE,
// docs/registries-contract.md "Applications") and checks that an answer really has
// them. The checks look at what the pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isObject, isString, isStringOrNull } from './checks';
import { isStoredFile, type StoredFile } from './files';

export const APPLICATION_CATEGORIES = ['common', 'shared_special', 'agency_special'] as const;
export const LIFECYCLE_STAGES = ['planned', 'in_development', 'in_testing', 'in_production', 'retired'] as const;
export const LICENCE_KINDS = ['open_source', 'proprietary', 'other'] as const;
export const TEST_RESULTS = ['passed', 'failed'] as const;

export interface Wording {
  id: string;
  en: string;
}

export interface Application {
  id: number;
  owner_agency_id: number;
  agency_name: string;
  agency_short_name: string;
  code: string;
  name: string;
  description: string;
  category: string;
  category_label: Wording;
  user_agency_ids: number[];
  user_groups: string;
  lifecycle: string;
  allowed_moves: string[];
  development_round: number;
  lifecycle_reason: string | null;
  lifecycle_changed_by: string | null;
  lifecycle_changed_at: string | null;
  licence_kind: string;
  licence_name: string;
  repository_location: string;
  runs_at: string;
  copyright_owner: string;
  gcio_approval_required: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Citation {
  obligation_id: string;
  article: string;
  text: string;
  regulation: string;
}

export interface ApplicationDocument {
  id: number;
  kind: string;
  kind_label: Wording;
  file_sha256: string;
  file: StoredFile | null;
  current: boolean;
  uploaded_by: string;
  uploaded_at: string;
}

export interface RequiredDocument {
  kind: string;
  label: Wording;
  citations: Citation[];
  current: ApplicationDocument | null;
}

export interface ApplicationDocuments {
  required: RequiredDocument[];
  items: ApplicationDocument[];
}

export interface ApplicationTest {
  id: number;
  tested_on: string;
  result: string;
  summary: string;
  report_sha256: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface ApplicationTests {
  items: ApplicationTest[];
  latest: ApplicationTest | null;
}

export interface Gap {
  item: string; // document | passing_test | gcio_approval
  document_kind: string | null;
  message: Wording;
  citations: Citation[];
}

export interface Readiness {
  ready: boolean;
  lifecycle: string;
  gaps: Gap[];
}

export interface GcioDecision {
  id: number;
  decision: string;
  note: string;
  decided_by: string;
  decided_at: string;
}

const isWording = (v: unknown): v is Wording => isObject(v) && isString(v.id) && isString(v.en);

export function isApplication(v: unknown): v is Application {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.owner_agency_id) &&
    isString(v.code) &&
    isString(v.name) &&
    isString(v.category) &&
    isWording(v.category_label) &&
    isString(v.lifecycle) &&
    isArrayOf(v.allowed_moves, isString) &&
    isArrayOf(v.user_agency_ids, isNumber) &&
    isString(v.licence_kind) &&
    isString(v.copyright_owner) &&
    isBoolean(v.gcio_approval_required) &&
    isNumber(v.version)
  );
}

export const isCitation = (v: unknown): v is Citation => isObject(v) && isString(v.article) && isString(v.text) && isString(v.regulation);

export function isApplicationDocument(v: unknown): v is ApplicationDocument {
  return isObject(v) && isNumber(v.id) && isString(v.kind) && isString(v.file_sha256) && (v.file === null || isStoredFile(v.file)) && isBoolean(v.current);
}

export function isApplicationDocuments(v: unknown): v is ApplicationDocuments {
  return (
    isObject(v) &&
    isArrayOf(v.items, isApplicationDocument) &&
    isArrayOf(
      v.required,
      (r: unknown): r is RequiredDocument =>
        isObject(r) && isString(r.kind) && isWording(r.label) && isArrayOf(r.citations, isCitation) && (r.current === null || isApplicationDocument(r.current)),
    )
  );
}

export function isApplicationTest(v: unknown): v is ApplicationTest {
  return isObject(v) && isNumber(v.id) && isString(v.tested_on) && isString(v.result) && isString(v.summary) && isStringOrNull(v.report_sha256 ?? null);
}

export const isApplicationTests = (v: unknown): v is ApplicationTests =>
  isObject(v) && isArrayOf(v.items, isApplicationTest) && (v.latest === null || isApplicationTest(v.latest));

export const isGap = (v: unknown): v is Gap => isObject(v) && isString(v.item) && isWording(v.message) && isArrayOf(v.citations, isCitation);

export const isReadiness = (v: unknown): v is Readiness => isObject(v) && isBoolean(v.ready) && isArrayOf(v.gaps, isGap);

export const isGcioDecision = (v: unknown): v is GcioDecision => isObject(v) && isNumber(v.id) && isString(v.decision);
