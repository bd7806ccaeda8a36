// The competency API (Kompetensi SDM, docs/management-processes-contract.md "Competency
// management"): the region's catalogue and requirements, each employee's competencies,
// certificates and trainings, the gaps of the region and of one agency, and each agency's
// yearly training plan. Changes send the version the user saw (If-Match).
import type { Page } from './types';
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import {
  isAgencyGaps,
  isCatalogue,
  isCertificate,
  isCompetency,
  isHeldCompetency,
  isPlan,
  isPlanList,
  isRegionGaps,
  isRequirement,
  isRequirementList,
  isStaffPage,
  isStaffRecord,
  isTraining,
  type AgencyGaps,
  type Certificate,
  type Competency,
  type HeldCompetency,
  type Plan,
  type PlanSummary,
  type RegionGaps,
  type Requirement,
  type StaffRow,
  type StaffRecord,
  type Training,
} from './competencyTypes';

export const COMPETENCIES_PATH = '/api/v1/competencies';
export const GAPS_EXPORT_PATH = `${COMPETENCIES_PATH}/gaps/export.xlsx`;
export const agencyCompetencyPagePath = (agencyId: number) => `/kompetensi/pd/${agencyId}`;
export const planPath = (id: number) => `${COMPETENCIES_PATH}/plans/${id}`;
const version = (v: number) => ({ ifMatch: `"${v}"` });

export const getCatalogue = (options?: RequestOptions): Promise<Result<{ items: Competency[] }>> => apiGet(`${COMPETENCIES_PATH}/catalogue`, isCatalogue, options);

export interface CompetencyInput {
  code?: string;
  name?: string;
  kind?: string;
  description?: string;
}

export const createCompetency = (input: CompetencyInput): Promise<Result<Competency>> => apiPost(`${COMPETENCIES_PATH}/catalogue`, input, isCompetency);

export const updateCompetency = (c: Competency, changes: CompetencyInput): Promise<Result<Competency>> =>
  apiPatch(`${COMPETENCIES_PATH}/catalogue/${c.id}`, changes, isCompetency, version(c.version));

export const getRequirements = (options?: RequestOptions): Promise<Result<{ items: Requirement[] }>> =>
  apiGet(`${COMPETENCIES_PATH}/requirements`, isRequirementList, options);

export interface RequirementInput {
  applies_to: string;
  competency_id?: number;
  competency_kind?: string;
  pranata_komputer?: boolean;
  min_people?: number;
  note?: string;
}

export const createRequirement = (input: RequirementInput): Promise<Result<Requirement>> => apiPost(`${COMPETENCIES_PATH}/requirements`, input, isRequirement);

export const deleteRequirement = (r: Requirement): Promise<Result<undefined>> =>
  apiDelete(`${COMPETENCIES_PATH}/requirements/${r.id}`, version(r.version ?? 0));

export const getRegionGaps = (options?: RequestOptions): Promise<Result<RegionGaps>> => apiGet(`${COMPETENCIES_PATH}/gaps`, isRegionGaps, options);

export const getAgencyGaps = (agencyId: number, options?: RequestOptions): Promise<Result<AgencyGaps>> =>
  apiGet(`${COMPETENCIES_PATH}/gaps/${agencyId}`, isAgencyGaps, options);

export const STAFF_PAGE_LIMIT = 20;

