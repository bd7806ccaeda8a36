// Shapes of the business process answers (Proses Bisnis, docs/governance-contract.md
// "Business processes") and checks that an answer really has them. The checks
// look at what the pages use and let further members through.
import { isArrayOf, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from './checks';

export const PROCESS_STATUSES = ['draft', 'submitted', 'coordinated'] as const;
export const PROCESS_KINDS = ['core', 'support'] as const;
export const LINK_KINDS = ['input_from', 'output_to', 'shared_step'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ProcessStep {
  number: number;
  name: string;
  responsible: string;
}

export interface ArchitectureRef {
  id: number;
  title: string;
  start_year: number;
  end_year: number;
  status: string;
}

// The other end of a link, as the process's detail shows it.
export interface LinkedProcess {
  id: number;
  code: string;
  name: string;
  agency_id: number;
  agency_short_name: string;
  status: string;
}

export interface ProcessLink {
  id: number;
  from_process_id: number;
  to_process_id: number;
  kind: string;
  note: string;
  created_by: string;
  created_at: string;
  direction: 'out' | 'in' | string;
  other: LinkedProcess | null;
}

export interface BusinessProcess {
  id: number;
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  code: string;
  name: string;
  description: string;
  purpose: string;
  outputs: string;
  kind: string;
  architecture_id: number | null;
  architecture: ArchitectureRef | null;
  steps: ProcessStep[];
  related_services: string[];
  related_applications: string[];
  status: string;
  missing_for_submission: string[];
  submitted_by: string | null;
  submitted_at: string | null;
  coordinated_by: string | null;
  coordinated_at: string | null;
  coordination_note: string | null;
  returned_by: string | null;
  returned_at: string | null;
  return_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  link_count?: number; // in the list
  links?: ProcessLink[]; // in the detail
}

export interface StatusCounts {
  draft: number;
  submitted: number;
  coordinated: number;
}

export interface AgencyCounts {
  agency_id: number;
  agency_name: string;
  agency_short_name: string;
  count: number;
  by_status: StatusCounts;
}

export interface ProcessList {
  items: BusinessProcess[];
  summary: { total: number; by_status: StatusCounts; by_agency: AgencyCounts[] };
}

export interface MapNode {
  id: number;
  code: string;
  name: string;
  kind: string;
  status: string;
  agency_id: number;
  agency_short_name: string;
}

export interface MapEdge {
  id: number;
  from: number;
  to: number;
  kind: string;
  note: string;
}

export interface ProcessMap {
  nodes: MapNode[];
  edges: MapEdge[];
  agencies: Array<{ agency_id: number; agency_name: string; agency_short_name: string; process_ids: number[] }>;
}

// An architecture version to base a process on (GET /api/v1/architectures, only what the form needs).
export interface ArchitectureOption {
  id: number;
  title: string;
  start_year: number;
  end_year: number;
  status: string;
}

const isStrings = (v: unknown): v is string[] => isArrayOf(v, isString);

const isStep = (v: unknown): v is ProcessStep => isObject(v) && isNumber(v.number) && isString(v.name) && isString(v.responsible);

const isArchitectureRef = (v: unknown): v is ArchitectureRef =>
  isObject(v) && isNumber(v.id) && isString(v.title) && isNumber(v.start_year) && isNumber(v.end_year) && isString(v.status);

const isLinkedProcess = (v: unknown): v is LinkedProcess =>
  isObject(v) && isNumber(v.id) && isString(v.code) && isString(v.name) && isNumber(v.agency_id) && isString(v.agency_short_name) && isString(v.status);

export const isProcessLink = (v: unknown): v is ProcessLink =>
  isObject(v) &&
  isNumber(v.id) &&
  isNumber(v.from_process_id) &&
  isNumber(v.to_process_id) &&
  isString(v.kind) &&
  isString(v.note) &&
  isString(v.created_by) &&
  isString(v.created_at) &&
  isString(v.direction) &&
  (v.other === null || isLinkedProcess(v.other));

export function isBusinessProcess(v: unknown): v is BusinessProcess {
  return (
    isObject(v) &&
    isNumber(v.id) &&
    isNumber(v.agency_id) &&
    isString(v.agency_name) &&
    isString(v.agency_short_name) &&
    isString(v.code) &&
    isString(v.name) &&
    isString(v.description) &&
    isString(v.purpose) &&
    isString(v.outputs) &&
    isString(v.kind) &&
    isNumberOrNull(v.architecture_id) &&
    (v.architecture === null || isArchitectureRef(v.architecture)) &&
    isArrayOf(v.steps, isStep) &&
    isStrings(v.related_services) &&
    isStrings(v.related_applications) &&
    isString(v.status) &&
    isStrings(v.missing_for_submission) &&
    isStringOrNull(v.submitted_by) &&
    isStringOrNull(v.submitted_at) &&
    isStringOrNull(v.coordinated_by) &&
    isStringOrNull(v.coordinated_at) &&
    isStringOrNull(v.coordination_note) &&
    isStringOrNull(v.returned_by) &&
    isStringOrNull(v.returned_at) &&
    isStringOrNull(v.return_reason) &&
    isNumber(v.version) &&
    (v.links === undefined || isArrayOf(v.links, isProcessLink))
  );
}

const isStatusCounts = (v: unknown): v is StatusCounts => isObject(v) && isNumber(v.draft) && isNumber(v.submitted) && isNumber(v.coordinated);

const isAgencyCounts = (v: unknown): v is AgencyCounts =>
  isObject(v) && isNumber(v.agency_id) && isString(v.agency_name) && isString(v.agency_short_name) && isNumber(v.count) && isStatusCounts(v.by_status);

export const isProcessList = (v: unknown): v is ProcessList =>
  isObject(v) &&
  isArrayOf(v.items, isBusinessProcess) &&
  isObject(v.summary) &&
  isNumber(v.summary.total) &&
  isStatusCounts(v.summary.by_status) &&
  isArrayOf(v.summary.by_agency, isAgencyCounts);

const isMapNode = (v: unknown): v is MapNode =>
  isObject(v) && isNumber(v.id) && isString(v.code) && isString(v.name) && isString(v.kind) && isString(v.status) && isNumber(v.agency_id) && isString(v.agency_short_name);

const isMapEdge = (v: unknown): v is MapEdge => isObject(v) && isNumber(v.id) && isNumber(v.from) && isNumber(v.to) && isString(v.kind) && isString(v.note);

const isMapAgency = (v: unknown): v is ProcessMap['agencies'][number] =>
  isObject(v) && isNumber(v.agency_id) && isString(v.agency_name) && isString(v.agency_short_name) && isArrayOf(v.process_ids, isNumber);

export const isProcessMap = (v: unknown): v is ProcessMap =>
  isObject(v) && isArrayOf(v.nodes, isMapNode) && isArrayOf(v.edges, isMapEdge) && isArrayOf(v.agencies, isMapAgency);

export const isArchitectureOptions = (v: unknown): v is { items: ArchitectureOption[] } => isObject(v) && isArrayOf(v.items, isArchitectureRef);
