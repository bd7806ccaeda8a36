// Shapes of the organisation answers (docs/organisation-contract.md): the region
// with its regulation's words, agencies, positions, people, bodies, the PD
// Mandiri TIK workflow and the regulation profiles, with checks that an answer
// really has that shape before the UI trusts it. The checks look at what the
// pages use and let further members through, so the server may add to them.
import { isBoolean, isNumber, isNumberOrNull, isObject, isPageOf, isString, isStringOrNull } from './checks';
import { isAgency, type Agency } from './identityTypes';
import { isRegion, type Page, type Region } from './types';

// A word in both languages, e.g. {id: 'Wali Kota', en: 'Mayor'}.
export interface TermText {
  id: string;
  en: string;
}

// The regulation's own words by term key (docs/profiles.md): tier1, ict_office …
export type Terms = Record<string, TermText>;

export interface Citation {
  title: string;
  short: string;
}

// GET /api/v1/region: the signed-in user's region with its regulation's words.
export interface RegionDetail extends Region {
  citation: Citation | null;
  terms: Terms;
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface AgencyHead {
  position_id: number;
  title: string;
  person: NamedRef | null;
}

export const AGENCY_ROLES = ['ict_office', 'planning_office', 'organization_bureau'] as const;

export const AGENCY_KINDS = [
  'sekretariat',
  'dinas',
  'badan',
  'bagian',
  'inspektorat',
  'kecamatan',
  'kelurahan',
  'satuan',
  'rumah_sakit',
  'kantor',
  'lainnya',
] as const;

// An agency (Perangkat Daerah) with everything the organisation pages show.
export interface OrgAgency extends Agency {
  kind: string;
  parent_agency_id: number | null;
  roles: string[];
  head: AgencyHead | null;
  ict_self_sufficient: boolean;
  ict_self_sufficient_decree: string | null;
  ict_self_sufficient_since: string | null;
  may_do_itself: string[];
  people_count: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CommitteeMember {
  id: number;
  role: string;
  position_id: number | null;
  position_title: string | null;
  holder: NamedRef | null;
  selector: string | null;
}

export interface Committee {
  id: number;
  key: string;
  kind: string;
  name: string;
  article: string;
  formed_by: string | null;
  parent_committee_id: number | null;
  decree_number: string | null;
  decree_date: string | null;
  members: CommitteeMember[];
  version: number;
}

export interface Coordinator {
  domain: string;
  agency_id: number;
  article: string | null;
}

export interface Gcio {
  position_id: number;
  title: string;
  holder: NamedRef | null;
  article: string | null;
}

export interface Criterion {
  key: string;
  article: string;
  text: string;
}

// The region's PD Mandiri TIK rule (Perwali Madiun 39/2021 Pasal 45).
export interface SelfSufficiencyRule {
  article: string;
  decree: string;
  criteria: Criterion[];
  grants: string[];
  decided_by: { body: string; body_name?: string; role: string; title: string };
}

// GET /api/v1/organisation: the organisation page in one answer.
export interface Organisation {
  region: RegionDetail;
  agencies: OrgAgency[];
  committees: Committee[];
  architecture_coordinators: Coordinator[];
  gcio: Gcio | null;
  self_sufficiency: SelfSufficiencyRule | null;
}

export const SPBE_ROLES = ['tier1', 'tier2', 'data_steward', 'ict_staff', 'pranata_komputer', 'csirt'] as const;

export interface Person {
  id: number;
  agency_id: number | null;
  nip: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  spbe_roles: string[];
  user_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Position {
  id: number;
  agency_id: number | null;
  key: string | null;
  title: string;
  is_head: boolean;
  holder: { id: number; name?: string; nip?: string | null } | null;
  version: number;
}

export interface CriterionJudgement extends Criterion {
  met: boolean;
  note: string;
}

export type AssessmentStatus = 'assessed' | 'proposed' | 'granted' | 'refused' | 'withdrawn';

export interface Assessment {
  id: number;
  agency_id: number;
  agency_name: string;
  status: string; // an AssessmentStatus; kept open so a new status does not break the UI
  criteria: CriterionJudgement[];
  note: string;
  assessed_by: string;
  assessed_at: string;
  proposed_by: string | null;
  proposed_at: string | null;
  decision: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decree_number: string | null;
  decree_date: string | null;
  decision_note: string | null;
  version: number;
  updated_at: string;
}

// A rule of an obligation: its kind and that kind's fields (docs/profiles.md).
export interface ObligationRule {
  kind: string;
  [field: string]: unknown;
}

export interface Obligation {
  id: string;
  article: string;
  text: string;
  binds: string;
  when: string | null;
  rule: ObligationRule;
}

// GET /api/v1/profiles/{name}: the parts of a profile the UI shows.
export interface ProfileDetail {
  name: string;
  citation: Citation;
  terms: Terms;
  obligations: Obligation[];
}

const isTermText = (v: unknown): v is TermText => isObject(v) && isString(v.id) && isString(v.en);

export const isTerms = (v: unknown): v is Terms => isObject(v) && Object.values(v).every(isTermText);

const isCitation = (v: unknown): v is Citation => isObject(v) && isString(v.title) && isString(v.short);

const isNamedRef = (v: unknown): v is NamedRef => isObject(v) && isNumber(v.id) && isString(v.name);

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

export function isRegionDetail(v: unknown): v is RegionDetail {
  return isRegion(v) && isObject(v) && (v.citation === null || isCitation(v.citation)) && isTerms(v.terms);
}

export function isOrgAgency(v: unknown): v is OrgAgency {
  return (
    isAgency(v) &&
    isObject(v) &&
    isString(v.kind) &&
    isNumberOrNull(v.parent_agency_id) &&
    isStringList(v.roles) &&
    (v.head === null ||
      (isObject(v.head) && isNumber(v.head.position_id) && isString(v.head.title) && (v.head.person === null || isNamedRef(v.head.person)))) &&
    isBoolean(v.ict_self_sufficient) &&
    isStringOrNull(v.ict_self_sufficient_decree) &&
    isStringOrNull(v.ict_self_sufficient_since) &&
    isStringList(v.may_do_itself) &&
    isNumber(v.people_count) &&
    isNumber(v.version)
  );
}

function isMember(v: unknown): v is CommitteeMember {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.role) &&
    isNumberOrNull(v.position_id) &&
    isStringOrNull(v.position_title) &&
    (v.holder === null || isNamedRef(v.holder)) &&
    isStringOrNull(v.selector)
  );
}

export function isCommittee(v: unknown): v is Committee {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isString(v.key) &&
    isString(v.kind) &&
    isString(v.name) &&
    isString(v.article) &&
    (v.formed_by === undefined || isStringOrNull(v.formed_by)) &&
    isNumberOrNull(v.parent_committee_id) &&
    isStringOrNull(v.decree_number) &&
    isStringOrNull(v.decree_date) &&
    Array.isArray(v.members) &&
    v.members.every(isMember)
  );
}

