// Shapes of the competency answers (Kompetensi SDM, docs/management-processes-contract.md
// "Competency management") and checks that an answer really has them. The checks look at
// what the pages use and let further members through.
import { isArrayOf, isPageOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const COMPETENCY_KINDS = ['basic_ict', 'ict_operation', 'technical', 'managerial', 'functional'] as const;
export const LEVELS = ['basic', 'intermediate', 'advanced'] as const;
export const APPLIES_TO = ['each_employee', 'every_agency', 'agencies_with_services', 'agencies_running_own_services'] as const;
export const ITEM_STATUSES = ['planned', 'done', 'cancelled'] as const;
export const QUARTERS = [1, 2, 3, 4] as const;

// A text the server gives in both languages.
export interface Bilingual {
  id: string;
  en: string;
}

export interface Competency {
  id: number;
  code: string;
  name: string;
  kind: string;
  description: string;
  version: number;
}

export interface Requirement {
  key: string;
  source: string; // profile | policy
  id: number | null;
  applies_to: string;
  competency_kind: string | null;
  competency_id: number | null;
  competency_name: string | null;
  pranata_komputer: boolean;
  min_people: number;
  article: string | null;
  citation: string;
  text: Bilingual | string | null; // the profile's article text in both languages; a policy's note as typed
  version: number | null;
}

export interface PersonRef {
  person_id: number;
  nip: string | null;
  name: string;
}

export interface HeldCompetency {
  id: number;
  person_id: number;
  competency_id: number;
  competency_code: string;
  competency_name: string;
  competency_kind: string;
  level: string;
  acquired_on: string;
  evidence: string;
  training_id: number | null;
  certificate_id: number | null;
  note: string;
  version: number;
}

export interface Certificate {
  id: number;
  person_id: number;
  name: string;
  issuer: string;
  number: string | null;
  issued_on: string;
  expires_on: string | null;
  competency_id: number | null;
  file_sha256: string | null;
  expiry: string; // valid | expiring | expired | no_expiry
  days_to_expiry: number | null;
  version: number;
}

export interface Training {
  id: number;
  person_id: number;
  title: string;
  organiser: string;
  starts_on: string;
  ends_on: string;
  hours: number;
  competency_id: number | null;
  certificate_file_sha256: string | null;
  version: number;
}

export interface StaffRecord {
  person: { id: number; nip: string | null; name: string; agency_id: number; agency_name: string };
  pranata_komputer: boolean;
  has_basic_ict: boolean;
  competencies: HeldCompetency[];
  certificates: Certificate[];
  trainings: Training[];
}

export interface StaffRow {
  person_id: number;
  nip: string | null;
  name: string;
  agency_id: number;
  agency_name: string;
  pranata_komputer: boolean;
  has_basic_ict: boolean;
  competencies: number;
  certificates_expiring: number;
  certificates_expired: number;
}


export interface AgencyGapRow {
  agency_id: number;
  agency_name: string;
  employees: number;
  with_basic_ict: number;
  without_basic_ict: number;
  basic_ict_share: number | null;
  has_services: boolean;
  runs_own_services: boolean;
  pranata_komputer: number;
  ict_operation_staff: number;
  unmet_requirements: number;
  certificates_expired: number;
  certificates_expiring: number;
}

export interface RegionGaps {
  as_of: string;
  expiry_window_days: number;
  totals: {
    agencies: number;
    employees: number;
    with_basic_ict: number;
    basic_ict_share: number | null;
    agencies_with_gaps: number;
    unmet_requirements: number;
    certificates_expired: number;
    certificates_expiring: number;
  };
  requirements: Requirement[];
  agencies: AgencyGapRow[];
}

export interface RequirementState {
  requirement: Requirement;
  applies: boolean;
  met: boolean;
  have: number;
  need: number;
  missing_people: PersonRef[];
  message: Bilingual | null;
}

export interface ExpiringCertificate {
  certificate_id: number;
  person_id: number;
  person_name: string;
  name: string;
  expires_on: string | null;
  expiry: string;
  days_to_expiry: number | null;
}

export interface AgencyGaps {
  as_of: string;
  expiry_window_days: number;
  agency_id: number;
  agency_name: string;
  employees: number;
  with_basic_ict: number;
  basic_ict_share: number | null;
  has_services: boolean;
  runs_own_services: boolean;
  pranata_komputer: number;
  ict_operation_staff: number;
  without_basic_ict: PersonRef[];
  requirements: RequirementState[];
  certificates: ExpiringCertificate[];
}

export interface PlanItem {
  id: number;
  competency_id: number;
  competency_name: string;
  competency_kind: string;
  title: string;
  target_person_ids: number[];
  target_count: number;
  quarter: number;
  budget_rupiah: number;
  status: string;
  training_ids: number[];
}

export interface Plan {
  id: number;
  agency_id: number;
  agency_name: string;
  year: number;
  title: string;
  version: number;
  items: PlanItem[];
  budget_rupiah_total: number;
  coverage: { without_basic_ict: number; targeted: PersonRef[]; not_targeted: PersonRef[] };
}

export interface PlanSummary {
  id: number;
  agency_id: number;
  year: number;
  title: string;
  version: number;
}

const isBilingual = (v: unknown): v is Bilingual => isObject(v) && isString(v.id) && isString(v.en);
const isPersonRef = (v: unknown): v is PersonRef => isObject(v) && isNumber(v.person_id) && isStringOrNull(v.nip ?? null) && isString(v.name);

export const isCompetency = (v: unknown): v is Competency =>
  isObject(v) && isNumber(v.id) && isString(v.code) && isString(v.name) && isString(v.kind) && isString(v.description ?? '') && isNumber(v.version);

export const isCatalogue = (v: unknown): v is { items: Competency[] } => isObject(v) && isArrayOf(v.items, isCompetency);

export const isRequirement = (v: unknown): v is Requirement =>
  isObject(v) &&
  isString(v.key) &&
  isString(v.source) &&
  isNumberOrNull(v.id ?? null) &&
  isString(v.applies_to) &&
  isBoolean(v.pranata_komputer) &&
  isNumber(v.min_people) &&
  isString(v.citation) &&
  (v.text === null || v.text === undefined || isString(v.text) || isBilingual(v.text));

export const isRequirementList = (v: unknown): v is { items: Requirement[] } => isObject(v) && isArrayOf(v.items, isRequirement);

export const isHeldCompetency = (v: unknown): v is HeldCompetency =>
  isObject(v) && isNumber(v.id) && isNumber(v.competency_id) && isString(v.competency_name) && isString(v.level) && isString(v.acquired_on) && isNumber(v.version);

export const isCertificate = (v: unknown): v is Certificate =>
  isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.issuer) && isString(v.issued_on) && isStringOrNull(v.expires_on) && isString(v.expiry) && isNumber(v.version);

