// The roadmap (Peta Rencana SPBE) API: list, create, change (If-Match), enact by
// decree, activities (add, change, delete) and the yearly monitoring
// (docs/governance-contract.md "Roadmap").
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions, type Result } from './client';
import { isActivity, isMonitoring, isRoadmap, isRoadmapList, type Activity, type Monitoring, type Roadmap, type RoadmapList } from './roadmapTypes';

export const ROADMAPS_PATH = '/api/v1/roadmaps';
export const roadmapPath = (id: number) => `${ROADMAPS_PATH}/${id}`;
export const activityPath = (id: number) => `/api/v1/roadmap-activities/${id}`;

export function listRoadmaps(options?: RequestOptions): Promise<Result<RoadmapList>> {
  return apiGet(ROADMAPS_PATH, isRoadmapList, options);
}

export function getRoadmap(id: number, options?: RequestOptions): Promise<Result<Roadmap>> {
  return apiGet(roadmapPath(id), isRoadmap, options);
}

// The reason for a change to an enacted roadmap (Kendari Pasal 8 ayat (5)-(6)).
export interface ChangeFields {
  change_reason?: string;
  change_note?: string;
  change_decree_number?: string;
  change_decree_date?: string;
}

export interface RoadmapInput extends ChangeFields {
  title?: string;
  start_year?: number | null;
  end_year?: number | null;
  decree_number?: string | null;
  decree_date?: string | null;
}

export function createRoadmap(input: RoadmapInput): Promise<Result<Roadmap>> {
  return apiPost(ROADMAPS_PATH, input, isRoadmap);
}

export function updateRoadmap(id: number, changes: RoadmapInput, etag: string): Promise<Result<Roadmap>> {
  return apiPatch(roadmapPath(id), changes, isRoadmap, { ifMatch: etag });
}

export function enactRoadmap(id: number, input: { decree_number: string; decree_date: string }, etag: string): Promise<Result<Roadmap>> {
  return apiPost(`${roadmapPath(id)}/enact`, input, isRoadmap, { ifMatch: etag });
}

export interface YearInput {
  year: number;
  target?: string;
  planned_status?: string;
  actual_status?: string;
}

export interface ActivityInput extends ChangeFields {
  program?: string;
  name?: string;
  area?: string;
  owner_agency_id?: number;
  description?: string;
  years?: YearInput[];
}

export function createActivity(roadmapId: number, input: ActivityInput): Promise<Result<Activity>> {
  return apiPost(`${roadmapPath(roadmapId)}/activities`, input, isActivity);
}

export function updateActivity(id: number, changes: ActivityInput, etag: string): Promise<Result<Activity>> {
  return apiPatch(activityPath(id), changes, isActivity, { ifMatch: etag });
}

export function deleteActivity(id: number, etag: string): Promise<Result<undefined>> {
  return apiDelete(activityPath(id), { ifMatch: etag });
}

export interface MonitoringInput {
  year: number;
  date: string;
  summary: string;
  findings?: string;
}

export function addMonitoring(roadmapId: number, input: MonitoringInput): Promise<Result<Monitoring>> {
  return apiPost(`${roadmapPath(roadmapId)}/monitoring`, input, isMonitoring);
}
