// The service desk's settings and reports (docs/service-desk-contract.md): the
// business calendar (If-Match), holidays, SLA targets (If-Match), Tier 1 coverage,
// the reports and the periodic report to the ICT office (Probolinggo Pasal 27
// ayat (6)), and the notification outbox.
import { isPageOf } from './checks';
import { apiDelete, apiGet, apiPost, apiPut, type RequestOptions, type Result } from './client';
import {
  isAnything,
  isCalendar,
  isHolidayAnswer,
  isOutboxMessage,
  isReport,
  isSlaTargets,
  isTier1Coverage,
  type BusinessHours,
  type Calendar,
  type Holiday,
  type OutboxMessage,
  type Report,
  type ReportGroup,
  type SlaTarget,
  type SlaTargets,
  type Tier1Coverage,
} from './serviceDeskTypes';
import type { Page } from './types';

const DESK_PATH = '/api/v1/service-desk';
export const REPORTS_PAGE_PATH = '/tiket/laporan';
export const SETTINGS_PAGE_PATH = '/tiket/pengaturan';

export function getCalendar(options?: RequestOptions): Promise<Result<Calendar>> {
  return apiGet(`${DESK_PATH}/calendar`, isCalendar, options);
}

export function saveBusinessHours(hours: BusinessHours, etag: string): Promise<Result<Calendar>> {
  return apiPut(`${DESK_PATH}/calendar`, { business_hours: hours }, isCalendar, { ifMatch: etag });
}

export function addHoliday(day: string, name: string): Promise<Result<Holiday>> {
  return apiPost(`${DESK_PATH}/holidays`, { day, name }, isHolidayAnswer);
}

export function removeHoliday(id: number): Promise<Result<undefined>> {
  return apiDelete(`${DESK_PATH}/holidays/${id}`);
}

export function getSlaTargets(options?: RequestOptions): Promise<Result<SlaTargets>> {
  return apiGet(`${DESK_PATH}/sla-targets`, isSlaTargets, options);
}

// The server answers the targets as saved; some answer only a status, so a plain object is enough here.
export function saveSlaTargets(items: SlaTarget[], etag: string): Promise<Result<unknown>> {
  return apiPut(`${DESK_PATH}/sla-targets`, { items }, isAnything, { ifMatch: etag });
}

export function getTier1Coverage(options?: RequestOptions): Promise<Result<Tier1Coverage>> {
  return apiGet(`${DESK_PATH}/tier1-coverage`, isTier1Coverage, options);
}

export interface ReportQuery {
  from: string; // YYYY-MM
  to: string; // YYYY-MM
  group: ReportGroup;
}

export function getReport(query: ReportQuery, options?: RequestOptions): Promise<Result<Report>> {
  const search = new URLSearchParams({ from: query.from, to: query.to, group: query.group });
  return apiGet(`${DESK_PATH}/reports?${search.toString()}`, isReport, options);
}

// The address of the periodic report for one month (a download, not a call).
export const periodicReportUrl = (month: string) => `${DESK_PATH}/reports/periodic.xlsx?month=${encodeURIComponent(month)}`;

export function listNotifications(status: string, cursor: string | null, options?: RequestOptions): Promise<Result<Page<OutboxMessage>>> {
  const search = new URLSearchParams();
  if (status) search.set('status', status);
  if (cursor) search.set('cursor', cursor);
  const text = search.toString();
  return apiGet(`/api/v1/notifications${text ? `?${text}` : ''}`, (v): v is Page<OutboxMessage> => isPageOf(v, isOutboxMessage), options);
}

export function retryNotification(id: number): Promise<Result<unknown>> {
  return apiPost(`/api/v1/notifications/${id}/retry`, {}, isAnything);
}
