// The PD Mandiri TIK workflow (Perwali Madiun 39/2021 Pasal 45): the ICT office
// assesses an agency and proposes it; the chair of the deciding body grants or
// refuses; the ICT office may withdraw an open assessment. Regions whose
// regulation has no PD Mandiri TIK get 409 not-in-regulation.
import { apiGet, apiPost, type RequestOptions, type Result } from './client';
import { isAssessment, isAssessmentList, type Assessment } from './organisationTypes';

const BASE = '/api/v1/self-sufficiency/assessments';

export function listAssessments(options?: RequestOptions): Promise<Result<{ items: Assessment[] }>> {
  return apiGet(BASE, isAssessmentList, options);
}

export interface NewAssessment {
  agency_id: number;
  criteria: Record<string, { met: boolean; note: string }>;
  note?: string;
}

export function createAssessment(input: NewAssessment): Promise<Result<Assessment>> {
  return apiPost(BASE, input, isAssessment);
}

// Each step sends the version the user saw (If-Match), so a step taken on an
// assessment someone else changed meanwhile is refused with 412.
export function proposeAssessment(a: Assessment): Promise<Result<Assessment>> {
  return apiPost(`${BASE}/${a.id}/propose`, {}, isAssessment, { ifMatch: `"${a.version}"` });
}

export function withdrawAssessment(a: Assessment, note: string): Promise<Result<Assessment>> {
  return apiPost(`${BASE}/${a.id}/withdraw`, note ? { note } : {}, isAssessment, { ifMatch: `"${a.version}"` });
}

export interface Decision {
  decision: 'granted' | 'refused';
  decree_number?: string;
  decree_date?: string;
  note?: string;
}

export function decideAssessment(a: Assessment, decision: Decision): Promise<Result<Assessment>> {
  return apiPost(`${BASE}/${a.id}/decide`, decision, isAssessment, { ifMatch: `"${a.version}"` });
}
