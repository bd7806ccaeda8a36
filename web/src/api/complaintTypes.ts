// Shapes of the public complaint answers (docs/service-desk-contract.md "Public
// complaints") and checks that an answer really has them. What the citizen sees
// never holds staff names, internal comments or personal data.
import { isArrayOf, isNumber, isObject, isString, isStringOrNull } from './checks';

export const COMPLAINT_STATUSES = ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'] as const;

export interface ComplaintAgency {
  id: number;
  name: string;
  short_name: string;
}

export interface ComplaintService {
  id: number;
  name: string;
  agency_id: number;
}

export interface ComplaintOptions {
  region: { name: string };
  agencies: ComplaintAgency[];
  services: ComplaintService[];
}

// The answer to a new complaint: the tracking code is shown this once only.
export interface FiledComplaint {
  tracking_code: string;
  number: string;
  status: string;
  opened_at: string;
}

export interface ComplaintUpdate {
  at: string;
  kind: 'status' | 'reply' | string;
  status?: string;
  body?: string;
  from: 'staff' | 'reporter' | string;
}

export interface PublicComplaint {
  number: string;
  title: string;
  description: string;
  status: string;
  agency: { name: string };
  service: { name: string } | null;
  opened_at: string;
  resolved_at: string | null;
  resolution: string | null;
  updates: ComplaintUpdate[];
}

const isAgency = (v: unknown): v is ComplaintAgency => isObject(v) && isNumber(v.id) && isString(v.name) && isString(v.short_name);
const isService = (v: unknown): v is ComplaintService => isObject(v) && isNumber(v.id) && isString(v.name) && isNumber(v.agency_id);

export const isComplaintOptions = (v: unknown): v is ComplaintOptions =>
  isObject(v) && isObject(v.region) && isString(v.region.name) && isArrayOf(v.agencies, isAgency) && isArrayOf(v.services, isService);

export const isFiledComplaint = (v: unknown): v is FiledComplaint =>
  isObject(v) && isString(v.tracking_code) && isString(v.number) && isString(v.status) && isString(v.opened_at);

const isUpdate = (v: unknown): v is ComplaintUpdate =>
  isObject(v) &&
  isString(v.at) &&
  isString(v.kind) &&
  isString(v.from) &&
  (v.status === undefined || v.status === null || isString(v.status)) &&
  (v.body === undefined || v.body === null || isString(v.body));

export const isPublicComplaint = (v: unknown): v is PublicComplaint =>
  isObject(v) &&
  isString(v.number) &&
  isString(v.title) &&
  isString(v.description) &&
  isString(v.status) &&
  isObject(v.agency) &&
  isString(v.agency.name) &&
  (v.service === null || v.service === undefined || (isObject(v.service) && isString(v.service.name))) &&
  isString(v.opened_at) &&
  (v.resolved_at === undefined || isStringOrNull(v.resolved_at)) &&
  (v.resolution === undefined || isStringOrNull(v.resolution)) &&
  isArrayOf(v.updates, isUpdate);

// The reply's answer: whatever the server says about it, as long as it is an object.
export const isReplyAnswer = (v: unknown): v is Record<string, unknown> => isObject(v);
