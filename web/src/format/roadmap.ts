// The roadmap (Peta Rencana SPBE) in plain words: roadmap statuses, the planned
// and actual status of an activity's year with their tag colours, the seven
// areas and the change reasons in the reader's language.
import type { ChangeReason, LabelText } from '../api/roadmapTypes';
import type { MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/translate';
import type { I18n } from '../i18n/useI18n';
import { humanize } from './organisation';

export type TagColour = 'green' | 'red' | 'yellow' | 'grey' | 'blue';

const STATUS: Record<string, [MessageKey, TagColour]> = {
  draft: ['roadmap.status.draft', 'blue'],
  enacted: ['roadmap.status.enacted', 'green'],
  superseded: ['roadmap.status.superseded', 'grey'],
};

export const roadmapStatusLabel = (status: string, { t }: I18n): string => (STATUS[status] ? t(STATUS[status][0]) : humanize(status));
export const roadmapStatusColour = (status: string): TagColour => STATUS[status]?.[1] ?? 'grey';

const PLANNED: Record<string, [MessageKey, TagColour]> = {
  planned: ['roadmap.planned.planned', 'blue'],
  not_planned: ['roadmap.planned.not_planned', 'grey'],
};

export const plannedLabel = (status: string, { t }: I18n): string => (PLANNED[status] ? t(PLANNED[status][0]) : humanize(status));

const ACTUAL: Record<string, [MessageKey, TagColour]> = {
  not_started: ['roadmap.actual.not_started', 'grey'],
  in_progress: ['roadmap.actual.in_progress', 'blue'],
  done: ['roadmap.actual.done', 'green'],
  delayed: ['roadmap.actual.delayed', 'yellow'],
  cancelled: ['roadmap.actual.cancelled', 'red'],
};

export const actualLabel = (status: string, { t }: I18n): string => (ACTUAL[status] ? t(ACTUAL[status][0]) : humanize(status));
export const actualColour = (status: string): TagColour => ACTUAL[status]?.[1] ?? 'grey';

export const labelIn = (label: LabelText, lang: Lang): string => (lang === 'en' ? label.en : label.id) || label.id;

// The Indonesian labels of the seven areas (the server sends them too, with every activity).
const AREA_KEYS: Record<string, MessageKey> = {
  governance: 'roadmap.area.governance',
  management: 'roadmap.area.management',
  services: 'roadmap.area.services',
  infrastructure: 'roadmap.area.infrastructure',
  applications: 'roadmap.area.applications',
  security: 'roadmap.area.security',
  audit: 'roadmap.area.audit',
};

export const areaLabel = (area: string, { t }: I18n): string => (AREA_KEYS[area] ? t(AREA_KEYS[area]) : humanize(area));

// A change reason in the reader's language, with the article that lists it.
export function reasonText(reasons: readonly ChangeReason[], code: string, lang: Lang): string {
  const reason = reasons.find((r) => r.code === code);
  if (!reason) return humanize(code);
  const text = labelIn(reason.label, lang);
  return reason.article ? `${text} (${reason.article})` : text;
}

export const periodText = (start: number, end: number): string => `${start}–${end}`;

// A year typed in a form: a whole number, or null when it is not one.
export function yearOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}