const isCoordinator = (v: unknown): v is Coordinator =>
  isObject(v) && isString(v.domain) && isNumber(v.agency_id) && isStringOrNull(v.article);

const isGcio = (v: unknown): v is Gcio =>
  isObject(v) && isNumber(v.position_id) && isString(v.title) && (v.holder === null || isNamedRef(v.holder)) && isStringOrNull(v.article);

const isCriterion = (v: unknown): v is Criterion => isObject(v) && isString(v.key) && isString(v.article) && isString(v.text);

function isSelfSufficiencyRule(v: unknown): v is SelfSufficiencyRule {
  return (
    isObject(v) &&
    isString(v.article) &&
    isString(v.decree) &&
    Array.isArray(v.criteria) &&
    v.criteria.every(isCriterion) &&
    isStringList(v.grants) &&
    isObject(v.decided_by) &&
    isString(v.decided_by.body) &&
    isString(v.decided_by.role) &&
    isString(v.decided_by.title)
  );
}

export function isOrganisation(v: unknown): v is Organisation {
  return (
    isObject(v) &&
    isRegionDetail(v.region) &&
    Array.isArray(v.agencies) &&
    v.agencies.every(isOrgAgency) &&
    Array.isArray(v.committees) &&
    v.committees.every(isCommittee) &&
    Array.isArray(v.architecture_coordinators) &&
    v.architecture_coordinators.every(isCoordinator) &&
    (v.gcio === null || isGcio(v.gcio)) &&
    (v.self_sufficiency === null || isSelfSufficiencyRule(v.self_sufficiency))
  );
}

export function isPerson(v: unknown): v is Person {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumberOrNull(v.agency_id) &&
    isStringOrNull(v.nip) &&
    isString(v.name) &&
    isStringOrNull(v.email) &&
    isStringOrNull(v.phone) &&
    isStringList(v.spbe_roles) &&
    isNumberOrNull(v.user_id) &&
    isNumber(v.version)
  );
}

export const isPersonPage = (v: unknown): v is Page<Person> => isPageOf(v, isPerson);

export function isPosition(v: unknown): v is Position {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumberOrNull(v.agency_id) &&
    isString(v.title) &&
    isBoolean(v.is_head) &&
    (v.holder === null || (isObject(v.holder) && isNumber(v.holder.id))) &&
    isNumber(v.version)
  );
}

export const isPositionList = (v: unknown): v is { items: Position[] } =>
  isObject(v) && Array.isArray(v.items) && v.items.every(isPosition);

function isJudgement(v: unknown): v is CriterionJudgement {
  return isObject(v) && isString(v.key) && isBoolean(v.met) && (v.note === undefined || isStringOrNull(v.note));
}

export function isAssessment(v: unknown): v is Assessment {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.agency_id) &&
    isString(v.agency_name) &&
    isString(v.status) &&
    Array.isArray(v.criteria) &&
    v.criteria.every(isJudgement) &&
    isString(v.assessed_at) &&
    isStringOrNull(v.proposed_at) &&
    isStringOrNull(v.decided_at) &&
    isStringOrNull(v.decree_number) &&
    isStringOrNull(v.decree_date) &&
    isStringOrNull(v.decision_note) &&
    isNumber(v.version)
  );
}

export const isAssessmentList = (v: unknown): v is { items: Assessment[] } =>
  isObject(v) && Array.isArray(v.items) && v.items.every(isAssessment);

function isObligation(v: unknown): v is Obligation {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.article) &&
    isString(v.text) &&
    isString(v.binds) &&
    (v.when === undefined || isStringOrNull(v.when)) &&
    isObject(v.rule) &&
    isString(v.rule.kind)
  );
}

export function isProfileDetail(v: unknown): v is ProfileDetail {
  return (
    isObject(v) &&
    isString(v.name) &&
    isCitation(v.citation) &&
    isTerms(v.terms) &&
    Array.isArray(v.obligations) &&
    v.obligations.every(isObligation)
  );
}
