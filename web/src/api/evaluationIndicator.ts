// The client of one indicator of a self-assessment campaign (docs/evaluation-contract.md):
// the indicator and its answer, verification, evidence (data dukung), questions to agencies
// and their answers (the inbox), and the level Simpul's records suggest. Files are uploaded
// first with api/files.ts and then named here by their SHA-256.
import { apiDelete, apiGet, apiPost, apiPut, type RequestOptions, type Result } from './client';
import {
  isEvidence,
  isEvidenceList,
  isQuestion,
  isQuestionList,
  isRecordKindList,
  isIndicatorDetail,
  type Evidence,
  type EvidenceInput,
  type IndicatorDetail,
  type Question,
  type QuestionInput,
  type RecordKindOption,
} from './evaluationIndicatorTypes';
import { EVALUATION_PATH as BASE } from './evaluation';
import { isSuggestion, type Suggestion } from './evaluationTypes';

const campaignPath = (campaignId: number) => `${BASE}/campaigns/${campaignId}`;
const indicatorPath = (campaignId: number, no: number) => `${campaignPath(campaignId)}/indicators/${no}`;

export function getIndicator(campaignId: number, no: number, options: RequestOptions = {}): Promise<Result<IndicatorDetail>> {
  return apiGet(indicatorPath(campaignId, no), isIndicatorDetail, options);
}

export interface AnswerInput {
  level: number;
  explanation: string;
}

// etag: the answer's ETag as loaded ("0" while never answered, so an answer someone else gave
// meanwhile is not overwritten either).
export function saveAnswer(campaignId: number, no: number, input: AnswerInput, etag: string | undefined): Promise<Result<IndicatorDetail>> {
  return apiPut(indicatorPath(campaignId, no), input, isIndicatorDetail, etag ? { ifMatch: etag } : {});
}

// The person in charge verifies the answer (or takes the verification back); the indicator as it is then.
export function setVerified(campaignId: number, no: number, verified: boolean, etag: string): Promise<Result<IndicatorDetail>> {
  const path = `${indicatorPath(campaignId, no)}/verification`;
  return verified ? apiPost(path, {}, isIndicatorDetail, { ifMatch: etag }) : apiDelete(path, { ifMatch: etag }, isIndicatorDetail);
}

export async function listEvidence(campaignId: number, no: number, options: RequestOptions = {}): Promise<Result<Evidence[]>> {
  const answer = await apiGet(`${indicatorPath(campaignId, no)}/evidence`, isEvidenceList, options);
  return answer.ok ? { ...answer, data: answer.data.items } : answer;
}

export function addEvidence(campaignId: number, no: number, input: EvidenceInput): Promise<Result<Evidence>> {
  return apiPost(`${indicatorPath(campaignId, no)}/evidence`, input, isEvidence);
}

export function removeEvidence(evidenceId: number): Promise<Result<undefined>> {
  return apiDelete(`${BASE}/evidence/${evidenceId}`);
}

export async function listIndicatorQuestions(campaignId: number, no: number, options: RequestOptions = {}): Promise<Result<Question[]>> {
  const answer = await apiGet(`${indicatorPath(campaignId, no)}/questions`, isQuestionList, options);
  return answer.ok ? { ...answer, data: answer.data.items } : answer;
}

export function askQuestion(campaignId: number, no: number, input: QuestionInput): Promise<Result<Question>> {
  return apiPost(`${indicatorPath(campaignId, no)}/questions`, input, isQuestion);
}

export interface InboxFilter {
  agencyId?: number | null;
  open?: boolean;
}

// The inbox: an agency operator's own agency's questions by default; the ICT office all, or one agency's.
export async function listInbox(filter: InboxFilter = {}, options: RequestOptions = {}): Promise<Result<Question[]>> {
  const query = new URLSearchParams();
  if (filter.agencyId) query.set('agency_id', String(filter.agencyId));
  if (filter.open) query.set('open', 'true');
  const text = query.toString();
  const answer = await apiGet(`${BASE}/questions${text ? `?${text}` : ''}`, isQuestionList, options);
  return answer.ok ? { ...answer, data: answer.data.items } : answer;
}

export const questionEtag = (q: Question) => `"${q.version}"`;

export function answerQuestion(question: Question, answer: string): Promise<Result<Question>> {
  return apiPost(`${BASE}/questions/${question.id}/answer`, { answer }, isQuestion, { ifMatch: questionEtag(question) });
}

// The level Simpul's records suggest; null when the indicator has no rule (404).
export async function getSuggestion(campaignId: number, no: number, options: RequestOptions = {}): Promise<Result<Suggestion | null>> {
  const answer = await apiGet(`${campaignPath(campaignId)}/suggestions/${no}`, isSuggestion, options);
  if (!answer.ok && answer.error.status === 404) return { ok: true, data: null, status: 404 };
  return answer;
}

// The kinds of Simpul record evidence may point to, with their names in both languages.
export async function listRecordKinds(options: RequestOptions = {}): Promise<Result<RecordKindOption[]>> {
  const answer = await apiGet(`${BASE}/record-kinds`, isRecordKindList, options);
  return answer.ok ? { ...answer, data: answer.data.items } : answer;
}
