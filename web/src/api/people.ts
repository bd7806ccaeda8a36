// People (staff, keyed by NIP) and positions of an agency. An agency operator
// may read and change only their own agency's; the server enforces it (403).
import { apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isPerson,
  isPersonPage,
  isPosition,
  isPositionList,
  type Person,
  type Position,
} from './organisationTypes';
import type { Page } from './types';

export const PEOPLE_PAGE_LIMIT = 20;
const LARGEST_PAGE = 100; // the largest page the server gives

export function listPeople(
  filter: { agency_id: number; q?: string },
  cursor: string | null,
  options?: RequestOptions,
  limit = PEOPLE_PAGE_LIMIT,
): Promise<Result<Page<Person>>> {
  const query = new URLSearchParams({ agency_id: String(filter.agency_id), limit: String(limit) });
  if (filter.q) query.set('q', filter.q);
  if (cursor) query.set('cursor', cursor);
  return apiGet(`/api/v1/people?${query.toString()}`, isPersonPage, options);
}

// Every person of an agency (for choosing a position's holder): page after page,
// up to a sane limit.
export async function listAllPeople(agencyId: number, options?: RequestOptions): Promise<Result<Person[]>> {
  const all: Person[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages += 1) {
    const answer: Result<Page<Person>> = await listPeople({ agency_id: agencyId }, cursor, options, LARGEST_PAGE);
    if (!answer.ok) return answer;
    all.push(...answer.data.items);
    cursor = answer.data.next_cursor;
    if (!cursor) break;
  }
  return { ok: true, data: all, status: 200 };
}

export function getPerson(id: number, options?: RequestOptions): Promise<Result<Person>> {
  return apiGet(`/api/v1/people/${id}`, isPerson, options);
}

export interface PersonInput {
  agency_id?: number;
  name?: string;
  nip?: string | null;
  email?: string | null;
  phone?: string | null;
  spbe_roles?: string[];
}

export function createPerson(input: PersonInput): Promise<Result<Person>> {
  return apiPost('/api/v1/people', input, isPerson);
}

export function updatePerson(id: number, changes: PersonInput, etag: string): Promise<Result<Person>> {
  return apiPatch(`/api/v1/people/${id}`, changes, isPerson, { ifMatch: etag });
}

export function listPositions(agencyId: number, options?: RequestOptions): Promise<Result<{ items: Position[] }>> {
  return apiGet(`/api/v1/positions?agency_id=${agencyId}`, isPositionList, options);
}

export interface PositionInput {
  agency_id?: number;
  title?: string;
  is_head?: boolean;
  holder_person_id?: number | null;
}

export function createPosition(input: PositionInput): Promise<Result<Position>> {
  return apiPost('/api/v1/positions', input, isPosition);
}

export function updatePosition(id: number, changes: PositionInput, etag: string): Promise<Result<Position>> {
  return apiPatch(`/api/v1/positions/${id}`, changes, isPosition, { ifMatch: etag });
}