export const isTraining = (v: unknown): v is Training =>
  isObject(v) && isNumber(v.id) && isString(v.title) && isString(v.organiser) && isString(v.starts_on) && isString(v.ends_on) && isNumber(v.hours) && isNumber(v.version);

export const isStaffRecord = (v: unknown): v is StaffRecord =>
  isObject(v) &&
  isObject(v.person) &&
  isNumber(v.person.id) &&
  isString(v.person.name) &&
  isBoolean(v.pranata_komputer) &&
  isBoolean(v.has_basic_ict) &&
  isArrayOf(v.competencies, isHeldCompetency) &&
  isArrayOf(v.certificates, isCertificate) &&
  isArrayOf(v.trainings, isTraining);

const isStaffRow = (v: unknown): v is StaffRow =>
  isObject(v) && isNumber(v.person_id) && isString(v.name) && isBoolean(v.pranata_komputer) && isBoolean(v.has_basic_ict) && isNumber(v.competencies);

export const isStaffPage = (v: unknown): v is { items: StaffRow[]; next_cursor: string | null } => isPageOf(v, isStaffRow);

const isAgencyGapRow = (v: unknown): v is AgencyGapRow =>
  isObject(v) && isNumber(v.agency_id) && isString(v.agency_name) && isNumber(v.employees) && isNumber(v.without_basic_ict) && isNumber(v.unmet_requirements);

export const isRegionGaps = (v: unknown): v is RegionGaps =>
  isObject(v) && isString(v.as_of) && isObject(v.totals) && isNumber(v.totals.employees) && isArrayOf(v.requirements, isRequirement) && isArrayOf(v.agencies, isAgencyGapRow);

const isRequirementState = (v: unknown): v is RequirementState =>
  isObject(v) && isRequirement(v.requirement) && isBoolean(v.applies) && isBoolean(v.met) && isNumber(v.have) && isNumber(v.need) && isArrayOf(v.missing_people ?? [], isPersonRef);

const isExpiringCertificate = (v: unknown): v is ExpiringCertificate =>
  isObject(v) && isNumber(v.certificate_id) && isNumber(v.person_id) && isString(v.person_name) && isString(v.name) && isString(v.expiry);

export const isAgencyGaps = (v: unknown): v is AgencyGaps =>
  isObject(v) &&
  isNumber(v.agency_id) &&
  isString(v.agency_name) &&
  isNumber(v.employees) &&
  isArrayOf(v.without_basic_ict, isPersonRef) &&
  isArrayOf(v.requirements, isRequirementState) &&
  isArrayOf(v.certificates, isExpiringCertificate);

const isPlanItem = (v: unknown): v is PlanItem =>
  isObject(v) && isNumber(v.id) && isNumber(v.competency_id) && isString(v.title) && isArrayOf(v.target_person_ids, isNumber) && isNumber(v.quarter) && isString(v.status) && isArrayOf(v.training_ids, isNumber);

export const isPlan = (v: unknown): v is Plan =>
  isObject(v) &&
  isNumber(v.id) &&
  isNumber(v.agency_id) &&
  isNumber(v.year) &&
  isString(v.title) &&
  isNumber(v.version) &&
  isArrayOf(v.items, isPlanItem) &&
  isObject(v.coverage) &&
  isArrayOf(v.coverage.targeted, isPersonRef) &&
  isArrayOf(v.coverage.not_targeted, isPersonRef);

const isPlanSummary = (v: unknown): v is PlanSummary => isObject(v) && isNumber(v.id) && isNumber(v.agency_id) && isNumber(v.year) && isNumber(v.version);

export const isPlanList = (v: unknown): v is { items: PlanSummary[] } => isObject(v) && isArrayOf(v.items, isPlanSummary);
