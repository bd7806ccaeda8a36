// The architecture (Arsitektur SPBE) in plain words: statuses and the steps
// between them, review kinds, the states of due reviews, with tag colours.
import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/useI18n';
import type { TagColour } from './masterPlan';
import { humanize } from './organisation';

const STATUS: Record<string, [MessageKey, TagColour]> = {
  draft: ['architecture.status.draft', 'blue'],
  in_review: ['architecture.status.in_review', 'yellow'],
  enacted: ['architecture.status.enacted', 'green'],
  superseded: ['architecture.status.superseded', 'grey'],
};

export function architectureStatusLabel(status: string, { t }: I18n): string {
  const found = STATUS[status];
  return found ? t(found[0]) : humanize(status);
}

export const architectureStatusColour = (status: string): TagColour => STATUS[status]?.[1] ?? 'grey';

// The button that moves a version to `to`, and what it means.
const STEP: Record<string, [MessageKey, MessageKey]> = {
  in_review: ['architecture.step.in_review', 'architecture.step.in_reviewHelp'],
  draft: ['architecture.step.draft', 'architecture.step.draftHelp'],
  enacted: ['architecture.step.enacted', 'architecture.step.enactedHelp'],
  superseded: ['architecture.step.superseded', 'architecture.step.supersededHelp'],
};

export function stepLabel(to: string, { t }: I18n): string {
  const found = STEP[to];
  return found ? t(found[0]) : humanize(to);
}

export function stepHelp(to: string, { t }: I18n): string {
  const found = STEP[to];
  return found ? t(found[1]) : '';
}

const KIND: Record<string, MessageKey> = {
  mid_term: 'architecture.kind.mid_term',
  final_year: 'architecture.kind.final_year',
  annual: 'architecture.kind.annual',
  on_demand: 'architecture.kind.on_demand',
};

export function reviewKindLabel(kind: string, { t }: I18n): string {
  const key = KIND[kind];
  return key ? t(key) : humanize(kind);
}

// The order the review kinds are offered in (the API gives them as a set).
export const KIND_ORDER = ['mid_term', 'final_year', 'annual', 'on_demand'];

const DUE_STATE: Record<string, [MessageKey, TagColour]> = {
  done: ['architecture.due.done', 'green'],
  on_track: ['architecture.due.on_track', 'blue'],
  due_soon: ['architecture.due.due_soon', 'yellow'],
  overdue: ['architecture.due.overdue', 'red'],
  not_in_force: ['architecture.due.not_in_force', 'grey'],
};

export function dueStateLabel(state: string, { t }: I18n): string {
  const found = DUE_STATE[state];
  return found ? t(found[0]) : humanize(state);
}

export const dueStateColour = (state: string): TagColour => DUE_STATE[state]?.[1] ?? 'grey';
