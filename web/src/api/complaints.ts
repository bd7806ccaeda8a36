// The public complaint channel (Kendari Pasal 21 ayat (6), Madiun Pasal 23 ayat (4)
// huruf h; docs/service-desk-contract.md "Public complaints"): no account needed.
// The options to choose from, filing a complaint, following it with its tracking
// code and replying to it.
import { apiGet, apiPost, type RequestOptions, type Result } from './client';
import {
  isComplaintOptions,
  isFiledComplaint,
  isPublicComplaint,
  isReplyAnswer,
  type ComplaintOptions,
  type FiledComplaint,
  type PublicComplaint,
} from './complaintTypes';

const PUBLIC_PATH = '/api/v1/public';
export const COMPLAINT_PAGE_PATH = '/pengaduan';
export const TRACK_PAGE_PATH = '/lacak';

// The tracking page for a code, e.g. /lacak?kode=7QK2-M9XD-R4TB-HC8N.
export const trackPagePath = (code: string) => `${TRACK_PAGE_PATH}?kode=${encodeURIComponent(code)}`;

// Case and dashes do not matter to the server; the page shows the code in groups of four.
export function normaliseTrackingCode(value: string): string {
  const plain = value.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}

// A deployment that serves several regions is told which one (?region_id=); with one region it may be left out.
const inRegion = (path: string, regionId?: string) => (regionId ? `${path}?region_id=${encodeURIComponent(regionId)}` : path);

export function getComplaintOptions(regionId?: string, options?: RequestOptions): Promise<Result<ComplaintOptions>> {
  return apiGet(inRegion(`${PUBLIC_PATH}/complaint-options`, regionId), isComplaintOptions, options);
}

export interface ComplaintInput {
  service_id?: number;
  agency_id?: number;
  title: string;
  description: string;
  reporter: { name: string; email?: string; phone?: string };
  website: string; // the trap field: people leave it empty
}

export function fileComplaint(input: ComplaintInput, regionId?: string): Promise<Result<FiledComplaint>> {
  return apiPost(inRegion(`${PUBLIC_PATH}/complaints`, regionId), input, isFiledComplaint);
}

const complaintPath = (code: string) => `${PUBLIC_PATH}/complaints/${encodeURIComponent(code.trim())}`;

export function getPublicComplaint(code: string, options?: RequestOptions): Promise<Result<PublicComplaint>> {
  return apiGet(complaintPath(code), isPublicComplaint, options);
}

export function replyToComplaint(code: string, body: string): Promise<Result<Record<string, unknown>>> {
  return apiPost(`${complaintPath(code)}/replies`, { body }, isReplyAnswer);
}