// The agency's employees a page at a time (the server pages with next_cursor).
export function listStaff(filter: { agency_id: number; q: string }, cursor: string | null, options?: RequestOptions, limit = STAFF_PAGE_LIMIT): Promise<Result<Page<StaffRow>>> {
  const query = new URLSearchParams({ agency_id: String(filter.agency_id), limit: String(limit) });
  if (filter.q.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return apiGet(`${COMPETENCIES_PATH}/people?${query.toString()}`, isStaffPage, options);
}

// Every employee of the agency (for choosing a plan item's targets), up to a sane limit.
export async function listAllStaff(agencyId: number, options?: RequestOptions): Promise<Result<StaffRow[]>> {
  const all: StaffRow[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 10; pages += 1) {
    const answer: Result<Page<StaffRow>> = await listStaff({ agency_id: agencyId, q: '' }, cursor, options, 100);
    if (!answer.ok) return answer;
    all.push(...answer.data.items);
    cursor = answer.data.next_cursor;
    if (!cursor) break;
  }
  return { ok: true, data: all, status: 200 };
}

const personPath = (personId: number) => `${COMPETENCIES_PATH}/people/${personId}`;

export const getStaffRecord = (personId: number, options?: RequestOptions): Promise<Result<StaffRecord>> => apiGet(personPath(personId), isStaffRecord, options);

export interface HeldInput {
  competency_id: number;
  level: string;
  acquired_on: string;
  training_id?: number;
  certificate_id?: number;
  note?: string;
}

export const addHeldCompetency = (personId: number, input: HeldInput): Promise<Result<HeldCompetency>> =>
  apiPost(`${personPath(personId)}/competencies`, input, isHeldCompetency);

export const updateHeldCompetency = (
  personId: number,
  held: { id: number; version: number },
  changes: { level?: string; acquired_on?: string; training_id?: number | null; certificate_id?: number | null; note?: string | null },
): Promise<Result<HeldCompetency>> => apiPatch(`${personPath(personId)}/competencies/${held.id}`, changes, isHeldCompetency, version(held.version));

export interface CertificateInput {
  name: string;
  issuer: string;
  number?: string;
  issued_on: string;
  expires_on?: string;
  competency_id?: number;
  file_sha256?: string;
}

export const addCertificate = (personId: number, input: CertificateInput): Promise<Result<Certificate>> =>
  apiPost(`${personPath(personId)}/certificates`, input, isCertificate);

export interface CertificateChanges {
  name?: string;
  issuer?: string;
  number?: string | null;
  issued_on?: string;
  expires_on?: string | null;
  competency_id?: number | null;
  file_sha256?: string;
}

export const updateCertificate = (personId: number, certificate: { id: number; version: number }, changes: CertificateChanges): Promise<Result<Certificate>> =>
  apiPatch(`${personPath(personId)}/certificates/${certificate.id}`, changes, isCertificate, version(certificate.version));

export interface TrainingInput {
  title: string;
  organiser: string;
  starts_on: string;
  ends_on: string;
  hours: number;
  competency_id?: number;
  certificate_file_sha256?: string;
}

export const addTraining = (personId: number, input: TrainingInput): Promise<Result<Training>> => apiPost(`${personPath(personId)}/trainings`, input, isTraining);

export type StaffPart = 'competencies' | 'certificates' | 'trainings';

export const removeStaffPart = (personId: number, part: StaffPart, item: { id: number; version: number }): Promise<Result<undefined>> =>
  apiDelete(`${personPath(personId)}/${part}/${item.id}`, version(item.version));

export function listPlans(agencyId: number, year: number, options?: RequestOptions): Promise<Result<{ items: PlanSummary[] }>> {
  return apiGet(`${COMPETENCIES_PATH}/plans?agency_id=${agencyId}&year=${year}`, isPlanList, options);
}

export const getPlan = (id: number, options?: RequestOptions): Promise<Result<Plan>> => apiGet(planPath(id), isPlan, options);

export const createPlan = (input: { agency_id: number; year: number; title?: string }): Promise<Result<Plan>> => apiPost(`${COMPETENCIES_PATH}/plans`, input, isPlan);

export interface PlanItemInput {
  competency_id?: number;
  title?: string;
  target_person_ids?: number[];
  target_count?: number;
  quarter?: number;
  budget_rupiah?: number;
  status?: string;
  training_ids?: number[];
}

export const addPlanItem = (plan: Plan, input: PlanItemInput): Promise<Result<Plan>> => apiPost(`${planPath(plan.id)}/items`, input, isPlan, version(plan.version));

export const updatePlanItem = (plan: Plan, itemId: number, changes: PlanItemInput): Promise<Result<Plan>> =>
  apiPatch(`${planPath(plan.id)}/items/${itemId}`, changes, isPlan, version(plan.version));
