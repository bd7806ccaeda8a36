// The service desk API (docs/service-desk-contract.md "Tickets"): the queues with
// their filters, opening a ticket, changing it (If-Match), its steps (If-Match),
// comments, attachments and links to other tickets; and the services and
// applications of an agency, to name what a ticket concerns.
import { isObject, isPageOf, isString, isNumber } from './checks';
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isTicket,
  isTicketAttachment,
  isTicketComment,
  isTicketLink,
  isTicketPage,
  type Ticket,
  type TicketAttachment,
  type TicketComment,
  type TicketLink,
  type TicketSummary,
} from './ticketTypes';
import type { Page } from './types';

export const TICKETS_PATH = '/api/v1/tickets';
export const ticketPath = (id: number) => `${TICKETS_PATH}/${id}`;
export const ticketPagePath = (id: number) => `/tiket/${id}`;
export const TICKETS_PAGE = '/tiket';
export const NEW_TICKET_PAGE = '/tiket/baru';
export const fileDownloadPath = (sha256: string) => `/api/v1/files/${sha256}`;

export interface TicketFilter {
  tier: string; // tier1 | tier2
  status: string; // open, one status, or '' for every status
  agency_id: string;
  kind: string;
  priority: string;
  mine: boolean; // assignee=me
  breached: boolean;
  q: string;
}

export const QUEUE_LIMIT = 25;

export function listTickets(filter: Partial<TicketFilter>, cursor: string | null, options?: RequestOptions): Promise<Result<Page<TicketSummary>>> {
  const query = new URLSearchParams({ sort: 'time_left', limit: String(QUEUE_LIMIT) });
  for (const key of ['tier', 'status', 'agency_id', 'kind', 'priority'] as const) if (filter[key]) query.set(key, filter[key]!);
  if (filter.mine) query.set('assignee', 'me');
  if (filter.breached) query.set('breached', 'true');
  if (filter.q?.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${TICKETS_PATH}?${query.toString()}`, isTicketPage, options);
}

export function getTicket(id: number, options?: RequestOptions): Promise<Result<Ticket>> {
  return apiGet(ticketPath(id), isTicket, options);
}

export interface ReporterInput {
  name: string;
  email?: string;
  phone?: string;
}

export interface TicketInput {
  kind: string;
  title: string;
  description: string;
  agency_id?: number;
  service_id?: number;
  application_id?: number;
  priority?: string;
  channel?: string;
  reporter?: ReporterInput;
}

export function createTicket(input: TicketInput): Promise<Result<Ticket>> {
  return apiPost(TICKETS_PATH, input, isTicket);
}

export interface TicketChanges {
  title?: string;
  description?: string;
  kind?: string;
  priority?: string;
  service_id?: number | null;
  application_id?: number | null;
  assignee_user_id?: number | null;
}

export function updateTicket(id: number, changes: TicketChanges, etag: string): Promise<Result<Ticket>> {
  return apiPatch(ticketPath(id), changes, isTicket, { ifMatch: etag });
}

// Every step sends the version the user saw (If-Match): 412 when someone changed it meanwhile.
export function takeTicketAction(id: number, action: string, etag: string, reason?: string): Promise<Result<Ticket>> {
  return apiPost(`${ticketPath(id)}/actions`, reason === undefined ? { action } : { action, reason }, isTicket, { ifMatch: etag });
}

export function addTicketComment(id: number, body: string, visibility: string): Promise<Result<TicketComment>> {
  return apiPost(`${ticketPath(id)}/comments`, { body, visibility }, isTicketComment);
}

export function addTicketAttachment(id: number, sha256: string): Promise<Result<TicketAttachment>> {
  return apiPost(`${ticketPath(id)}/attachments`, { sha256 }, isTicketAttachment);
}

export function addTicketLink(id: number, otherTicketId: number, kind: string): Promise<Result<TicketLink>> {
  return apiPost(`${ticketPath(id)}/links`, { other_ticket_id: otherTicketId, kind }, isTicketLink);
}

export function removeTicketLink(id: number, linkId: number): Promise<Result<undefined>> {
  return apiDelete(`${ticketPath(id)}/links/${linkId}`);
}

// An agency's services or applications, to say what a ticket concerns (first 100, by name).
export interface NamedOption {
  id: number;
  name: string;
  code?: string;
}

const isNamedOption = (v: unknown): v is NamedOption => isObject(v) && isNumber(v.id) && isString(v.name);
const isOptionPage = (v: unknown): v is Page<NamedOption> => isPageOf(v, isNamedOption);

export function listAgencyOptions(which: 'services' | 'applications', agencyId: number, options?: RequestOptions): Promise<Result<Page<NamedOption>>> {
  return apiGet(`/api/v1/${which}?agency_id=${agencyId}&limit=100`, isOptionPage, options);
}

// Who may be given the ticket (the ICT office chooses from the users list).
export interface UserOption {
  id: number;
  display_name: string;
  role: string;
  agency_id: number | null;
}

const isUserOption = (v: unknown): v is UserOption => isObject(v) && isNumber(v.id) && isString(v.display_name) && isString(v.role);

export function listUserOptions(role: string, agencyId: number | null, options?: RequestOptions): Promise<Result<Page<UserOption>>> {
  const query = new URLSearchParams({ role, limit: '100' });
  if (agencyId !== null) query.set('agency_id', String(agencyId));
  return apiGet(`/api/v1/users?${query.toString()}`, (v): v is Page<UserOption> => isPageOf(v, isUserOption), options);
}
