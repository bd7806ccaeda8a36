// Shapes of the services, element links and impact answers (docs/registries-contract.md
// "Services and links") and checks that an answer really has them. The checks look
// at what the pages use and let further members through.
import { isArrayOf, isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const SERVICE_KINDS = ['administrative', 'public'] as const;
export const SERVICE_STATUSES = ['planned', 'active', 'retired'] as const;
export const SERVICE_CHANNELS = ['web', 'mobile', 'counter', 'call_center', 'api', 'email', 'messaging', 'social_media', 'kiosk'] as const;
export const ELEMENT_KINDS = ['service', 'application', 'dataset', 'host', 'network', 'facility'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

// Which kinds an element of each kind may use (the contract's table of allowed pairs).
export const MAY_USE: Record<ElementKind, readonly ElementKind[]> = {
  service: ['service', 'application', 'dataset'],
  application: ['application', 'dataset', 'host'],
  dataset: ['host'],
  host: ['network', 'facility'],
  network: ['facility'],
  facility: [],
};

export const isElementKind = (v: unknown): v is ElementKind => typeof v === 'string' && (ELEMENT_KINDS as readonly string[]).includes(v);

// One element at an end of a link or in an impact answer.
export interface ElementNode {
  key: string;
  kind: string;
  id: number;
  name: string | null;
  agency_id: number | null;
  agency_short_name: string | null;
  hidden: boolean;
  missing: boolean;
  depth?: number;
  path?: string[];
}

export interface ElementLink {
  id: number;
  from: ElementNode;
  to: ElementNode;
  note: string;
  created_by: string;
  created_at: string;
}

export interface AgencyRef {
  id: number;
  name: string;
  short_name: string;
}

export interface Service {
  id: number;
  owner_agency_id: number;
  agency_name: string;
  agency_short_name: string;
  code: string;
  name: string;
  kind: string;
  sector: string | null;
  channels: string[];
  description: string | null;
  status: string;
  participating_agency_ids: number[];
  integration_status: string;
  integration_coordinated_by: string | null;
  integration_coordinated_at: string | null;
  integration_note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  // the detail only
  participating_agencies?: AgencyRef[];
  uses?: ElementLink[];
  used_by?: ElementLink[];
  integration_citation?: string | null;
  application_citation?: string | null;
}

export interface ImpactEdge {
  id: number | null;
  from: string;
  to: string;
  placement: boolean;
}

export interface ImpactAnswer {
  direction: string;
  start: ElementNode;
  only: string | null;
  total: number;
  by_kind: Partial<Record<ElementKind, ElementNode[]>>;
  nodes: ElementNode[];
  edges: ImpactEdge[];
}

// An element to choose in the link form.
export interface ElementOption {
  id: number;
  label: string;
}

const isStrings = (v: unknown): v is string[] => isArrayOf(v, isString);

export const isElementNode = (v: unknown): v is ElementNode =>
  isObject(v) &&
  isString(v.key) &&
  isString(v.kind) &&
  isNumber(v.id) &&
  isStringOrNull(v.name) &&
  isNumberOrNull(v.agency_id) &&
  isStringOrNull(v.agency_short_name) &&
  isBoolean(v.hidden) &&
  isBoolean(v.missing) &&
  (v.depth === undefined || isNumber(v.depth)) &&
  (v.path === undefined || isStrings(v.path));

export const isElementLink = (v: unknown): v is ElementLink =>
  isObject(v) && isNumber(v.id) && isElementNode(v.from) && isElementNode(v.to) && isString(v.note) && isString(v.created_by) && isString(v.created_at);

const isAgencyRef = (v: unknown): v is AgencyRef => isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.short_name);

export function isService(v: unknown): v is Service {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.owner_agency_id) &&
    isString(v.agency_name) &&
    isString(v.agency_short_name) &&
    isString(v.code) &&
    isString(v.name) &&
    isString(v.kind) &&
    isStringOrNull(v.sector) &&
    isStrings(v.channels) &&
    isStringOrNull(v.description) &&
    isString(v.status) &&
    isArrayOf(v.participating_agency_ids, isNumber) &&
    isString(v.integration_status) &&
    isStringOrNull(v.integration_coordinated_by) &&
    isStringOrNull(v.integration_coordinated_at) &&
    isStringOrNull(v.integration_note) &&
    isNumber(v.version) &&
    (v.participating_agencies === undefined || isArrayOf(v.participating_agencies, isAgencyRef)) &&
    (v.uses === undefined || isArrayOf(v.uses, isElementLink)) &&
    (v.used_by === undefined || isArrayOf(v.used_by, isElementLink))
  );
}

const isEdge = (v: unknown): v is ImpactEdge => isObject(v) && isNumberOrNull(v.id) && isString(v.from) && isString(v.to) && isBoolean(v.placement);

export const isImpactAnswer = (v: unknown): v is ImpactAnswer =>
  isObject(v) &&
  isString(v.direction) &&
  isElementNode(v.start) &&
  isNumber(v.total) &&
  isObject(v.by_kind) &&
  Object.values(v.by_kind).every((list) => isArrayOf(list, isElementNode)) &&
  isArrayOf(v.nodes, isElementNode) &&
  isArrayOf(v.edges, isEdge);
