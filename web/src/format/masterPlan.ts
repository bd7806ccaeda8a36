// The master plan (Rencana Induk SPBE) in plain words: statuses, review states
// and outcomes with their tag colours; lists of statements as "one per line"
// text; reasons labelled in the reader's language. Some helpers are shared with
// the architecture pages (format/architecture.ts).
import type { LabelText, MasterPlanList, ReasonOption } from '../api/masterPlanTypes';
import type { Lang } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';
import { humanize } from './organisation';

export type TagColour = 'green' | 'red' | 'yellow' | 'grey' | 'blue';

const STATUS: Record<string, [MessageKey, TagColour]> = {
  draft: ['masterPlan.status.draft', 'blue'],
  enacted: ['masterPlan.status.enacted', 'green'],
  superseded: ['masterPlan.status.superseded', 'grey'],
};

export function masterPlanStatusLabel(status: string, { t }: I18n): string {
  const found = STATUS[status];
  return found ? t(found[0]) : humanize(status);
}

export const masterPlanStatusColour = (status: string): TagColour => STATUS[status]?.[1] ?? 'grey';

const REVIEW_STATE: Record<string, [MessageKey, TagColour]> = {
  on_track: ['masterPlan.reviewState.on_track', 'green'],
  due_soon: ['masterPlan.reviewState.due_soon', 'yellow'],
  overdue: ['masterPlan.reviewState.overdue', 'red'],
};

export function reviewStateLabel(state: string, { t }: I18n): string {
  const found = REVIEW_STATE[state];
  return found ? t(found[0]) : humanize(state);
}

export const reviewStateColour = (state: string): TagColour => REVIEW_STATE[state]?.[1] ?? 'grey';

export function outcomeLabel(outcome: string, { t }: I18n): string {
  if (outcome === 'unchanged') return t('masterPlan.outcome.unchanged');
  if (outcome === 'revised') return t('masterPlan.outcome.revised');
  return humanize(outcome);
}

export const LIST_LABELS: Record<MasterPlanList, MessageKey> = {
  missions: 'masterPlan.missions',
  goals: 'masterPlan.goals',
  targets: 'masterPlan.targets',
  policy_directions: 'masterPlan.policyDirections',
  strategies: 'masterPlan.strategies',
};

// "One statement per line": blank lines and spaces at either end do not count.
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export const textOf = (items: readonly string[]): string => items.join('\n');

export const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export const labelIn = (label: LabelText, lang: Lang): string => (lang === 'en' ? label.en : label.id) || label.id;

// A reason code in the reader's language, with the article it comes from when there is one.
export function reasonLabel(options: readonly ReasonOption[], code: string, lang: Lang, withArticle = false): string {
  const option = options.find((o) => o.code === code);
  if (!option) return humanize(code);
  const text = labelIn(option.label, lang);
  return withArticle && option.article ? `${text} (${option.article})` : text;
}

export const periodText = (start: number, end: number): string => `${start}–${end}`;

// A year typed in a form: a whole number, or null when it is not one ('' too).
export function yearOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}
